import { Alert, Anchor, Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { COACHING_THEMES, type CoachingTheme, nextFocusTheme, type Vendor } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { AnalysisRun } from '../../../api/analysis';
import { isApiError } from '../../../api/client';
import { type CycleTimeline, useCreateCycle } from '../../../api/cycles';
import type { FeedbackReportRecord } from '../../../api/reports';
import { FormAlert } from '../../../components/FormAlert';
import { nameOptions } from '../../../components/options';
import { notifyError, notifySuccess } from '../../../forms/errors';
import { useWorkspace, useWsHref } from '../../../hooks/workspace';
import { THEMES } from '../../analysis/shared/labels';
import { cyclePaths } from '../paths';
import { cycleIssueErrors } from '../shared/cycleErrors';
import { cycleInProgress } from '../shared/cycleState';
import { runOption } from '../shared/runOption';
import { useRunPractices } from '../shared/useRunPractices';
import {
  type CycleFormValues,
  type CyclePreset,
  initialValues,
  type ObjectiveRow,
  PLACED_FIELDS,
  toFormErrors,
  toRequest,
  validateCycle,
} from './cycleForm';
import { ObjectivesEditor } from './ObjectivesEditor';

interface NewCycleFormProps {
  readonly vendors: readonly Vendor[];
  readonly timeline: CycleTimeline;
  /** finished runs, newest first */
  readonly runs: readonly AnalysisRun[];
  readonly reports: readonly FeedbackReportRecord[];
  readonly preset: CyclePreset;
  readonly onClose: () => void;
}

/**
 * The vendor, its focus theme (by default its next focus), the dates, the baseline run and the
 * objectives on that theme's practices; opened, the cycle shows on its page.
 */
export function NewCycleForm({ vendors, timeline, runs, reports, preset, onClose }: NewCycleFormProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const navigate = useNavigate();
  const create = useCreateCycle(workspaceId);
  const nextFocus = (vendorId: string | null): CoachingTheme | null => {
    if (!vendorId) return null;
    const known = timeline.vendors.find((v) => v.vendorId === vendorId);
    // the timeline lists the vendors with cycles; one without any starts where core starts
    return known ? known.nextFocus : nextFocusTheme(COACHING_THEMES, new Set(), null);
  };
  const form = useForm<CycleFormValues>({
    initialValues: initialValues({
      ...preset,
      focusTheme: preset.focusTheme ?? nextFocus(preset.vendorId ?? null) ?? null,
    }),
    validate: (values) => validateCycle(t, values),
  });
  const v = form.values;
  const { practices, pending } = useRunPractices(workspaceId, v.baselineRunId, v.vendorId);
  const themePractices = practices.filter((p) => p.theme === v.focusTheme);
  const open = cycleInProgress(timeline.items, v.vendorId);
  const vendorName = (id: string | null) => vendors.find((x) => x.id === id)?.name ?? '';

  const setObjectives = (rows: ObjectiveRow[]) => {
    form.setFieldValue('objectives', rows);
    form.setErrors(
      Object.fromEntries(Object.entries(form.errors).filter(([k]) => !k.startsWith('objectives'))),
    );
  };
  const keepThemePractices = (theme: CoachingTheme | null) =>
    v.objectives.map((row) =>
      practices.find((p) => p.id === row.practiceId)?.theme === theme ? row : { ...row, practiceId: null },
    );
  const chooseTheme = (theme: CoachingTheme | null) => {
    form.setFieldValue('focusTheme', theme);
    form.setFieldValue('objectives', keepThemePractices(theme));
  };
  const chooseVendor = (vendorId: string | null) => {
    form.setFieldValue('vendorId', vendorId);
    const report = reports.find((r) => r.id === v.reportId);
    if (report && report.vendorId !== vendorId) form.setFieldValue('reportId', null);
    const focus = nextFocus(vendorId);
    if (focus) chooseTheme(focus);
  };
  const chooseReport = (reportId: string | null) => {
    form.setFieldValue('reportId', reportId);
    const report = reports.find((r) => r.id === reportId);
    if (report && !v.baselineRunId) form.setFieldValue('baselineRunId', report.runId);
  };

  // once opened, the button that showed this form may go (the report now links to its cycle):
  // the promise still settles, where the callbacks of `mutate` would not run any more
  const submit = form.onSubmit((values) => {
    void create.mutateAsync(toRequest(values)).then(
      (cycle) => {
        notifySuccess(t('cycles.new.done', { number: cycle.number, vendor: vendorName(cycle.vendorId) }));
        onClose();
        void navigate(href(cyclePaths.cycle(cycle.id)));
      },
      (error: unknown) => {
        const placed = cycleIssueErrors(t, error);
        if (placed) form.setErrors(toFormErrors(placed));
        else if (isApiError(error) && error.status === 409)
          form.setFieldError('vendorId', t('cycles.new.conflict'));
        else notifyError(t, error);
      },
    );
  });

  const vendorReports = reports.filter((r) => r.vendorId === v.vendorId);
  const themeHint = !v.baselineRunId
    ? t('cycles.objectives.chooseRun')
    : !pending && themePractices.length === 0
      ? t('cycles.objectives.noThemePractice')
      : undefined;

  return (
    <form onSubmit={submit} noValidate aria-label={t('cycles.new.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('cycles.new.intro')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('cycles.fields.vendor')}
            data={nameOptions(vendors)}
            value={v.vendorId}
            onChange={chooseVendor}
            error={form.errors.vendorId}
            allowDeselect={false}
            searchable
            required
            data-autofocus
          />
          <Select
            label={t('cycles.fields.focusTheme')}
            description={
              v.vendorId && nextFocus(v.vendorId)
                ? t('cycles.new.nextFocus', { theme: t(`analysis.themes.${nextFocus(v.vendorId)}`) })
                : t('cycles.new.focusHint')
            }
            data={THEMES.map((theme) => ({ value: theme, label: t(`analysis.themes.${theme}`) }))}
            value={v.focusTheme}
            onChange={(value) => chooseTheme(value as CoachingTheme | null)}
            error={form.errors.focusTheme}
            allowDeselect={false}
            required
          />
        </SimpleGrid>
        {open ? (
          <Alert color="orange" variant="light" role="alert" data-testid="cycle-in-progress">
            {t('cycles.new.inProgress', { number: open.number })}{' '}
            <Anchor component={Link} to={href(cyclePaths.cycle(open.id))} inherit onClick={onClose}>
              {t('cycles.new.openInProgress', { number: open.number })}
            </Anchor>
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('cycles.fields.startsOn')}
            required
            {...form.getInputProps('startsOn')}
          />
          <TextInput
            type="date"
            label={t('cycles.fields.endsOn')}
            required
            {...form.getInputProps('endsOn')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('cycles.fields.baselineRun')}
            description={t('cycles.new.baselineHint')}
            placeholder={runs.length === 0 ? t('cycles.new.noRuns') : undefined}
            data={runs.map((r) => ({ value: r.id, label: runOption(t, r) }))}
            value={v.baselineRunId}
            onChange={(value) => form.setFieldValue('baselineRunId', value)}
            error={form.errors.baselineRunId}
            allowDeselect={false}
            searchable
            required
          />
          <Select
            label={t('cycles.fields.report')}
            description={t('cycles.new.reportHint')}
            placeholder={vendorReports.length === 0 ? t('cycles.new.noReports') : t('cycles.new.noReport')}
            data={vendorReports.map((r) => ({
              value: r.id,
              label: `${r.document.title || t('reports.report.untitled')} (${t(`reports.status.${r.status}`)})`,
            }))}
            value={v.reportId}
            onChange={chooseReport}
            error={form.errors.reportId}
            clearable
            disabled={vendorReports.length === 0}
          />
        </SimpleGrid>
        <ObjectivesEditor
          rows={v.objectives}
          onChange={setObjectives}
          errors={form.errors}
          practices={themePractices}
          emptyHint={themeHint}
        />
        <FormAlert errors={form.errors} fieldKeys={PLACED_FIELDS} />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} disabled={Boolean(open)}>
            {t('cycles.new.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
