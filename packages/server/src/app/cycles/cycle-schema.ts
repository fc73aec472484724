import { COACHING_THEMES } from '@vigie/core';
import { z } from 'zod';
import { isoDay } from '../iso-day.ts';

export const objectiveSchema = z.object({
  practiceId: z.string().min(1),
  direction: z.enum(['at_least', 'at_most']),
  /** the rate of calls with the practice to reach, 0..1 */
  target: z.number().min(0).max(1),
});

export const createCycleSchema = z
  .object({
    vendorId: z.string().min(1),
    siteId: z.string().min(1).nullable().optional(),
    focusTheme: z.enum(COACHING_THEMES),
    startsOn: isoDay,
    endsOn: isoDay,
    objectives: z.array(objectiveSchema).min(1).max(20),
    /** the run whose figures the objectives start from (the report's run) */
    baselineRunId: z.string().min(1).nullable().optional(),
    reportId: z.string().min(1).nullable().optional(),
  })
  .refine((c) => c.startsOn <= c.endsOn, { error: 'the cycle ends before it starts', path: ['endsOn'] });
export type CreateCycleRequest = z.input<typeof createCycleSchema>;

export const updateCycleSchema = z.object({
  objectives: z.array(objectiveSchema).min(1).max(20).optional(),
  endsOn: isoDay.optional(),
  /** the run over a new sample that measures the change */
  measureRunId: z.string().min(1).nullable().optional(),
  reportId: z.string().min(1).nullable().optional(),
});

export const actionSchema = z.object({
  text: z.string().trim().min(1).max(2000),
  owner: z.string().trim().min(1).max(200),
  dueOn: isoDay,
});

export const actionUpdateSchema = z.object({
  text: z.string().trim().min(1).max(2000).optional(),
  owner: z.string().trim().min(1).max(200).optional(),
  dueOn: isoDay.optional(),
  status: z.enum(['open', 'done']).optional(),
  comment: z.string().max(5000).optional(),
});
