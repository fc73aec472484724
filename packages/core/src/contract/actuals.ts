import { z } from 'zod';
import { isIsoMonth } from './month-days.ts';
import { contractDate, kpiName, quantity } from './schema-parts.ts';

const count = z.number().int({ error: 'must be a whole number' }).min(0, { error: 'cannot be negative' });

/**
 * What happened in a month, as the statement needs it. Every field a price line reads is
 * optional: a missing one is taken as 0 and said so in the statement's warnings.
 */
export const actualsSchema = z.object({
  month: z.string().refine(isIsoMonth, { error: 'must be a month written YYYY-MM' }),
  /** Handled contacts by channel. */
  volumes: z.record(z.string(), count).optional(),
  minutes: quantity.optional(),
  loggedInHours: quantity.optional(),
  productiveHours: quantity.optional(),
  fte: quantity.optional(),
  /** Outcome counts by outcome code (appointment, sale...). */
  outcomes: z.record(z.string(), count).optional(),
  /** The client's forecast of handled contacts for the month, all channels. */
  forecastVolume: quantity.optional(),
  forecastByChannel: z.record(z.string(), quantity).optional(),
  /** Measured KPIs, on the KPI's scale (ratios 0..1, NPS points, seconds), force majeure days left out. */
  kpis: z.partialRecord(kpiName, z.number().finite()).default({}),
  /** The days left out of the KPI measurement above. */
  excludedDays: z.array(contractDate).optional(),
  /**
   * The handled contacts (by channel) and handle minutes of each day, when known (the database
   * has them). A month split between phases or versions then bills each part on its own days'
   * contacts and minutes instead of a share of the month's by calendar days.
   */
  daily: z
    .record(
      contractDate,
      z.object({ volumes: z.record(z.string(), count).default({}), minutes: quantity.default(0) }),
    )
    .optional(),
});
export type Actuals = z.input<typeof actualsSchema>;
