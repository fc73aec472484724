import { z } from 'zod';
import { isoDay } from '../iso-day.ts';

const ids = z.array(z.string().min(1)).max(500);

/**
 * Which stored calls a plan samples from. Dispositions and outcomes are those of the contact
 * record a call is linked to (calls without one are then left out).
 */
export const populationSchema = z
  .object({
    vendorId: z.string().min(1).optional(),
    siteIds: ids.optional(),
    activityIds: ids.optional(),
    agents: ids.optional(),
    from: isoDay.optional(),
    to: isoDay.optional(),
    minSeconds: z.number().nonnegative().optional(),
    maxSeconds: z.number().positive().optional(),
    dispositions: ids.optional(),
    outcomes: ids.optional(),
    /** leave out calls already drawn in an earlier sample of the workspace */
    excludeSampled: z.boolean().default(false),
  })
  .refine((p) => !p.from || !p.to || p.from <= p.to, { error: 'from is after to', path: ['to'] })
  .refine((p) => p.minSeconds === undefined || p.maxSeconds === undefined || p.minSeconds < p.maxSeconds, {
    error: 'minSeconds must be below maxSeconds',
    path: ['maxSeconds'],
  });
export type Population = z.output<typeof populationSchema>;

/** How many calls: a given number, or enough for a margin of error on a proportion. */
export const sizeSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('fixed'), size: z.number().int().min(1).max(100_000) }),
  z.object({
    mode: z.literal('margin'),
    margin: z.number().gt(0).max(0.5),
    confidence: z.number().gt(0.5).lt(1),
  }),
]);
export type SizeSpec = z.output<typeof sizeSchema>;

export const STRATA_BY = ['none', 'vendor', 'site', 'activity', 'agent'] as const;
export type StrataBy = (typeof STRATA_BY)[number];

export const strataSchema = z.object({
  by: z.enum(STRATA_BY).default('none'),
  mode: z.enum(['proportional', 'equal']).default('proportional'),
  minPerStratum: z.number().int().min(0).max(1000).default(0),
});
export type StrataSpec = z.output<typeof strataSchema>;

export const createPlanSchema = z.object({
  name: z.string().trim().min(1).max(200),
  population: populationSchema,
  size: sizeSchema,
  strata: strataSchema.default({ by: 'none', mode: 'proportional', minPerStratum: 0 }),
  /** whole number; drawn at random and shown when not given */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
});
export type CreatePlanRequest = z.input<typeof createPlanSchema>;
