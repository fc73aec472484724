import type { Interaction, Outcome } from './interaction.ts';
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
  if (i.disposition === 'phantom') return 'phantom';
  if (i.disposition === 'vru_only') return 'vru_only';
  if (!i.offered) return 'not_offered';
  if (i.disposition === 'short_abandoned') return 'short_abandoned';
  if (i.disposition === 'abandoned') {
    return i.waitSeconds < options.shortAbandonSeconds ? 'short_abandoned' : 'abandoned';
  }
  if (i.disposition === 'answered') return 'answered';
  // A transfer after an agent picked up was answered here; one without an answer time left the
  // queue unanswered (like an overflow).
  if (i.disposition === 'transferred' && i.answeredAt !== null) return 'answered';
  return 'offered_other';
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
