import { z } from 'zod';
import { cents, nonEmpty, percentage, quantity } from './schema-parts.ts';

const label = nonEmpty.optional();
const channel = nonEmpty.optional();

/** A flat fee per month (pro-rated by days when the month is split). */
const fixedFee = z.object({ kind: z.literal('fixed_fee'), label, amountCents: cents });
const perLoggedInHour = z.object({ kind: z.literal('per_logged_in_hour'), label, unitPriceCents: cents });
const perProductiveHour = z.object({ kind: z.literal('per_productive_hour'), label, unitPriceCents: cents });
/** Per full-time equivalent over the month. */
const perFte = z.object({ kind: z.literal('per_fte'), label, unitPriceCents: cents });
/**
 * Per handled contact, of one channel or of all. Minimum-volume protection sits here because
 * it only means something for a per-contact price: the vendor bills at least
 * `minimumPercentOfForecast` % of the client's forecast, at this line's price.
 */
const perContact = z.object({
  kind: z.literal('per_contact'),
  label,
  channel,
  unitPriceCents: cents,
  minimumPercentOfForecast: percentage.optional(),
});
const perMinute = z.object({ kind: z.literal('per_minute'), label, unitPriceCents: cents });
const perOutcome = z.object({
  kind: z.literal('per_outcome'),
  label,
  outcome: z.string().regex(/^[a-z][a-z0-9_]*$/, {
    error: 'must be an outcome code in snake_case (appointment, sale, contract_signed...)',
  }),
  unitPriceCents: cents,
});
/**
 * Anchored pricing: the baseline volume at the base price, each unit above it at the marginal
 * price above, each unit below it credited at the marginal price below.
 */
const anchored = z.object({
  kind: z.literal('anchored'),
  label,
  measure: z.enum(['contacts', 'minutes', 'logged_in_hours', 'productive_hours']).default('contacts'),
  channel,
  baselineVolume: quantity,
  baseUnitPriceCents: cents,
  aboveUnitPriceCents: cents,
  belowUnitPriceCents: cents,
});

const OPTIONS = [
  fixedFee,
  perLoggedInHour,
  perProductiveHour,
  perFte,
  perContact,
  perMinute,
  perOutcome,
  anchored,
] as const;
export const PRICE_LINE_KINDS = OPTIONS.map((o) => o.shape.kind.value);

export const priceLineSchema = z.discriminatedUnion('kind', OPTIONS, {
  error: (iss) =>
    iss.code === 'invalid_union'
      ? `is not a known price-line kind (known: ${PRICE_LINE_KINDS.join(', ')})`
      : undefined,
});
export type PriceLine = z.output<typeof priceLineSchema>;
export type PriceLineKind = PriceLine['kind'];
export type AnchoredMeasure = Extract<PriceLine, { kind: 'anchored' }>['measure'];
