import type { CallLinks, SpeakerRole, Transcript } from '../transcript.ts';

/**
 * Types of the French demo corpus generator: calls to "Hélios Énergie" whose practices and
 * customer reactions are known because the generator decided them.
 */

/** The call reasons the generator writes (each has its own phrase bank). */
export const FRENCH_SCENARIOS = ['bill', 'moving', 'payment', 'cancellation', 'upsell'] as const;
/** A call reason of the French demo corpus. */
export type FrenchScenario = (typeof FRENCH_SCENARIOS)[number];

/**
 * An agent's habits: the probability that they do each thing when the call gives them the
 * occasion (a hold, a refusal to make, an offer to place...). 0 never, 1 always.
 */
export interface AgentHabits {
  /** names the company in the greeting */
  greetCompany: number;
  /** opens with an open question ("que puis-je faire pour vous ?") */
  openQuestion: number;
  /** asks for an identifier (contract number, date of birth, address) */
  identity: number;
  /** rephrases the customer's need */
  rephrase: number;
  /** says an empathy phrase */
  empathy: number;
  /** announces a hold before it */
  holdAnnounce: number;
  /** thanks the customer after an announced hold */
  holdThanks: number;
  /** searches in silence for more than 10 s */
  searchSilence: number;
  /** complains about the tool in front of the customer */
  blameTool: number;
  /** talks over a long customer turn */
  interrupt: number;
  /** uses internal acronyms */
  jargon: number;
  /** apologises for the inconvenience */
  apology: number;
  /** gives an alternative after refusing something */
  alternative: number;
  /** argues when the customer contests */
  argue: number;
  /** makes an extra offer */
  offer: number;
  /** makes it before handling the request (given an offer) */
  offerEarly: number;
  /** argues the offer with a customer benefit (given an offer) */
  benefit: number;
  /** summarises before closing */
  summary: number;
  /** asks whether there is anything else */
  furtherHelp: number;
  /** thanks the customer for the call when closing */
  thankCall: number;
  /** says when things will happen */
  nextSteps: number;
  /** proposes instalments or the energy voucher to a customer who struggles to pay */
  paymentPlan: number;
}

/** An agent of the demo: who they are, where they work, and their habits. */
export interface AgentProfile {
  /** stable id, also the agent link of the calls */
  id: string;
  firstName: string;
  /** whether the agent speaks of themself in the feminine (désolée, attendue) */
  feminine: boolean;
  vendor: string;
  site: string;
  habits: AgentHabits;
}

/** What the generator decided a call contains: practice and reaction ids of FRENCH_LIBRARY. */
export interface CallTruth {
  practices: string[];
  reactions: string[];
}

/** One generated call and its ground truth. */
export interface GeneratedCall {
  transcript: Transcript;
  truth: CallTruth;
}

/** What to generate: the call's id and links, its agent, and optionally its reason. */
export interface FrenchCallSpec {
  callId: string;
  links?: CallLinks;
  agentProfile: AgentProfile;
  scenario?: FrenchScenario;
}

/** A planned turn, before timing. */
export interface Line {
  speaker: SpeakerRole;
  text: string;
  /** fixed length in seconds (hold music) */
  seconds?: number;
  /** silence after this line instead of the usual short gap (search, held silence, hesitation) */
  pauseAfter?: number;
  /** starts this many seconds before the previous line ends (planned overtalk) */
  overlap?: number;
  /** what the line realises, for tests (a practice or reaction id, or a step name) */
  tag?: string;
}
