import { Anchor, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRuns } from '../../../api/analysis';
import type { CycleDetail } from '../../../api/cycles';
import { useReport } from '../../../api/reports';
import { formatDate, formatDateTime } from '../../../format';
import { useWorkspace, useWsHref } from '../../../hooks/workspace';
import { isNotFound } from '../../analysis/shared/isNotFound';
import { analysisPaths } from '../../analysis/shared/paths';
import { Stat } from '../../analysis/shared/Stat';
import { reportPaths } from '../../reports/paths';

/** A link to a run of the cycle, by its name once known. */
function RunLink({ runId, name }: { readonly runId: string | null; readonly name: string | undefined }) {
  const { t } = useTranslation();
  const href = useWsHref();
  if (!runId) return <>{t('cycles.facts.notSet')}</>;
  return (
    <Anchor component={Link} to={href(analysisPaths.run(runId))} inherit>
      {name ?? t('cycles.facts.openRun')}
    </Anchor>
  );
}

/**
 * The report the cycle was opened on: a link by its title, or a word when the reader may not open
 * it (a draft is not shown to the vendor).
 */
function ReportLink({ reportId }: { readonly reportId: string | null }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const report = useReport(workspaceId, reportId ?? '');
  if (!reportId) return <>{t('cycles.facts.noReport')}</>;
  if (isNotFound(report)) return <>{t('cycles.facts.reportNotShared')}</>;
  return (
    <Anchor component={Link} to={href(reportPaths.report(reportId))} inherit data-testid="cycle-report-link">
      {report.data?.document.title || t('cycles.facts.openReport')}
    </Anchor>
  );
}

/** Whose cycle, on which theme, when; the runs it is measured between and the report it comes from. */
export function CycleFacts({
  cycle,
  vendorName,
}: {
  readonly cycle: CycleDetail;
  readonly vendorName: string;
}) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const runs = useRuns(workspaceId);
  const runName = (id: string | null) => runs.data?.find((r) => r.id === id)?.name;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="xs" data-testid="cycle-facts">
      <Stat label={t('cycles.fields.vendor')} hint={t('cycles.cycle.number', { number: cycle.number })}>
        {vendorName}
      </Stat>
      <Stat label={t('cycles.fields.focusTheme')}>{t(`analysis.themes.${cycle.focusTheme}`)}</Stat>
      <Stat
        label={t('cycles.fields.period')}
        hint={t('cycles.facts.opened', { email: cycle.createdBy, date: formatDateTime(cycle.createdAt) })}
      >
        {t('cycles.dates', { start: formatDate(cycle.startsOn), end: formatDate(cycle.endsOn) })}
      </Stat>
      <Stat label={t('cycles.fields.report')}>
        <ReportLink reportId={cycle.reportId} />
      </Stat>
      <Stat label={t('cycles.fields.baselineRun')} hint={t('cycles.facts.baselineHint')}>
        <RunLink runId={cycle.baselineRunId} name={runName(cycle.baselineRunId)} />
      </Stat>
      <Stat
        label={t('cycles.fields.measureRun')}
        hint={
          cycle.closedAt
            ? t('cycles.facts.closedOn', { date: formatDateTime(cycle.closedAt) })
            : cycle.measureRunId
              ? t('cycles.facts.measureHint')
              : t('cycles.facts.notMeasured')
        }
      >
        <RunLink runId={cycle.measureRunId} name={runName(cycle.measureRunId)} />
      </Stat>
    </SimpleGrid>
  );
}
