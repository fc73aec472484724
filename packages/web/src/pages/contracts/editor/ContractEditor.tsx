import { Button, Code, Fieldset, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconBraces, IconCalculator, IconChartBar, IconFileInvoice, IconFileText } from '@tabler/icons-react';
import type { Activity, ContractInput, ContractRecord, Vendor } from '@vigie/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ContractDocument } from '../../../api/contracts';
import { useLeaveGuard } from '../../../hooks/useLeaveGuard';
import { decimalSeparator } from '../contractFormat';
import { PreviewPanel } from '../preview/PreviewPanel';
import { WhatIfPanel } from '../preview/WhatIfPanel';
import { StatementsPanel } from '../statement/StatementsPanel';
import { checkContract } from './contractChecks';
import { type ContractFormValues, newContractValues } from './contractValues';
import { documentToValues } from './documentValues';
import { EditorContext, type EditorKit } from './editorContext';
import { HeaderFields } from './HeaderFields';
import { ProblemsSummary } from './ProblemsSummary';
import { problemErrors } from './problemMessages';
import { useContractSave } from './useContractSave';
import { VersionsEditor } from './VersionsEditor';

interface ContractEditorProps {
  readonly record: ContractRecord | null;
  readonly vendors: readonly Vendor[];
  readonly activities: readonly Activity[];
  readonly canWrite: boolean;
  readonly defaultVendorId: string | null;
}

const TABS = ['terms', 'statements', 'preview', 'whatif', 'json'] as const;
type Tab = (typeof TABS)[number];

function toValues(record: ContractRecord): ContractFormValues {
  return documentToValues(record.document as unknown as ContractInput, decimalSeparator());
}

/**
 * The contract page's body: the terms editor with its live checks, and beside it (tabs) the
 * months' statements, a preview and a what-if computed in the browser from the terms being
 * edited, and the document as JSON.
 */
