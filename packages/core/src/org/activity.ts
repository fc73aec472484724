import { z } from 'zod';
import type { RuleIssue } from '../shared/rule-issue.ts';
import { checkOpeningHours, openingHoursSchema } from './opening-hours.ts';
import { channelSchema, directionSchema, languagesSchema } from './vocabulary.ts';

/** A flow or queue of contacts, e.g. "Customer service - phone". */
export const activityInputSchema = z.object({
  name: z.string().trim().min(1, 'Required').max(120),
  channel: channelSchema,
  direction: directionSchema.default('inbound'),
  languages: languagesSchema,
  openingHours: openingHoursSchema.default({}),
});
export type ActivityInput = z.infer<typeof activityInputSchema>;

/** The business rules of an activity that its shape alone does not say (422 when broken). */
export function checkActivity(input: ActivityInput): RuleIssue[] {
  return checkOpeningHours(input.openingHours, ['openingHours']);
}

export const activitySchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  name: z.string(),
  channel: channelSchema,
  direction: directionSchema,
  languages: z.array(z.string()),
  openingHours: openingHoursSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Activity = z.infer<typeof activitySchema>;
