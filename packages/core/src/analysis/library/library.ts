import { z } from 'zod';

/**
 * A practice library (issue 5): the named rules Vigie runs over calls. Practices are what agents do
 * (good or bad), grouped by the six coaching themes of DOMAIN.md; reactions are what customers do;
 * definitions are building blocks other rules reference with `@id` and are never reported.
 */

export const COACHING_THEMES = [
  'phone_tool',
  'structured_conversation',
  'relational_quality',
  'difficult_situations',
  'proactivity',
  'business_procedures',
] as const;
export type CoachingTheme = (typeof COACHING_THEMES)[number];

export const RULE_KINDS = ['practice', 'reaction', 'definition'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/**
 * How many seconds a practice costs in a call that has it:
 * - `none`: it costs no time (a greeting, a missing summary);
 * - `span`: the time spans of its hits, overlaps counted once (a silence, a hold, a sequence from
 *   announcement to return);
 * - `turns`: the whole turns its hits are in (arguing with the customer costs the argument);
 * - `hold`: the call's whole hold time (a hold without announcement costs all of it).
 */
export const COST_MEASURES = ['none', 'span', 'turns', 'hold'] as const;
export type CostMeasure = (typeof COST_MEASURES)[number];

const ruleId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, { error: 'must be lower-case letters, digits and _ and start with a letter' });

const bilingual = z.object({ fr: z.string().trim().min(1), en: z.string().trim().min(1) });

export const libraryRuleSchema = z.object({
  id: ruleId,
  kind: z.enum(RULE_KINDS),
  /** practices only */
  theme: z.enum(COACHING_THEMES).optional(),
  /** practices only: a good practice to generalise, or a bad one to reduce */
  polarity: z.enum(['good', 'bad']).optional(),
  label: bilingual,
  description: bilingual.optional(),
  /** the rule, in the rule language of docs/rule-language.md */
  rule: z.string().trim().min(1, { error: 'cannot be empty' }),
  /** practices only; default `none` */
  cost: z.enum(COST_MEASURES).optional(),
});
export type LibraryRule = z.output<typeof libraryRuleSchema>;

export const librarySchema = z.object({
  id: ruleId,
  /** language of the calls it is written for (its phrases) */
  language: z.string().regex(/^[a-z]{2,3}$/),
  name: bilingual,
  description: bilingual.optional(),
  rules: z.array(libraryRuleSchema).min(1),
});
export type Library = z.output<typeof librarySchema>;
