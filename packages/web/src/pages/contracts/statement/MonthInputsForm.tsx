import { Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { MonthInputRecord } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { useMonthInputs, useSaveMonthInput } from '../../../api/contracts';
import { LoadGate } from '../../../components/LoadGate';
import { formatDateTime } from '../../../format';
import { notifySuccess, showErrorOnForm } from '../../../forms/errors';
import { useCan, useWorkspace } from '../../../hooks/workspace';
import { decimalSeparator, formatMonth } from '../contractFormat';
import { MONTH_FIGURES, type MonthInputValues, monthInputValues, toMonthInput } from './monthInputValues';

interface MonthInputsFormProps {
  readonly vendorId: string;
  readonly month: string;
  /** the outcomes the contract bills, each gets a count field */
  readonly outcomeCodes: readonly string[];
  /** an invoice past draft settles the month: its figures are shown, not edited */
  readonly settled: boolean;
}

/**
 * What the contacts do not tell and the statement needs: hours, FTE (the vendor's staffing) and
 * the client's forecast; saving refreshes the statement.
 */
export function MonthInputsForm({ vendorId, month, outcomeCodes, settled }: MonthInputsFormProps) {
  const { workspaceId } = useWorkspace();
  const inputs = useMonthInputs(workspaceId, vendorId, month, month);
  return (
    <LoadGate loads={[inputs]}>
      {() => (
        <MonthInputsFields
          key={inputs.data?.find((r) => r.month === month)?.updatedAt ?? 'none'}
          vendorId={vendorId}
          month={month}
          record={inputs.data?.find((r) => r.month === month) ?? null}
          outcomeCodes={outcomeCodes}
          settled={settled}
        />
      )}
    </LoadGate>
  );
}

function MonthInputsFields({
  vendorId,
  month,
  record,
  outcomeCodes,
  settled,
}: MonthInputsFormProps & { readonly record: MonthInputRecord | null }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const allowed = useCan();
  const canEdit = allowed('update', 'month_input') && !settled;
  const save = useSaveMonthInput(workspaceId);
  const form = useForm<MonthInputValues>({
    initialValues: monthInputValues(record, outcomeCodes, decimalSeparator()),
    validate: (values) => {
      const result = toMonthInput(values);
      if (result.ok) return {};
      return Object.fromEntries(
        Object.entries(result.errors).map(([key, code]) => [key, t(`statements.inputs.problems.${code}`)]),
      );
    },
  });
  const submit = form.onSubmit((values) => {
    const result = toMonthInput(values);
    if (!result.ok) return;
    save.mutate(
      { vendorId, month, input: result.input },
      {
        onSuccess: () => notifySuccess(t('statements.inputs.saved', { month: formatMonth(month) })),
        onError: (error) => showErrorOnForm(t, form, error),
      },
    );
  });
  const outcomes = Object.keys(form.values.outcomes);

  return (
    <form noValidate onSubmit={submit} aria-label={t('statements.inputs.title')}>
      <Fieldset variant="unstyled" disabled={!canEdit}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t(settled ? 'statements.inputs.settled' : 'statements.inputs.intro')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
            {MONTH_FIGURES.map((key) => (
              <TextInput
                key={key}
                label={t(`statements.inputs.fields.${key}`)}
                inputMode="decimal"
                autoComplete="off"
                {...form.getInputProps(key)}
              />
            ))}
          </SimpleGrid>
          {outcomes.length > 0 ? (
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              {outcomes.map((code) => (
                <TextInput
                  key={code}
                  label={t('statements.inputs.outcome', { code })}
                  inputMode="numeric"
                  autoComplete="off"
                  {...form.getInputProps(`outcomes.${code}`)}
                />
              ))}
            </SimpleGrid>
          ) : null}
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {record
                ? t('statements.inputs.updated', { at: formatDateTime(record.updatedAt) })
                : t('statements.inputs.none')}
            </Text>
            {canEdit ? (
              <Button type="submit" loading={save.isPending}>
                {t('statements.inputs.save')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
