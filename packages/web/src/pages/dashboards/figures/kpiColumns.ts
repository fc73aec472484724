import type { TFunction } from 'i18next';
import type { KpiColumn } from './KpiTable';

export type FigureId =
  | 'offered'
  | 'handled'
  | 'answerRate'
  | 'abandonRate'
  | 'serviceLevel'
  | 'asaSeconds'
  | 'ahtSeconds'
  | 'fcr'
  | 'conversion'
  | 'nps'
  | 'csat';

/** Every figure a KPI table can show; each table picks its own list. */
function figureColumn(t: TFunction, id: FigureId): KpiColumn {
  switch (id) {
    case 'offered':
      return {
        id,
        header: t('dashboards.kpi.offered'),
        kind: 'count',
        value: (r) => r.offered,
        drill: 'all',
      };
    case 'handled':
      return {
        id,
        header: t('dashboards.kpi.handled'),
        kind: 'count',
        value: (r) => r.handled,
        drill: 'answered',
      };
    case 'answerRate':
    case 'abandonRate':
    case 'serviceLevel':
    case 'fcr':
    case 'conversion':
      return {
        id,
        header: t(`dashboards.kpi.${id}`),
        kind: 'rate',
        value: (r) => r[id],
        targetKpi: id,
        // the contacts behind a rate: the answered ones, or the abandoned ones
        ...(id === 'answerRate' ? { drill: 'answered' as const } : {}),
        ...(id === 'abandonRate' ? { drill: 'abandoned' as const } : {}),
      };
    case 'asaSeconds':
    case 'ahtSeconds':
      return {
        id,
        header: t('dashboards.inSeconds', { name: t(`dashboards.kpi.${id}`) }),
        kind: 'seconds',
        value: (r) => r[id],
        targetKpi: id,
      };
    case 'nps':
      return {
        id,
        header: t('dashboards.kpi.nps'),
        kind: 'points',
        value: (r) => r.nps,
        n: (r) => r.npsN,
        nHeader: t('dashboards.kpi.npsN'),
        targetKpi: 'nps',
      };
    case 'csat':
      return {
        id,
        header: t('dashboards.kpi.csat'),
        kind: 'rate',
        value: (r) => r.csat,
        n: (r) => r.csatN,
        nHeader: t('dashboards.kpi.csatN'),
        targetKpi: 'csat',
      };
  }
}

export function figureColumns(t: TFunction, ids: readonly FigureId[]): KpiColumn[] {
  return ids.map((id) => figureColumn(t, id));
}

/** What a vendor or a site is judged on. */
export const GROUP_FIGURES: readonly FigureId[] = [
  'offered',
  'answerRate',
  'abandonRate',
  'serviceLevel',
  'asaSeconds',
  'ahtSeconds',
  'fcr',
  'nps',
  'csat',
];

/** What an agent is judged on: agents answer, they are not offered contacts. */
export const AGENT_FIGURES: readonly FigureId[] = [
  'handled',
  'ahtSeconds',
  'fcr',
  'conversion',
  'nps',
  'csat',
];
