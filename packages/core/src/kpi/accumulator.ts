import {
  type ContactClass,
  countsAsOffered,
  OUTCOME_CONVERSION,
  OUTCOME_RESOLVED,
  outcomeFlags,
} from './classify.ts';
import type { Interaction } from './interaction.ts';
import type { KpiCounts } from './metrics.ts';
import type { KpiOptions } from './options.ts';

/**
 * Running counts and sums of one group. O(1) memory: every KPI except FCR is a ratio of sums,
 * so a group never keeps its contacts. FCR repeats are found over the whole stream by
 * `FcrTracker`, which then feeds `fcrEligible` / `fcrRepeated` here.
 */
export class GroupAccumulator implements KpiCounts {
  /** every contact seen, whatever its class */
  contacts = 0;
  offered = 0;
  answered = 0;
  /** abandons that are not short */
  abandoned = 0;
  shortAbandoned = 0;
  vruOnly = 0;
  phantom = 0;
  notOffered = 0;
  /** answered with wait <= Y (inclusive: "at most Y seconds") */
  answeredWithinThreshold = 0;
  /** abandoned (not short) with wait > Y, for the 'answered-and-late-abandons' variant */
  abandonedAfterThreshold = 0;
  totalAnswerWaitSeconds = 0;
  /** handled = answered contacts (DOMAIN.md AHT) */
  handled = 0;
  totalHandleSeconds = 0;
  /** handled contacts with at least one conversion outcome (counted once per contact) */
  conversions = 0;
  /** handled contacts carrying the 'resolved' outcome (agent-declared; FCR does not use it) */
  resolved = 0;
  /** handled contacts with a customer id: the FCR denominator */
  fcrEligible = 0;
  /** of those, followed by a repeat within the window */
  fcrRepeated = 0;
  /** handled contacts without customer id, left out of FCR */
  fcrNoCustomer = 0;
  /** agents' logged-in seconds (presence records), the occupancy denominator */
  loggedInSeconds = 0;

  constructor(private readonly options: KpiOptions) {}

  /** Adds one contact already classified by `classifyInteraction`. */
  add(i: Interaction, cls: ContactClass): void {
    this.addClassified(
      cls,
      i.waitSeconds,
      i.talkSeconds,
      i.holdSeconds,
      i.wrapUpSeconds,
      cls === 'answered' && i.outcomes.length > 0 ? outcomeFlags(i.outcomes) : 0,
      i.customerId !== null,
    );
  }

  /**
   * {@link add} from the values it reads (`flags`: {@link outcomeFlags} of the outcomes), for a
   * reader that has them without an Interaction.
   */
  addClassified(
    cls: ContactClass,
    waitSeconds: number,
    talkSeconds: number,
    holdSeconds: number,
    wrapUpSeconds: number,
    flags: number,
    hasCustomer: boolean,
  ): void {
    this.contacts++;
    const y = this.options.serviceLevelThresholdSeconds;
    if (countsAsOffered(cls, this.options)) this.offered++;
    switch (cls) {
      case 'phantom':
        this.phantom++;
        return;
      case 'vru_only':
        this.vruOnly++;
        return;
      case 'not_offered':
        this.notOffered++;
        return;
      case 'short_abandoned':
        this.shortAbandoned++;
        return;
      case 'abandoned':
        this.abandoned++;
        if (waitSeconds > y) this.abandonedAfterThreshold++;
        return;
      case 'offered_other':
        return;
      case 'answered':
        this.answered++;
        if (waitSeconds <= y) this.answeredWithinThreshold++;
        this.totalAnswerWaitSeconds += waitSeconds;
        this.handled++;
        this.totalHandleSeconds += talkSeconds + holdSeconds + wrapUpSeconds;
        if ((flags & OUTCOME_CONVERSION) !== 0) this.conversions++;
        if ((flags & OUTCOME_RESOLVED) !== 0) this.resolved++;
        if (!hasCustomer) this.fcrNoCustomer++;
        return;
    }
  }
}
