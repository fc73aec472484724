import { Alert, Group, Paper, Stack, Text } from '@mantine/core';
import { IconChartDots } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useActivities } from '../../../api/activities';
import { RUN_BREAKDOWN, useRun } from '../../../api/analysis';
import { useVendors } from '../../../api/vendors';
import { EmptyBlock } from '../../../components/EmptyBlock';
import { LoadGate } from '../../../components/LoadGate';
import { PageHeader } from '../../../components/PageHeader';
import { useWorkspace, useWsHref } from '../../../hooks/workspace';
import { NotFoundPage } from '../../misc/NotFoundPage';
import { filterSummary } from '../runs/filterSummary';
import { RunProgress } from '../runs/RunProgress';
import { RunStatusBadge } from '../runs/RunStatusBadge';
import { Crumbs } from '../shared/Crumbs';
import { isNotFound } from '../shared/isNotFound';
import { labelIndex, THEMES, useLang } from '../shared/labels';
import { analysisPaths } from '../shared/paths';
import { Section } from '../shared/Section';
import { AgentsSection } from './AgentsSection';
import { DraftReportButton } from './DraftReportButton';
import { PracticesTable } from './PracticesTable';
import { ReactionsTable } from './ReactionsTable';
import { RunSummary } from './RunSummary';
import { VendorComparison } from './VendorComparison';

/** /analysis/runs/:runId: the run's figures by coaching theme, reactions, vendors and agents. */
export function RunPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { runId = '' } = useParams();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const detail = useRun(workspaceId, runId, RUN_BREAKDOWN);
  const vendors = useVendors(workspaceId);
  const activities = useActivities(workspaceId);
  const library = detail.data?.library;
  const labelOf = useMemo(() => labelIndex(library?.rules ?? [], lang), [library, lang]);
  if (isNotFound(detail)) return <NotFoundPage />;

  const run = detail.data?.run;
  const vendorName = (key: string | null) =>
    key === null ? t('analysis.unknown') : (vendors.data?.find((v) => v.id === key)?.name ?? key);
  const activityName = (id: string) => activities.data?.find((a) => a.id === id)?.name ?? id;
  const description = run
    ? [
        library?.name[lang] ?? run.libraryName[lang],
        filterSummary(t, run.filter, { vendor: (id) => vendorName(id), activity: activityName }),
      ].join(' · ')
    : undefined;

  return (
    <div style={{ maxWidth: 1280 }}>
      <Crumbs
        items={[
          { label: t('analysis.runs.title'), to: href(analysisPaths.runs()) },
          { label: run?.name ?? '…' },
        ]}
      />
      <PageHeader
        title={run?.name ?? t('analysis.run.title')}
        description={description}
        actions={
          run ? (
            <Group gap="xs">
              <RunStatusBadge status={run.status} />
              <DraftReportButton
                run={run}
                stats={detail.data?.stats ?? null}
                vendorName={(id) => vendorName(id)}
              />
            </Group>
          ) : null
        }
      />
      <LoadGate loads={[detail]}>
        {() => {
          const data = detail.data;
          if (!data) return null;
          if (data.run.status === 'running')
            return (
              <Paper withBorder p="lg">
                <Text mb="sm">{t('analysis.run.running')}</Text>
                <RunProgress run={data.run} size="lg" />
              </Paper>
            );
          if (data.run.status === 'failed' || !data.stats)
            return (
              <Alert color="red" title={t('analysis.run.failed')} role="alert">
                {data.run.error}
              </Alert>
            );
          const stats = data.stats;
          const all = stats.groups.find((g) => g.dimension === 'all');
          const vendorGroups = stats.groups.filter((g) => g.dimension === 'vendor');
          if (!all || stats.calls === 0)
            return (
              <EmptyBlock
                icon={<IconChartDots size={28} />}
                title={t('analysis.run.noCallsTitle')}
                description={t('analysis.run.noCallsText')}
              />
            );
          return (
            <Stack gap="md">
              <RunSummary run={data.run} stats={stats} />
              {THEMES.map((theme) => {
                const practices = all.practices.filter((p) => p.theme === theme);
                if (practices.length === 0) return null;
                return (
                  <Section key={theme} id={`theme-${theme}`} title={t(`analysis.themes.${theme}`)}>
                    <PracticesTable
                      runId={runId}
                      practices={practices}
                      rules={data.library.rules}
                      labelOf={labelOf}
                      testId={`practices-${theme}`}
                    />
                  </Section>
                );
              })}
              {all.reactions.length > 0 ? (
                <Section id="run-reactions" title={t('analysis.run.reactions')}>
                  <ReactionsTable runId={runId} reactions={all.reactions} labelOf={labelOf} />
                </Section>
              ) : null}
              {vendorGroups.length > 0 ? (
                <Section id="run-vendors" title={t('analysis.run.byVendor')}>
                  <VendorComparison vendors={vendorGroups} vendorName={vendorName} labelOf={labelOf} />
                </Section>
              ) : null}
              <Section id="run-agents" title={t('analysis.run.agents')}>
                <AgentsSection runId={runId} ranking={stats.agents} labelOf={labelOf} />
              </Section>
            </Stack>
          );
        }}
      </LoadGate>
    </div>
  );
}
