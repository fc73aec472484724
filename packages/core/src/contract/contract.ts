import { z } from 'zod';
import { kpiTermSchema } from './kpi-term.ts';
import { priceLineSchema } from './price-line.ts';
import { contractDate, kpiName, nonEmpty, percentage } from './schema-parts.ts';

/**
 * The at-risk pool (DOMAIN.md, "Contract mechanics"): the at-risk amount is
 * `percentOfInvoice` % of the month's fees; a missed KPI costs
 * poolAllocationPercent % x kpiAllocationPercent[kpi] % x the at-risk amount; the month's
 * credits are capped at the at-risk amount. The pool allocation is one figure for the whole
 * pool and may exceed 100 % (contracts use 150-250 % so that one miss hurts): that is what
 * gives the cap its purpose. The per-KPI allocations share it out and add up to at most 100 %.
 */
export const atRiskSchema = z.object({
  percentOfInvoice: percentage,
  poolAllocationPercent: z
    .number()
    .gt(0, { error: 'must be above 0 %' })
    .max(1000, { error: 'must be at most 1000 %' }),
  kpiAllocationPercent: z.partialRecord(kpiName, percentage),
  /**
   * A credit is returned when, in each of the `months` months after the miss, the KPI meets
   * its earn-back target (stricter than the term's target); it comes back on the statement of
   * the last of those months.
   */
  earnBack: z
    .object({
      targets: z.partialRecord(kpiName, z.number().finite()),
      months: z
        .number()
        .int({ error: 'must be a whole number of months' })
        .min(1, { error: 'must be at least 1' }),
    })
    .optional(),
});
export type AtRisk = z.output<typeof atRiskSchema>;

export const exclusionsSchema = z.object({
  /** Service-level terms apply only while actual volume stays within forecast ± this %. */
  volumeBandPercent: percentage.optional(),
  /** Days left out of KPI measurement. */
  forceMajeureDays: z.array(contractDate).default([]),
});
export type Exclusions = z.output<typeof exclusionsSchema>;

export const phaseSchema = z.object({
  kind: z.enum(['pilot', 'run'], { error: 'must be "pilot" or "run"' }),
  start: contractDate,
  /** Inclusive; null runs to the contract's end. */
  end: contractDate.nullable(),
  priceLines: z.array(priceLineSchema),
  kpiTerms: z.array(kpiTermSchema).default([]),
  atRisk: atRiskSchema.nullable().default(null),
  exclusions: exclusionsSchema.optional(),
});
export type Phase = z.output<typeof phaseSchema>;

/**
 * A version is the whole set of terms from `effectiveFrom` on: the signed contract is the
 * first, each amendment adds one, none is ever edited, so an old month recomputes as billed.
 */
export const contractVersionSchema = z.object({
  effectiveFrom: contractDate,
  reason: nonEmpty,
  phases: z.array(phaseSchema).min(1, { error: 'needs at least one phase' }),
});
export type ContractVersion = z.output<typeof contractVersionSchema>;

export const contractSchema = z.object({
  id: nonEmpty,
  /** How people call it ("Contrat Armor 2026"); the API requires it, files may leave it out. */
  name: nonEmpty.optional(),
  vendorId: nonEmpty,
  activities: z.array(nonEmpty).min(1, { error: 'needs at least one activity' }),
  start: contractDate,
  /** Inclusive; null until notice is given. */
  end: contractDate.nullable(),
  noticeDays: z
    .number()
    .int({ error: 'must be a whole number of days' })
    .min(0, { error: 'cannot be negative' }),
  /** Exit conditions in words (reversibility, handover of data and staff). */
  exitConditions: z.string().trim().optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 code in capitals (EUR, USD...)' }),
  versions: z.array(contractVersionSchema).min(1, { error: 'needs at least one version' }),
});
export type Contract = z.output<typeof contractSchema>;
/** The contract as written in JSON, before defaults are filled in. */
export type ContractInput = z.input<typeof contractSchema>;
