import { z } from 'zod';
import { isIsoDate } from '../shared/dates.ts';
import { CONTRACT_KPI_NAMES } from './kpi-catalog.ts';

// Messages are predicates ("must be ..."): validate-contract.ts puts the field name in front,
// so every message names its field.

/** Money: a whole, non-negative number of cents. */
export const cents = z
  .number()
  .int({ error: 'must be a whole number of cents (an integer, e.g. 2550 for 25.50)' })
  .min(0, { error: 'cannot be negative' });

/** Money that may be negative (a malus step). */
export const signedCents = z
  .number()
  .int({ error: 'must be a whole number of cents (an integer, e.g. -50000 for -500.00)' });

/** A percentage written 0..100 (12.5 for 12.5 %). */
export const percentage = z
  .number()
  .min(0, { error: 'cannot be negative' })
  .max(100, { error: 'must be a percentage from 0 to 100 (12.5 for 12.5 %)' });

export const quantity = z.number().finite().min(0, { error: 'cannot be negative' });

export const contractDate = z
  .string()
  .refine(isIsoDate, { error: 'must be a real calendar date written YYYY-MM-DD' });

export const kpiName = z.enum(CONTRACT_KPI_NAMES, {
  error: (iss) =>
    `is not a known KPI: ${JSON.stringify(iss.input)} (known: ${CONTRACT_KPI_NAMES.join(', ')})`,
});

export const nonEmpty = z.string().trim().min(1, { error: 'cannot be empty' });
