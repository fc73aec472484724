import type { Disposition, Interaction, Outcome } from './interaction.ts';
import type { KpiOptions } from './options.ts';

/**
 * Where one contact lands in the KPI counts. Exactly one class per contact, so the counts of a
 * group add up: phantom + vruOnly + notOffered + shortAbandoned + (offered − short abandons
 * counted as offered) = contacts.
 */
export type ContactClass =
  /** disposition 'phantom': noise from the switch, counted apart */
  | 'phantom'
  /** disposition 'vru_only': served (or dropped) by the voice server, never reached agents */
  | 'vru_only'
  /** `offered` is false for another reason (e.g. outbound); in no rate */
  | 'not_offered'
  /** an abandon with wait < shortAbandonSeconds, or disposition 'short_abandoned' */
  | 'short_abandoned'
  /** answered by an agent: disposition 'answered', or 'transferred' with an answer time */
  | 'answered'
  /** an abandon that is not short */
  | 'abandoned'
  /** offered but neither answered nor abandoned: overflowed, callback, transferred unanswered */
  | 'offered_other';

/** Outcomes that count as a conversion (DOMAIN.md: appointments, sales). */
export const CONVERSION_OUTCOMES: readonly Outcome[] = ['appointment', 'sale', 'contract_signed'];

/**
 * Classifies a contact. The disposition wins over the `offered` flag for phantom and VRU-only
 * contacts because the model says they are never offered, whatever a source wrote.
 */
export function classifyInteraction(i: Interaction, options: KpiOptions): ContactClass {
  return classifyContact(i.disposition, i.offered, i.waitSeconds, i.answeredAt !== null, options);
}

/**
 * {@link classifyInteraction} from the fields it reads, for a reader that has them as values
 * without an Interaction (`hasAnswerTime`: `answeredAt` is not null).
 */
export function classifyContact(
  disposition: Disposition,
  offered: boolean,
  waitSeconds: number,
  hasAnswerTime: boolean,
  options: KpiOptions,
): ContactClass {
  if (disposition === 'phantom') return 'phantom';
  if (disposition === 'vru_only') return 'vru_only';
  if (!offered) return 'not_offered';
  if (disposition === 'short_abandoned') return 'short_abandoned';
  if (disposition === 'abandoned') {
    return waitSeconds < options.shortAbandonSeconds ? 'short_abandoned' : 'abandoned';
  }
  if (disposition === 'answered') return 'answered';
  // A transfer after an agent picked up was answered here; one without an answer time left the
  // queue unanswered (like an overflow).
  if (disposition === 'transferred' && hasAnswerTime) return 'answered';
  return 'offered_other';
}

/** Bit of {@link outcomeFlags}: a conversion outcome (appointment, sale, signed contract). */
export const OUTCOME_CONVERSION = 1;
/** Bit of {@link outcomeFlags}: the agent tagged the contact resolved. */
export const OUTCOME_RESOLVED = 2;

/**
 * What a contact's outcomes mean for the KPIs, as bits. Both bits say "some outcome is...", so
 * the flags of a list are the OR of the flags of its outcomes taken one by one.
 */
export function outcomeFlags(outcomes: readonly Outcome[]): number {
  let flags = 0;
  if (outcomes.some((o) => CONVERSION_OUTCOMES.includes(o))) flags |= OUTCOME_CONVERSION;
  if (outcomes.includes('resolved')) flags |= OUTCOME_RESOLVED;
  return flags;
}

/** True when the contact counts in Offered under `options` (short abandons per the contract). */
export function countsAsOffered(cls: ContactClass, options: KpiOptions): boolean {
  switch (cls) {
    case 'answered':
    case 'abandoned':
    case 'offered_other':
      return true;
    case 'short_abandoned':
      return !options.excludeShortAbandons;
    default:
      return false;
  }
}
