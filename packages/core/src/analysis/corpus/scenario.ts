import type { Bank, Exchange } from './template.ts';
import type { FrenchScenario } from './types.ts';

/** The extra offers an agent may make, each with its own phrasings. */
export type Product = 'maintenance' | 'paperless' | 'option' | 'fixed_price';

/**
 * A call reason's phrase bank. Lines that realise a practice are in the bank named after it
 * (`jargonFinding`, `argue`, `cant`, `alternative`, `nextSteps`, `plan`...); their counterparts
 * (`finding`, `calm`, `vague`, `noPlan`...) and the steps and fillers realise none.
 */
export interface ScenarioBank {
  id: FrenchScenario;
  /** the activity link of its calls */
  activity: string;
  /** the customer's first turn: greets and states the need (long: the one an agent may cut) */
  opener: Bank;
  /** the need restated by the agent after a rephrasing lead (starts with "vous" or "votre") */
  need: Bank;
  /** the agent starts looking something up */
  search: Bank;
  /** what the agent finds, in plain words or with jargon */
  finding: Bank;
  jargonFinding: Bank;
  /** the steps of the request, in order (one exchange drawn per step) */
  steps: readonly (readonly Exchange[])[];
  /** the customer contests; the agent argues, or answers calmly */
  contest: Bank;
  argue: Bank;
  calm: Bank;
  /** the customer asks for something impossible; the agent's refusal; an alternative */
  impossible: Bank;
  cant: Bank;
  alternative: Bank;
  /** after "the customer accepts the refusal" when no alternative comes */
  cantReply: Bank;
  /** why the agent must put the customer on hold, and what they come back with */
  holdReason: Bank;
  holdReturn: Bank;
  /** the request handled, then when things happen (or a vague word) */
  resolution: Bank;
  nextSteps: Bank;
  vague: Bank;
  /** the body of a summary */
  summary: Bank;
  /** offers that fit the call when the customer gave no cue */
  products: readonly Product[];
  /** small talk and questions of the trade that realise no practice */
  fillers: readonly Exchange[];
}
