import type { KpiOptions } from './options.ts';

/** Names of the rates of a row; a null rate has its reason under this name in `reasons`. */
export type KpiRateName =
  | 'answerRate'
  | 'abandonRate'
  | 'serviceLevel'
  | 'asaSeconds'
  | 'ahtSeconds'
  | 'fcr'
  | 'conversion'
  | 'occupancy';

/**
 * The additive counts and sums every KPI is a ratio of. A group of the streaming engine
 * (`GroupAccumulator`) and a stored rollup row are both `KpiCounts`, so figures from a file and
 * figures from the database go through the same {@link kpiMetrics}.
 */
export interface KpiCounts {
  contacts: number;
  offered: number;
  answered: number;
  /** abandons that are not short */
  abandoned: number;
  shortAbandoned: number;
  vruOnly: number;
  phantom: number;
  notOffered: number;
  /** answered with wait <= Y */
  answeredWithinThreshold: number;
  /** abandoned (not short) with wait > Y */
  abandonedAfterThreshold: number;
  totalAnswerWaitSeconds: number;
  handled: number;
  totalHandleSeconds: number;
  conversions: number;
  resolved: number;
  /** handled contacts with a customer id */
  fcrEligible: number;
  /** of those, followed by a repeat within the window */
  fcrRepeated: number;
  /** handled contacts without customer id */
  fcrNoCustomer: number;
  /** agents' logged-in seconds, from presence records (0 when none are given) */
  loggedInSeconds: number;
}

export const KPI_COUNT_FIELDS = [
  'contacts',
  'offered',
  'answered',
  'abandoned',
  'shortAbandoned',
  'vruOnly',
  'phantom',
  'notOffered',
  'answeredWithinThreshold',
  'abandonedAfterThreshold',
  'totalAnswerWaitSeconds',
  'handled',
  'totalHandleSeconds',
  'conversions',
  'resolved',
  'fcrEligible',
  'fcrRepeated',
  'fcrNoCustomer',
  'loggedInSeconds',
] as const satisfies readonly (keyof KpiCounts)[];

/** All-zero counts, to add partial counts into. */
export function emptyKpiCounts(): KpiCounts {
  const c = {} as KpiCounts;
  for (const f of KPI_COUNT_FIELDS) c[f] = 0;
  return c;
}

/** Adds `from` into `into` field by field (counts of disjoint sets of contacts). */
export function addKpiCounts(into: KpiCounts, from: Readonly<KpiCounts>): void {
  for (const f of KPI_COUNT_FIELDS) into[f] += from[f];
}

/** The figures of one group. Rates are ratios 0..1 (ASA and AHT are seconds), null when undefined. */
export interface KpiMetrics {
  /** every contact of the group, whatever its class */
  contacts: number;
  offered: number;
  answered: number;
  abandoned: number;
  shortAbandoned: number;
  vruOnly: number;
  phantom: number;
  /** `offered` false and neither VRU-only nor phantom (e.g. outbound) */
  notOffered: number;
  /** = answered (DOMAIN.md AHT) */
  handled: number;
  answeredWithinThreshold: number;
  abandonedAfterThreshold: number;
  answerRate: number | null;
  abandonRate: number | null;
  serviceLevel: number | null;
  /** denominator of the chosen service-level variant */
  serviceLevelN: number;
  asaSeconds: number | null;
  ahtSeconds: number | null;
  fcr: number | null;
  /** handled contacts with a customer id (FCR denominator) */
  fcrN: number;
  /** of those, followed by a repeat within the window */
  fcrRepeated: number;
  /** handled contacts left out of FCR for want of a customer id */
  fcrExcludedNoCustomer: number;
  conversion: number | null;
  conversions: number;
  /** handled contacts tagged 'resolved' by the agent (shown, not used by FCR) */
  resolved: number;
  /** handle time / logged-in time; null without presence records */
  occupancy: number | null;
  loggedInSeconds: number;
  /** why each null rate is null */
  reasons: Partial<Record<KpiRateName, string>>;
}

/** The figures of a group from its counts, per DOMAIN.md; a rate over an empty denominator is null with a reason. */
export function kpiMetrics(a: Readonly<KpiCounts>, options: KpiOptions): KpiMetrics {
  const reasons: Partial<Record<KpiRateName, string>> = {};
  const ratio = (name: KpiRateName, num: number, den: number, reason: string): number | null => {
    if (den > 0) return num / den;
    reasons[name] = reason;
    return null;
  };
  const y = options.serviceLevelThresholdSeconds;
  const slDen = {
    offered: { n: a.offered, reason: 'no offered contacts' },
    answered: { n: a.answered, reason: 'no answered contacts' },
    'answered-and-late-abandons': {
      n: a.answered + a.abandonedAfterThreshold,
      reason: `no answered contacts and no abandons after ${y} s`,
    },
  }[options.serviceLevelVariant];
  const fcrReason =
    a.handled === 0
      ? 'no handled contacts'
      : `no handled contact has a customer id (${a.fcrNoCustomer} excluded)`;
  return {
    contacts: a.contacts,
    offered: a.offered,
    answered: a.answered,
    abandoned: a.abandoned,
    shortAbandoned: a.shortAbandoned,
    vruOnly: a.vruOnly,
    phantom: a.phantom,
    notOffered: a.notOffered,
    handled: a.handled,
    answeredWithinThreshold: a.answeredWithinThreshold,
    abandonedAfterThreshold: a.abandonedAfterThreshold,
    answerRate: ratio('answerRate', a.answered, a.offered, 'no offered contacts'),
    abandonRate: ratio('abandonRate', a.abandoned, a.offered, 'no offered contacts'),
    serviceLevel: ratio('serviceLevel', a.answeredWithinThreshold, slDen.n, slDen.reason),
    serviceLevelN: slDen.n,
    asaSeconds: ratio('asaSeconds', a.totalAnswerWaitSeconds, a.answered, 'no answered contacts'),
    ahtSeconds: ratio('ahtSeconds', a.totalHandleSeconds, a.handled, 'no handled contacts'),
    fcr: ratio('fcr', a.fcrEligible - a.fcrRepeated, a.fcrEligible, fcrReason),
    fcrN: a.fcrEligible,
    fcrRepeated: a.fcrRepeated,
    fcrExcludedNoCustomer: a.fcrNoCustomer,
    conversion: ratio('conversion', a.conversions, a.handled, 'no handled contacts'),
    conversions: a.conversions,
    resolved: a.resolved,
    occupancy: ratio('occupancy', a.totalHandleSeconds, a.loggedInSeconds, 'no logged-in time recorded'),
    loggedInSeconds: a.loggedInSeconds,
    reasons,
  };
}
