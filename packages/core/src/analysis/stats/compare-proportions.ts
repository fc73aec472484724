import { type Interval, Z_95 } from '../../kpi/rates.ts';
import { fisherExactTwoSided } from './fisher-exact.ts';
import { newcombeInterval } from './newcombe.ts';
import { type Proportion, proportion } from './proportion.ts';
import { twoSidedNormalP } from './special-functions.ts';

/**
 * Which test gave the p-value: Fisher's exact test when a cell of the 2×2 table expects fewer than
 * 5 counts (Cochran's rule: the normal approximation is then unreliable), else the pooled
 * two-proportion z test (the same p-value as Pearson's chi-square without continuity correction).
 */
export type ProportionTest = 'fisher_exact' | 'two_proportion_z';

/** Expected count below which the z test is not trusted. */
export const MIN_EXPECTED_COUNT = 5;

/** p1 − p2 of two independent samples, with its interval, p-value and the test used. */
export interface ProportionComparison {
  readonly first: Proportion;
  readonly second: Proportion;
  /** first.value − second.value; null when a sample is empty (then so are the other figures) */
  readonly difference: number | null;
  /** Newcombe's hybrid score interval */
  readonly interval: Interval | null;
  /** two-sided */
  readonly pValue: number | null;
  readonly test: ProportionTest | null;
  readonly reason?: string;
}

function check(k: number, n: number, name: string): void {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || k > n) {
    throw new Error(`compareProportions: ${name} must be whole numbers with 0 <= k <= n (got ${k} / ${n})`);
  }
}

/** Smallest expected cell count of the 2×2 table under equal proportions. */
export function minExpectedCount(k1: number, n1: number, k2: number, n2: number): number {
  const n = n1 + n2;
  const successes = k1 + k2;
  return (Math.min(n1, n2) * Math.min(successes, n - successes)) / n;
}

function zTestP(k1: number, n1: number, k2: number, n2: number): number {
  const pooled = (k1 + k2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  // se is 0 only when both samples are all successes or all failures: identical, nothing to test.
  if (se === 0) return 1;
  return twoSidedNormalP((k1 / n1 - k2 / n2) / se);
}

/**
 * Compares two independent proportions k1/n1 and k2/n2 (a practice's share among the best agents
 * and the others, a reaction's rate after a practice and without it, one cycle and the next): the
 * difference p1 − p2, its Newcombe 95 % interval, and a two-sided p-value from Fisher's exact test
 * or the z test (see {@link ProportionTest}). Throws on impossible counts.
 */
export function compareProportions(
  k1: number,
  n1: number,
  k2: number,
  n2: number,
  z: number = Z_95,
): ProportionComparison {
  check(k1, n1, 'k1 / n1');
  check(k2, n2, 'k2 / n2');
  const first = proportion(k1, n1, z);
  const second = proportion(k2, n2, z);
  if (n1 === 0 || n2 === 0) {
    const reason = n1 === 0 ? 'the first sample is empty' : 'the second sample is empty';
    return { first, second, difference: null, interval: null, pValue: null, test: null, reason };
  }
  const fisher = minExpectedCount(k1, n1, k2, n2) < MIN_EXPECTED_COUNT;
  return {
    first,
    second,
    difference: k1 / n1 - k2 / n2,
    interval: newcombeInterval(k1, n1, k2, n2, z),
    pValue: fisher ? fisherExactTwoSided(k1, n1 - k1, k2, n2 - k2) : zTestP(k1, n1, k2, n2),
    test: fisher ? 'fisher_exact' : 'two_proportion_z',
  };
}
