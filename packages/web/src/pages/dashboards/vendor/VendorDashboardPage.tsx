import { Anchor, Group, Stack } from '@mantine/core';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import type { ContactClass } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { useKpiDistributions, useKpiSettings, useKpiSummary } from '../../../api/kpi';
import { useVendor } from '../../../api/vendors';
import { EmptyBlock } from '../../../components/EmptyBlock';
import { LoadGate } from '../../../components/LoadGate';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../format';
import { useWorkspace, useWsHref } from '../../../hooks/workspace';
import { DashboardFilters } from '../DashboardFilters';
import { DefinitionsNote } from '../DefinitionsNote';
import { ContactsDrawer } from '../drilldown/ContactsDrawer';
import { type Drilldown, useDrilldown } from '../drilldown/useDrilldown';
import { Section } from '../figures/Section';
import { periodLabel } from '../figures/timeLabels';
import { NoDataBlock } from '../NoDataBlock';
import { trendBucket } from '../period/period';
import { useDashboardScope } from '../useDashboardScope';
import { AgentsSection } from './AgentsSection';
import { Distributions } from './Distributions';
import { HeadlineFigures } from './HeadlineFigures';
import { HeatmapSection } from './HeatmapSection';
import { intervalEnd } from './heatmap/heatmapGrid';
import { SitesSection } from './SitesSection';
import { TrendCharts } from './TrendCharts';

/** /dashboards/vendors/:vendorId: one vendor in depth, over the period of the dashboards. */
export function VendorDashboardPage() {
  const { t } = useTranslation();
  const { vendorId = '' } = useParams();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const { period: periodState, activity, channel, filters: scopeFilters, search } = useDashboardScope();
  const { period } = periodState;
  // another vendor's page answers 404 to a vendor user: nothing of it is asked for then
  const vendor = useVendor(workspaceId, vendorId);
  const ready = vendor.isSuccess;
  const filters = { ...scopeFilters, vendorId };
  const bucket = period ? trendBucket(period) : 'day';
  const settings = useKpiSettings(workspaceId);
  const overall = useKpiSummary(workspaceId, period, ['vendor'], filters, ready);
  const trend = useKpiSummary(workspaceId, period, [bucket], filters, ready);
  const distributions = useKpiDistributions(workspaceId, period, filters, ready);
  const drilldown = useDrilldown();
  const vendorName = vendor.data?.name ?? '';
  const row = overall.data?.rows.find((r) => r.vendor === vendorId);

  const drill = (what: string, extra: Drilldown['filters']) =>
    drilldown.open({
      title: t('dashboards.drill.title', { what, name: vendorName }),
      filters: { ...filters, ...extra },
    });
  const classFilter = (c: ContactClass | 'all') => ({
    what: t(`dashboards.drill.${c}`),
    filter: c === 'all' ? undefined : c,
  });
  const back = (
    <Anchor component={Link} to={`${href('dashboards')}${search}`} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('dashboards.back')}
      </Group>
    </Anchor>
  );

  if (vendor.isError && isApiError(vendor.error) && vendor.error.status === 404) {
    return (
      <Stack gap="md">
        {back}
        <EmptyBlock
          icon={<IconLock size={28} />}
          title={t('dashboards.vendorPage.notFound')}
          description={t('dashboards.vendorPage.notFoundHint')}
        />
      </Stack>
    );
  }

  return (
    <>
      {back}
      <PageHeader title={vendorName} description={t('dashboards.vendorPage.intro')} />
      <Stack gap="lg">
        <DashboardFilters period={periodState} activity={activity} channel={channel} />
        <LoadGate loads={[vendor, overall]}>
          {() =>
            !row || !period ? (
              // another vendor's figures, kept on screen while this one's load, are not "no data"
              overall.isPlaceholderData ? (
                <Loading />
              ) : (
                <NoDataBlock />
              )
            ) : (
              <>
                <Section
                  title={t('dashboards.vendorPage.figures')}
                  description={periodLabel(period)}
                  refreshing={overall.isPlaceholderData}
                >
                  <HeadlineFigures
                    row={row}
                    onDrill={(c) => {
                      const { what, filter } = classFilter(c);
                      drill(what, { class: filter });
                    }}
                  />
                  <DefinitionsNote settings={settings.data} />
                </Section>
                <Section
                  title={t(
                    bucket === 'week'
                      ? 'dashboards.vendorPage.trendsWeekly'
                      : 'dashboards.vendorPage.trendsDaily',
                  )}
                  refreshing={trend.isPlaceholderData}
                >
                  <LoadGate loads={[trend]}>
                    {() => <TrendCharts rows={trend.data?.rows ?? []} bucket={bucket} overall={row} />}
                  </LoadGate>
                </Section>
                <HeatmapSection
                  vendorName={vendorName}
                  period={period}
                  filters={filters}
                  target={row.targets?.serviceLevel?.target}
                  onOpenCell={(cell, interval) =>
                    drill(
                      t('dashboards.drill.interval', {
                        day: formatDate(cell.day),
                        from: cell.time,
                        to: intervalEnd(cell.time, interval),
                      }),
                      { day: cell.day, time: cell.time, interval },
                    )
                  }
                />
                <Section
                  title={t('dashboards.distributions.title')}
                  refreshing={distributions.isPlaceholderData}
                >
                  <LoadGate loads={[distributions]}>
                    {() => (distributions.data ? <Distributions data={distributions.data} /> : null)}
                  </LoadGate>
                </Section>
                <AgentsSection
                  vendorName={vendorName}
                  period={period}
                  filters={filters}
                  onDrill={(agent, c) => {
                    const { what, filter } = classFilter(c);
                    drill(`${what} · ${agent}`, { agent, class: filter });
                  }}
                />
                <SitesSection
                  vendorName={vendorName}
                  period={period}
                  filters={filters}
                  onDrill={(site, c) => {
                    const { what, filter } = classFilter(c);
                    drill(`${what} · ${site.name}`, { siteId: site.id, class: filter });
                  }}
                />
              </>
            )
          }
        </LoadGate>
      </Stack>
      <ContactsDrawer drill={drilldown.current} period={period} onClose={drilldown.close} />
    </>
  );
}
