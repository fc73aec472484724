import { CONVERSION_OUTCOMES, type ContactClass, classifyInteraction, countsAsOffered } from './classify.ts';
import type { Interaction } from './interaction.ts';
import type { KpiOptions } from './options.ts';

/**
 * What one contact adds to each of the `KpiCounts`, decided once when it is stored: the
 * database then only sums these flags into its rollups. The rules are those of
 * `GroupAccumulator.add` (a test checks both give the same counts); FCR alone is decided later,
 * from the time to the customer's next contact.
 */
export interface ContactFlags {
  readonly kpiClass: ContactClass;
  /** counts in Offered (a repeat candidate for FCR too) */
  readonly countedOffered: boolean;
  /** answered with wait <= Y */
  readonly withinThreshold: boolean;
  /** abandoned (not short) with wait > Y */
  readonly lateAbandon: boolean;
  /** talk + hold + wrap-up of an answered contact, else 0 */
  readonly handleSeconds: number;
  /** answered with a conversion outcome */
  readonly conversion: boolean;
  /** answered and tagged resolved */
  readonly resolved: boolean;
}

export function contactFlags(i: Interaction, options: KpiOptions): ContactFlags {
  const kpiClass = classifyInteraction(i, options);
  const answered = kpiClass === 'answered';
  const y = options.serviceLevelThresholdSeconds;
  return {
    kpiClass,
    countedOffered: countsAsOffered(kpiClass, options),
    withinThreshold: answered && i.waitSeconds <= y,
    lateAbandon: kpiClass === 'abandoned' && i.waitSeconds > y,
    handleSeconds: answered ? i.talkSeconds + i.holdSeconds + i.wrapUpSeconds : 0,
    conversion: answered && i.outcomes.some((o) => CONVERSION_OUTCOMES.includes(o)),
    resolved: answered && i.outcomes.includes('resolved'),
  };
}
