import { Stack } from '@mantine/core';
import type { ContactClass } from '@vigie/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type KpiRow, useKpiSettings, useKpiSummary } from '../../api/kpi';
import { LoadGate } from '../../components/LoadGate';
import { PageHeader } from '../../components/PageHeader';
import { compareText } from '../../format';
import { useWorkspace, useWsHref } from '../../hooks/workspace';
import { DashboardFilters } from './DashboardFilters';
import { DefinitionsNote } from './DefinitionsNote';
import { ContactsDrawer } from './drilldown/ContactsDrawer';
import { useDrilldown } from './drilldown/useDrilldown';
import { KpiTable } from './figures/KpiTable';
import { figureColumns, GROUP_FIGURES } from './figures/kpiColumns';
import { Section } from './figures/Section';
import { periodLabel } from './figures/timeLabels';
import { NoDataBlock } from './NoDataBlock';
import { trendBucket } from './period/period';
import { ServiceLevelChart } from './summary/ServiceLevelChart';
import { useDashboardScope } from './useDashboardScope';

/** /dashboards: every vendor side by side over a period, against its targets. */
export function DashboardsPage() {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const { period: periodState, activity, channel, filters, search } = useDashboardScope();
  const { period } = periodState;
  const bucket = period ? trendBucket(period) : 'day';
  const settings = useKpiSettings(workspaceId);
  const summary = useKpiSummary(workspaceId, period, ['vendor'], filters);
  const trend = useKpiSummary(workspaceId, period, ['vendor', bucket], filters);
  const drilldown = useDrilldown();

  const vendorNames = summary.data?.labels.vendor;
  const vendorName = (id: string | null | undefined) =>
    id ? (vendorNames?.[id] ?? t('dashboards.unknown')) : t('dashboards.noVendor');
  const rows = summary.data?.rows ?? [];
  const vendors = useMemo(
    () =>
      (summary.data?.rows ?? [])
        .filter((r): r is KpiRow & { vendor: string } => Boolean(r.vendor))
        .map((r) => ({
          id: r.vendor,
          name: summary.data?.labels.vendor?.[r.vendor] ?? t('dashboards.unknown'),
          target: r.targets?.serviceLevel?.target,
        }))
        .sort((a, b) => compareText(a.name, b.name)),
    [summary.data, t],
  );
  const openContacts = (row: KpiRow, drill: ContactClass | 'all') =>
    drilldown.open({
      title: t('dashboards.drill.title', {
        what: t(`dashboards.drill.${drill}`),
        name: vendorName(row.vendor),
      }),
      filters: { ...filters, vendorId: row.vendor ?? undefined, class: drill === 'all' ? undefined : drill },
    });

  return (
    <>
      <PageHeader title={t('dashboards.title')} description={t('dashboards.intro')} />
      <Stack gap="lg">
        <DashboardFilters period={periodState} activity={activity} channel={channel} />
        <LoadGate loads={[summary]}>
          {() =>
            rows.length === 0 ? (
              <NoDataBlock />
            ) : (
              <>
                <Section
                  title={t('dashboards.vendors.title')}
                  description={period ? periodLabel(period) : null}
                  refreshing={summary.isPlaceholderData}
                >
                  <KpiTable
                    title={t('dashboards.vendors.title')}
                    period={period}
                    caption={t('dashboards.vendors.caption')}
                    rows={rows}
                    rowKey={(r) => r.vendor ?? ''}
                    label={{
                      header: t('dashboards.vendor'),
                      text: (r) => vendorName(r.vendor),
                      href: (r) =>
                        r.vendor
                          ? `${href(`dashboards/vendors/${encodeURIComponent(r.vendor)}`)}${search}`
                          : undefined,
                    }}
                    columns={figureColumns(t, GROUP_FIGURES)}
                    onDrill={openContacts}
                    minWidth={1080}
                  />
                  <DefinitionsNote settings={settings.data} />
                </Section>
                <Section
                  title={t(bucket === 'week' ? 'dashboards.chart.slPerWeek' : 'dashboards.chart.slPerDay')}
                  refreshing={trend.isPlaceholderData}
                >
                  <LoadGate loads={[trend]}>
                    {() => (
                      <ServiceLevelChart trend={trend.data?.rows ?? []} bucket={bucket} vendors={vendors} />
                    )}
                  </LoadGate>
                </Section>
              </>
            )
          }
        </LoadGate>
      </Stack>
      <ContactsDrawer drill={drilldown.current} period={period} onClose={drilldown.close} />
    </>
  );
}
