import { type Fraction, ratio } from './exact.ts';

/**
 * How a KPI reads in a contract.
 * - better: which way is good; a miss is a value on the wrong side of the target.
 * - scale: ratio 0..1 (DESIGN.md: ratios are 0..1), NPS points -100..100, or seconds.
 * - volumeSensitive: a service-level term in DOMAIN.md's sense, i.e. one that staffing alone
 *   cannot hold when volume leaves the forecast band, so the band exclusion switches it off.
 */
export interface ContractKpiDefinition {
  readonly better: 'higher' | 'lower';
  readonly scale: 'ratio' | 'nps' | 'seconds';
  readonly volumeSensitive: boolean;
}

export const CONTRACT_KPIS = {
  service_level: { better: 'higher', scale: 'ratio', volumeSensitive: true },
  answer_rate: { better: 'higher', scale: 'ratio', volumeSensitive: true },
  abandon_rate: { better: 'lower', scale: 'ratio', volumeSensitive: true },
  asa: { better: 'lower', scale: 'seconds', volumeSensitive: true },
  aht: { better: 'lower', scale: 'seconds', volumeSensitive: false },
  fcr: { better: 'higher', scale: 'ratio', volumeSensitive: false },
  nps: { better: 'higher', scale: 'nps', volumeSensitive: false },
  csat: { better: 'higher', scale: 'ratio', volumeSensitive: false },
  conversion: { better: 'higher', scale: 'ratio', volumeSensitive: false },
  schedule_adherence: { better: 'higher', scale: 'ratio', volumeSensitive: false },
} as const satisfies Record<string, ContractKpiDefinition>;

export type ContractKpi = keyof typeof CONTRACT_KPIS;
export const CONTRACT_KPI_NAMES = Object.keys(CONTRACT_KPIS) as [ContractKpi, ...ContractKpi[]];

export function kpiDefinition(kpi: ContractKpi): ContractKpiDefinition {
  return CONTRACT_KPIS[kpi];
}

/**
 * One "point" of a per-point rule: a percentage point for a ratio (0.01), an NPS point, a
 * second. Contracts price "x per point", so the rule needs the size of the point; the unit is
 * a code for explanations.
 */
export function pointSize(kpi: ContractKpi): {
  size: Fraction;
  unit: 'percentage_point' | 'nps_point' | 'second';
} {
  const scale = CONTRACT_KPIS[kpi].scale;
  if (scale === 'ratio') return { size: ratio(1, 100), unit: 'percentage_point' };
  if (scale === 'nps') return { size: ratio(1, 1), unit: 'nps_point' };
  return { size: ratio(1, 1), unit: 'second' };
}

/** True when `value` is on the good side of `target` or on it. */
export function meetsTarget(kpi: ContractKpi, value: number, target: number): boolean {
  return CONTRACT_KPIS[kpi].better === 'higher' ? value >= target : value <= target;
}

/** Why a target is off the KPI's scale (80 typed for 80 % is never met), or null. */
export function scaleProblem(kpi: ContractKpi, value: number): string | null {
  const scale = CONTRACT_KPIS[kpi].scale;
  if (scale === 'nps') return value < -100 || value > 100 ? 'must be NPS points from -100 to 100' : null;
  if (scale === 'seconds') return value < 0 ? 'must be a number of seconds, not negative' : null;
  return value < 0 || value > 1 ? 'must be a ratio from 0 to 1 (0.8 for 80 %)' : null;
}