export function ContractEditor({
  record,
  vendors,
  activities,
  canWrite,
  defaultVendorId,
}: ContractEditorProps) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [saved, setSaved] = useState<ContractRecord | null>(record);
  const [submitted, setSubmitted] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const form = useForm<ContractFormValues>({
    initialValues: saved ? toValues(saved) : newContractValues(defaultVendorId),
  });
  const check = useMemo(() => checkContract(form.values), [form.values]);
  const live = useMemo(() => problemErrors(t, check.problems), [t, check.problems]);

  const guard = useLeaveGuard(canWrite && form.isDirty(), 'contracts.leave');
  const { submit, saving } = useContractSave(saved, {
    onCreated: guard.allowLeave,
    onSaved: (next) => {
      setSaved(next);
      form.setValues(toValues(next));
      form.resetDirty(toValues(next));
      form.resetTouched();
      setSubmitted(false);
    },
    onRefused: (errors) => {
      form.setErrors(errors);
      summaryRef.current?.focus();
    },
  });

  const { errors, isTouched, getInputProps } = form;
  const errorOf = useCallback(
    (path: string) => {
      const server = errors[path];
      if (server) return String(server);
      return submitted || isTouched(path) ? live[path] : undefined;
    },
    [errors, isTouched, live, submitted],
  );
  const kit = useMemo<EditorKit>(
    () => ({
      form,
      field: (path) => {
        const props = getInputProps(path);
        return { ...props, value: props.value ?? '', error: errorOf(path) };
      },
      errorOf,
      countIn: (prefix) => check.problems.filter((p) => p.key.startsWith(`${prefix}.`)).length,
      currency: form.values.currency,
    }),
    [form, getInputProps, errorOf, check.problems],
  );

  // the tab switches at once (local state); the address follows, so that a link can open a tab
  const [tabState, setTabState] = useState<string | null>(params.get('tab'));
  const tab: Tab = TABS.find((x) => x === tabState && (x !== 'statements' || saved)) ?? 'terms';
  const setTab = (value: string | null) => {
    setTabState(value);
    const next = new URLSearchParams(params);
    if (value && value !== 'terms') next.set('tab', value);
    else next.delete('tab');
    setParams(next, { replace: true });
  };

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (check.problems.length > 0) {
      summaryRef.current?.focus();
      return;
    }
    form.clearErrors();
    submit(check.document as unknown as ContractDocument);
  };

  // the start of the contract is the first version's date and usually the first phase's start
  const onStartChange = (value: string) => {
    const previous = form.values.start;
    form.setFieldValue('start', value);
    const first = form.values.versions[0];
    if (first && (first.effectiveFrom === '' || first.effectiveFrom === previous)) {
      form.setFieldValue('versions.0.effectiveFrom', value);
    }
    const phase = first?.phases[0];
    if (phase && (phase.start === '' || phase.start === previous)) {
      form.setFieldValue('versions.0.phases.0.start', value);
    }
  };

  return (
    <EditorContext value={kit}>
      {guard.modal}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="terms" leftSection={<IconFileText size={16} aria-hidden />}>
            {t('contracts.tabs.terms')}
          </Tabs.Tab>
          {saved ? (
            <Tabs.Tab value="statements" leftSection={<IconFileInvoice size={16} aria-hidden />}>
              {t('contracts.tabs.statements')}
            </Tabs.Tab>
          ) : null}
          <Tabs.Tab value="preview" leftSection={<IconCalculator size={16} aria-hidden />}>
            {t('contracts.tabs.preview')}
          </Tabs.Tab>
          <Tabs.Tab value="whatif" leftSection={<IconChartBar size={16} aria-hidden />}>
            {t('contracts.tabs.whatIf')}
          </Tabs.Tab>
          <Tabs.Tab value="json" leftSection={<IconBraces size={16} aria-hidden />}>
            {t('contracts.tabs.json')}
          </Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="terms">
          <form noValidate onSubmit={onSubmit} aria-label={t('contracts.formLabel')}>
            <Stack gap="lg">
              <Fieldset variant="unstyled" disabled={!canWrite}>
                <Stack gap="lg">
                  <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
                    <Title order={2} size="h4" mb="sm">
                      {t('contracts.sections.header')}
                    </Title>
                    <HeaderFields
                      vendors={vendors}
                      activities={activities}
                      vendorLocked={Boolean(saved)}
                      onStartChange={onStartChange}
                    />
                  </Paper>
                  <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
                    <Title order={2} size="h4" mb="sm">
                      {t('contracts.sections.versions')}
                    </Title>
                    <VersionsEditor savedCount={saved ? savedVersions(saved) : 0} readOnly={!canWrite} />
                  </Paper>
                </Stack>
              </Fieldset>
              <ProblemsSummary
                ref={summaryRef}
                problems={check.problems}
                serverErrors={form.errors}
                submitted={submitted}
              />
              {canWrite ? (
                <Group justify="flex-end">
                  <Button type="submit" loading={saving}>
                    {t('common.save')}
                  </Button>
                </Group>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('contracts.readOnly')}
                </Text>
              )}
            </Stack>
          </form>
        </Tabs.Panel>
        {saved ? (
          <Tabs.Panel value="statements">
            <StatementsPanel contract={saved} />
          </Tabs.Panel>
        ) : null}
        <Tabs.Panel value="preview">
          <PreviewPanel
            contract={check.contract}
            vendorId={form.values.vendorId}
            problemCount={check.problems.length}
          />
        </Tabs.Panel>
        <Tabs.Panel value="whatif">
          <WhatIfPanel
            contract={check.contract}
            vendorId={form.values.vendorId}
            problemCount={check.problems.length}
          />
        </Tabs.Panel>
        <Tabs.Panel value="json">
          <Text size="sm" c="dimmed" mb="xs">
            {t('contracts.json.intro')}
          </Text>
          <Code block aria-label={t('contracts.json.label')} data-testid="contract-json">
            {JSON.stringify(check.document, null, 2)}
          </Code>
        </Tabs.Panel>
      </Tabs>
    </EditorContext>
  );
}

function savedVersions(record: ContractRecord): number {
  const versions = (record.document as { versions?: unknown }).versions;
  return Array.isArray(versions) ? versions.length : 0;
}
