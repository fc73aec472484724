import { z } from 'zod';
import { isoDate } from '../shared/dates.ts';

/**
 * KPIs a target can be set on, with the way "met" reads: at least the target for the ones that
 * should be high, at most the target for the ones that should be low.
 */
export const TARGET_KPIS = {
  answerRate: 'min',
  serviceLevel: 'min',
  fcr: 'min',
  conversion: 'min',
  nps: 'min',
  csat: 'min',
  abandonRate: 'max',
  asaSeconds: 'max',
  ahtSeconds: 'max',
} as const;
export type TargetKpi = keyof typeof TARGET_KPIS;
export const TARGET_KPI_NAMES = Object.keys(TARGET_KPIS) as TargetKpi[];

export type TargetStatus = 'met' | 'missed';

/** Met or missed; null when there is no figure to judge (a null rate is not a miss). */
export function targetStatus(kpi: TargetKpi, value: number | null, target: number): TargetStatus | null {
  if (value === null) return null;
  return (TARGET_KPIS[kpi] === 'min' ? value >= target : value <= target) ? 'met' : 'missed';
}

/** The scale of each KPI, so that "80" typed for a rate is caught instead of never being met. */
function checkScale(kpi: TargetKpi, target: number): string | null {
  if (kpi === 'nps') return target < -100 || target > 100 ? 'NPS targets are points from -100 to 100' : null;
  if (kpi === 'asaSeconds' || kpi === 'ahtSeconds') return target < 0 ? 'Seconds cannot be negative' : null;
  return target < 0 || target > 1 ? 'Rates are ratios from 0 to 1 (0.8 for 80 %)' : null;
}

export const targetInputSchema = z
  .object({
    vendorId: z.string().min(1, 'Required'),
    /** null: every activity of the vendor */
    activityId: z.string().min(1).nullable().default(null),
    kpi: z.enum(TARGET_KPI_NAMES as [TargetKpi, ...TargetKpi[]]),
    target: z.number().finite(),
    validFrom: isoDate,
    validTo: isoDate.nullable().default(null),
  })
  .superRefine((t, ctx) => {
    const scale = checkScale(t.kpi, t.target);
    if (scale) ctx.addIssue({ code: 'custom', path: ['target'], message: scale });
    if (t.validTo !== null && t.validTo < t.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'Must be on or after the start date' });
    }
  });
export type TargetInput = z.infer<typeof targetInputSchema>;

export const targetSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  vendorId: z.string(),
  activityId: z.string().nullable(),
  kpi: z.enum(TARGET_KPI_NAMES as [TargetKpi, ...TargetKpi[]]),
  target: z.number(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Target = z.infer<typeof targetSchema>;

/**
 * The target in force for a vendor and activity over a period: the most specific (the
 * activity's own before the vendor-wide one), then the latest start, among those valid at some
 * point of [from, to].
 */
export function targetInForce(
  targets: readonly Pick<Target, 'vendorId' | 'activityId' | 'kpi' | 'target' | 'validFrom' | 'validTo'>[],
  vendorId: string,
  activityId: string | null,
  kpi: TargetKpi,
  from: string,
  to: string,
): number | null {
  let best: (typeof targets)[number] | null = null;
  for (const t of targets) {
    if (t.vendorId !== vendorId || t.kpi !== kpi) continue;
    if (t.activityId !== null && t.activityId !== activityId) continue;
    if (t.validFrom > to || (t.validTo !== null && t.validTo < from)) continue;
    const specific = (x: typeof t): number => (x.activityId === null ? 0 : 1);
    if (
      best === null ||
      specific(t) > specific(best) ||
      (specific(t) === specific(best) && t.validFrom > best.validFrom)
    ) {
      best = t;
    }
  }
  return best?.target ?? null;
}
