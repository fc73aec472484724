import type { ContactClass } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { type KpiFilters, type KpiRow, type Period, useKpiSummary } from '../../../api/kpi';
import { LoadGate } from '../../../components/LoadGate';
import { useWorkspace } from '../../../hooks/workspace';
import { KpiTable } from '../figures/KpiTable';
import { figureColumns, GROUP_FIGURES } from '../figures/kpiColumns';
import { Section } from '../figures/Section';

interface SitesSectionProps {
  readonly vendorName: string;
  readonly period: Period;
  readonly filters: KpiFilters;
  readonly onDrill: (
    site: { readonly id: string; readonly name: string },
    drill: ContactClass | 'all',
  ) => void;
}

/** The vendor's sites side by side: where the figures come from. */
export function SitesSection({ vendorName, period, filters, onDrill }: SitesSectionProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const sites = useKpiSummary(workspaceId, period, ['site'], filters);
  const siteName = (r: KpiRow) =>
    r.site ? (sites.data?.labels.site?.[r.site] ?? t('dashboards.unknown')) : t('dashboards.noSite');
  return (
    <Section title={t('dashboards.sites.title')} refreshing={sites.isPlaceholderData}>
      <LoadGate loads={[sites]}>
        {() => (
          <KpiTable
            title={t('dashboards.sites.exportName', { vendor: vendorName })}
            period={period}
            caption={t('dashboards.sites.count', { count: sites.data?.rows.length ?? 0 })}
            rows={sites.data?.rows ?? []}
            rowKey={(r) => r.site ?? ''}
            label={{ header: t('dashboards.site'), text: siteName }}
            columns={figureColumns(t, GROUP_FIGURES)}
            onDrill={(r, drill) => onDrill({ id: r.site ?? '', name: siteName(r) }, drill)}
            canDrill={(r) => Boolean(r.site)}
            minWidth={1080}
          />
        )}
      </LoadGate>
    </Section>
  );
}
