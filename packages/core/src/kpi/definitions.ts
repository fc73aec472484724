import type { GroupKey } from './group-keys.ts';
import type { KpiOptions } from './options.ts';

/** Every formula of a KPI table, in words, with the option values that shaped it. */
export interface KpiDefinitions {
  readonly grouping: string;
  readonly offered: string;
  readonly answered: string;
  readonly abandoned: string;
  readonly shortAbandoned: string;
  readonly excludedContacts: string;
  readonly answerRate: string;
  readonly abandonRate: string;
  readonly serviceLevel: string;
  readonly serviceLevelVariant: KpiOptions['serviceLevelVariant'];
  readonly asaSeconds: string;
  readonly ahtSeconds: string;
  readonly fcr: string;
  readonly conversion: string;
  readonly occupancy: string;
  readonly rates: string;
}

/**
 * Describes the formulas for `options`. Output carries this so that nobody compares a service
 * level over offered with one over answered without seeing it (DOMAIN.md: "always name the
 * variant").
 */
export function describeKpis(by: readonly GroupKey[], options: KpiOptions): KpiDefinitions {
  const y = options.serviceLevelThresholdSeconds;
  const s = options.shortAbandonSeconds;
  const shortRule = options.excludeShortAbandons
    ? `short abandons (< ${s} s) excluded from offered`
    : `short abandons (< ${s} s) included in offered (but not in abandoned)`;
  const serviceLevel = {
    offered: `answered within ${y} s / offered (COPC), ${shortRule}`,
    answered: `answered within ${y} s / answered (abandons ignored)`,
    'answered-and-late-abandons': `answered within ${y} s / (answered + abandoned after ${y} s), ${shortRule}`,
  }[options.serviceLevelVariant];
  return {
    grouping:
      by.length === 0
        ? 'all contacts in one row'
        : `grouped by ${by.join(', ')}; time buckets cut on the local offeredAt; null dimensions form their own group`,
    offered: `contacts that reached the queue (offered flag; VRU-only and phantom never), ${shortRule}`,
    answered: "disposition 'answered', or 'transferred' with an answer time",
    abandoned: `abandons with a wait of at least ${s} s (short abandons not included)`,
    shortAbandoned: `disposition 'abandoned' with wait < ${s} s, or disposition 'short_abandoned'`,
    excludedContacts:
      'phantom and VRU-only contacts, and contacts not offered, are counted apart and in no rate',
    answerRate: 'answered / offered',
    abandonRate: 'abandoned / offered',
    serviceLevel,
    serviceLevelVariant: options.serviceLevelVariant,
    asaSeconds: 'total wait of answered contacts / answered, in seconds',
    ahtSeconds: 'total (talk + hold + wrap-up) of handled contacts / handled, in seconds; handled = answered',
    fcr:
      `handled contacts (with a customer id) not followed by another offered contact of the same customer ` +
      `strictly after it and strictly before offeredAt + ${options.fcrWindowDays} days (a contact exactly ` +
      `${options.fcrWindowDays} days later is outside), searched over all input whatever its group / ` +
      `handled contacts with a customer id; contacts without one are excluded and counted in fcrExcludedNoCustomer`,
    conversion: "handled contacts with an 'appointment', 'sale' or 'contract_signed' outcome / handled",
    occupancy:
      'total handle time / logged-in time of the agents (from presence records, grouped like the contacts); ' +
      'null when no logged-in time is recorded',
    rates: 'ratios in 0..1 (not %); null with a reason in `reasons` when the denominator is 0',
  };
}
