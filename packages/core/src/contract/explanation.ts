/**
 * A sentence of a statement as data: a stable key naming its template and the raw values the
 * template reads (cents as integers, ratios 0..1, day counts, KPI codes, ISO dates), so that each
 * reader writes it in its own language and number format (explanationText). The statement keeps
 * the English sentence beside it for the CLI and JSON consumers.
 */
export interface Explanation {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Every template core writes; explanationText has a French and an English text for each. */
export const EXPLANATION_KEYS = [
  'kpi.no_rule',
  'kpi.not_applied',
  'kpi.linear',
  'kpi.linear.on_target',
  'kpi.tiered',
  'kpi.tiered.no_step',
  'kpi.points',
  'kpi.points.no_step',
  'exclusion.force_majeure',
  'exclusion.not_measured',
  'exclusion.volume_band',
  'at_risk.missed',
  'at_risk.met',
  'at_risk.not_applied',
  'at_risk.basis',
  'at_risk.no_pool',
  'earn_back.returned',
  'earn_back.missed',
  'earn_back.not_measured',
  'pro_rata.calendar_days',
  'pro_rata.own_days',
  'pro_rata.measured_days',
  'warning.month_mismatch',
  'warning.missing_quantity',
  'warning.minimum_not_applied',
  'warning.force_majeure_not_excluded',
  'warning.no_forecast_band',
  'source.volumes',
  'source.minutes',
  'source.kpis',
  'source.no_contacts',
  'source.inputs',
] as const;

export type ExplanationKey = (typeof EXPLANATION_KEYS)[number];

/** An explanation of `key`; params left undefined are dropped (an open step has no `to`). */
export function explain(
  key: ExplanationKey,
  params: Readonly<Record<string, string | number | undefined>> = {},
): Explanation {
  const kept: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) if (value !== undefined) kept[name] = value;
  return { key, params: kept };
}
