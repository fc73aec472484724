import { z } from 'zod';
import { cents, kpiName, nonEmpty, signedCents } from './schema-parts.ts';

/**
 * Linear: so much per point above the target (bonus) and below it (malus), the result capped
 * at `capCents` either way. `centsPerPoint` sets both; the separate fields override it, and 0
 * switches a side off (a malus-only term).
 */
const linear = z.object({
  kind: z.literal('linear'),
  centsPerPoint: cents.optional(),
  bonusCentsPerPoint: cents.optional(),
  malusCentsPerPoint: cents.optional(),
  capCents: cents,
});

/** A band of measured values [from, to); `to: null` is open-ended. */
const band = { from: z.number().finite(), to: z.number().finite().nullable() };

/** Tiered: the step the measured value falls in gives the amount (negative for a malus). */
const tiered = z.object({
  kind: z.literal('tiered'),
  steps: z
    .array(z.object({ ...band, amountCents: signedCents }))
    .min(1, { error: 'needs at least one step' }),
});

/** Points scale: the step gives points, each point worth `centsPerPoint`, capped either way. */
const points = z.object({
  kind: z.literal('points'),
  steps: z
    .array(z.object({ ...band, points: z.number().int({ error: 'must be a whole number of points' }) }))
    .min(1, { error: 'needs at least one step' }),
  centsPerPoint: cents,
  capCents: cents,
});

export const kpiRuleSchema = z.discriminatedUnion('kind', [linear, tiered, points], {
  error: (iss) =>
    iss.code === 'invalid_union' ? 'is not a known rule kind (known: linear, tiered, points)' : undefined,
});
export type KpiRule = z.output<typeof kpiRuleSchema>;
export type TierStep = { from: number; to: number | null };

/**
 * A KPI commitment of a phase. `rule: null` is a target without bonus or malus of its own, for
 * a KPI that only counts through the at-risk pool.
 */
export const kpiTermSchema = z.object({
  kpi: kpiName,
  target: z.number().finite(),
  /** The formula variant agreed (e.g. "80/20 answered within 20 s, abandons under 5 s excluded"). */
  variant: nonEmpty.optional(),
  window: z.literal('month', { error: 'must be "month" (the only window supported)' }).default('month'),
  rule: kpiRuleSchema.nullable().default(null),
});
export type KpiTerm = z.output<typeof kpiTermSchema>;
