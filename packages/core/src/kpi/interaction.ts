import type { Channel, Direction } from '../org/vocabulary.ts';

/**
 * How a contact ended, as the source system says it. Short abandons are also derived by the
 * KPI engine from the wait and the contract's threshold; `short_abandoned` is for sources
 * that classify them already.
 */
export const DISPOSITIONS = [
  'answered',
  'abandoned',
  'short_abandoned',
  'vru_only',
  'overflowed',
  'transferred',
  'callback',
  'phantom',
] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** Business results a contact can carry (several at once). */
export const OUTCOMES = ['resolved', 'appointment', 'sale', 'contract_signed', 'complaint'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * One contact, as Vigie computes on it. Instants are local wall-clock times of the contact
 * centre, written `YYYY-MM-DDTHH:MM:SS` without a zone: buckets (interval, day, week) are cut
 * on that local time, which is how call centres report.
 */
export interface Interaction {
  readonly id: string;
  readonly channel: Channel;
  readonly direction: Direction;
  readonly activity: string | null;
  readonly vendor: string | null;
  readonly site: string | null;
  readonly agent: string | null;
  /** for repeat-contact (FCR) detection; null when the caller is unidentified */
  readonly customerId: string | null;
  /** when the contact was offered to agents (joined the queue); sets its interval */
  readonly offeredAt: string;
  readonly answeredAt: string | null;
  readonly endedAt: string | null;
  readonly waitSeconds: number;
  readonly talkSeconds: number;
  readonly holdSeconds: number;
  readonly wrapUpSeconds: number;
  readonly disposition: Disposition;
  /**
   * Reached the agents' queue. VRU-only and phantom contacts are not offered; everything
   * else is, subject to the short-abandon rule of the KPI options.
   */
  readonly offered: boolean;
  readonly outcomes: readonly Outcome[];
}

/** A survey answer: NPS (0-10) or CSAT (1-5), linked to a contact or to a customer and day. */
export interface SurveyAnswer {
  readonly kind: 'nps' | 'csat';
  readonly score: number;
  readonly interactionId: string | null;
  readonly customerId: string | null;
  readonly answeredAt: string;
}
