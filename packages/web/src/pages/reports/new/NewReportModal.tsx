import { Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import type { CoachingTheme, ReportLanguage } from '@vigie/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type AnalysisRun, useRuns } from '../../../api/analysis';
import { isApiError } from '../../../api/client';
import { useCreateReport } from '../../../api/reports';
import { LoadGate } from '../../../components/LoadGate';
import { formatDateTime, formatNumber, languageName } from '../../../format';
import { notifyError } from '../../../forms/errors';
import { useWorkspace, useWsHref } from '../../../hooks/workspace';
import { THEMES, useLang } from '../../analysis/shared/labels';
import { reportPaths } from '../paths';
import { type RunVendor, useRunVendors } from './useRunVendors';

type Field = 'runId' | 'vendorId';
const ISSUE_CODES = ['unknown_run', 'run_not_done', 'unknown_vendor', 'no_calls'];
const AUTO = 'auto';

interface NewReportModalProps {
  readonly onClose: () => void;
  /** drafted from this run (the run page): no run to choose */
  readonly run?: { readonly id: string; readonly vendors: readonly RunVendor[]; readonly vendorId?: string };
}

/**
 * Drafts a feedback report: a finished analysis, one vendor with calls in it, the report's language
 * and the cycle's focus theme (by default where the vendor's practices to reduce weigh most).
 */
export function NewReportModal({ onClose, run }: NewReportModalProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const navigate = useNavigate();
  const runs = useRuns(workspaceId);
  const create = useCreateReport(workspaceId);
  const done = (runs.data ?? []).filter((r) => r.status === 'done');
  const [runChoice, setRunChoice] = useState<string | null>(null);
  const runId = run?.id ?? runChoice ?? done[0]?.id ?? null;
  const vendors = useRunVendors(workspaceId, runId, run?.vendors);
  const [vendorChoice, setVendorChoice] = useState<string | null>(null);
  const preset = run?.vendorId ?? vendors.runFilterVendor;
  const vendorId =
    vendorChoice ??
    vendors.options.find((v) => v.id === preset)?.id ??
    (vendors.options.length === 1 ? (vendors.options[0]?.id ?? null) : null);
  const [language, setLanguage] = useState<ReportLanguage>(lang);
  const [focus, setFocus] = useState<string>(AUTO);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const title = run ? t('reports.new.fromRun') : t('reports.new.title');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Partial<Record<Field, string>> = {};
    if (!runId) missing.runId = t('validation.choose');
    if (!vendorId) missing.vendorId = t('validation.choose');
    setErrors(missing);
    if (!runId || !vendorId) return;
    create.mutate(
      {
        runId,
        vendorId,
        language,
        ...(focus === AUTO ? {} : { focusTheme: focus as CoachingTheme }),
      },
      {
        onSuccess: (report) => void navigate(href(reportPaths.report(report.id))),
        onError: (error) => {
          const issues = isApiError(error) ? error.issues : [];
          const placed: Partial<Record<Field, string>> = {};
          for (const issue of issues) {
            const field = issue.path[0];
            if (field !== 'runId' && field !== 'vendorId') continue;
            placed[field] = ISSUE_CODES.includes(issue.code)
              ? t(`reports.new.issues.${issue.code}`)
              : issue.message;
          }
          if (Object.keys(placed).length > 0) setErrors(placed);
          else notifyError(t, error);
        },
      },
    );
  };

  const runLabel = (r: AnalysisRun) =>
    t('reports.new.runOption', {
      name: r.name,
      date: formatDateTime(r.finishedAt ?? r.createdAt),
      count: r.callsTotal,
      formatted: formatNumber(r.callsTotal),
    });

  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <LoadGate loads={run ? [] : [runs]}>
        {() => (
          <form onSubmit={submit} noValidate aria-label={title}>
            <Stack gap="sm">
              <Text size="sm">{t('reports.new.intro')}</Text>
              {run ? null : (
                <Select
                  label={t('reports.new.run')}
                  description={done.length > 0 ? t('reports.new.runHint') : undefined}
                  placeholder={done.length === 0 ? t('reports.new.noRuns') : undefined}
                  data={done.map((r) => ({ value: r.id, label: runLabel(r) }))}
                  value={runId}
                  onChange={(value) => {
                    setRunChoice(value);
                    setVendorChoice(null);
                    setErrors({});
                  }}
                  allowDeselect={false}
                  searchable
                  required
                  error={errors.runId ?? (done.length === 0 ? t('reports.new.noRuns') : undefined)}
                  data-autofocus
                />
              )}
              <Select
                label={t('reports.new.vendor')}
                description={t('reports.new.vendorHint')}
                data={vendors.options.map((v) => ({
                  value: v.id,
                  label:
                    v.calls === null
                      ? v.name
                      : t('reports.new.vendorOption', {
                          name: v.name,
                          count: v.calls,
                          formatted: formatNumber(v.calls),
                        }),
                }))}
                value={vendorId}
                onChange={(value) => {
                  setVendorChoice(value);
                  setErrors((e) => ({ ...e, vendorId: undefined }));
                }}
                disabled={vendors.pending}
                allowDeselect={false}
                required
                error={errors.vendorId}
                {...(run ? { 'data-autofocus': true } : {})}
              />
              <Stack gap={4}>
                <Text size="sm" fw={500} id="report-language-label">
                  {t('reports.new.language')}
                </Text>
                <SegmentedControl
                  aria-labelledby="report-language-label"
                  data={(['fr', 'en'] as const).map((l) => ({ value: l, label: languageName(l) }))}
                  value={language}
                  onChange={(value) => setLanguage(value === 'en' ? 'en' : 'fr')}
                  style={{ alignSelf: 'flex-start' }}
                />
              </Stack>
              <Select
                label={t('reports.new.focusTheme')}
                description={t('reports.new.focusHint')}
                data={[
                  { value: AUTO, label: t('reports.new.focusAuto') },
                  ...THEMES.map((theme) => ({ value: theme, label: t(`analysis.themes.${theme}`) })),
                ]}
                value={focus}
                onChange={(value) => setFocus(value ?? AUTO)}
                allowDeselect={false}
              />
              <Group justify="flex-end" mt="xs">
                <Button variant="default" onClick={onClose}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={create.isPending} disabled={!runId}>
                  {t('reports.new.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </LoadGate>
    </Modal>
  );
}
