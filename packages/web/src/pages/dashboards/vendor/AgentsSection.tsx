import type { ContactClass } from '@vigie/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type KpiFilters, type KpiRow, type Period, useKpiSummary } from '../../../api/kpi';
import { LoadGate } from '../../../components/LoadGate';
import { matches, SearchInput } from '../../../components/SearchInput';
import { useWorkspace } from '../../../hooks/workspace';
import { KpiTable } from '../figures/KpiTable';
import { AGENT_FIGURES, figureColumns } from '../figures/kpiColumns';
import { Section } from '../figures/Section';

interface AgentsSectionProps {
  readonly vendorName: string;
  readonly period: Period;
  readonly filters: KpiFilters;
  readonly onDrill: (agent: string, drill: ContactClass | 'all') => void;
}

/** One row per agent, as the source names them: who handles the most, how long, how well. */
export function AgentsSection({ vendorName, period, filters, onDrill }: AgentsSectionProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const [query, setQuery] = useState('');
  const agents = useKpiSummary(workspaceId, period, ['agent'], filters);
  // contacts no agent took (abandons) form a row of their own; it is not an agent
  const rows = useMemo(
    () => (agents.data?.rows ?? []).filter((r) => r.agent && matches(query, r.agent)),
    [agents.data, query],
  );
  const agentName = (r: KpiRow) => r.agent ?? '';
  return (
    <Section title={t('dashboards.agents.title')} refreshing={agents.isPlaceholderData}>
      <LoadGate loads={[agents]}>
        {() => (
          <KpiTable
            title={t('dashboards.agents.exportName', { vendor: vendorName })}
            period={period}
            caption={t('dashboards.agents.count', { count: rows.length })}
            filters={
              <SearchInput value={query} onChange={setQuery} placeholder={t('dashboards.agents.search')} />
            }
            rows={rows}
            rowKey={agentName}
            label={{
              header: t('dashboards.agent'),
              text: agentName,
              onOpen: (r) => onDrill(agentName(r), 'all'),
            }}
            columns={figureColumns(t, AGENT_FIGURES)}
            onDrill={(r, drill) => onDrill(agentName(r), drill)}
            minWidth={820}
            defaultSort="handled"
          />
        )}
      </LoadGate>
    </Section>
  );
}
