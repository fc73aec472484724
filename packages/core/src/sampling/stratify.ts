import { requireWhole, SamplingInputError } from './sampling-error.ts';

/**
 * How a sample is spread over the strata (the values of one column, e.g. the agent):
 * - `none`: one simple random sample of all calls;
 * - `proportional`: each stratum gets its share of the sample, so the sample mirrors the population;
 * - `equal`: each stratum gets the same number of calls, to compare strata (e.g. agents) with each
 *   other at the same precision.
 */
export type StrataMode = 'none' | 'proportional' | 'equal';

export const STRATA_MODES: readonly StrataMode[] = ['none', 'proportional', 'equal'];

/** Plain code-unit order: the same in every runtime and locale, unlike localeCompare. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Largest-remainder (Hamilton) apportionment of `size` seats by count. Remainders are compared as
 * exact integer fractions (BigInt): in floating point, equal remainders can differ in the last bit
 * (7/3 − 2 > 4/3 − 1) and hand a seat to the wrong stratum. Ties of remainder go to the key that
 * sorts first. Needs size <= total.
 */
function hamilton(
  keys: readonly string[],
  counts: ReadonlyMap<string, number>,
  size: number,
): Map<string, number> {
  const total = BigInt(keys.reduce((sum, key) => sum + (counts.get(key) ?? 0), 0));
  const out = new Map<string, number>();
  if (total === 0n) {
    for (const key of keys) out.set(key, 0);
    return out;
  }
  const remainders: { key: string; remainder: bigint }[] = [];
  let given = 0;
  for (const key of keys) {
    const numerator = BigInt(size) * BigInt(counts.get(key) ?? 0);
    const seats = Number(numerator / total);
    out.set(key, seats);
    given += seats;
    remainders.push({ key, remainder: numerator % total });
  }
  // Stable sort on keys already in order: equal remainders keep key order.
  remainders.sort((a, b) => (a.remainder > b.remainder ? -1 : a.remainder < b.remainder ? 1 : 0));
  for (let i = 0; i < size - given; i++) {
    const key = remainders[i]?.key as string;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/**
 * `size` split as evenly as the counts allow ("water filling"): every stratum gets min(count, L)
 * for the highest level L that fits, and the few calls left over go one each to the strata that
 * still have calls, in key order. Needs size <= total.
 */
function equalShares(
  keys: readonly string[],
  counts: ReadonlyMap<string, number>,
  size: number,
): Map<string, number> {
  const out = new Map<string, number>();
  // Strata too small to reach the level take all their calls; the smallest first.
  const bySize = [...keys].sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || compareKeys(a, b));
  let left = size;
  let open = bySize.length;
  let next = 0;
  for (; next < bySize.length; next++) {
    const key = bySize[next] as string;
    const count = counts.get(key) ?? 0;
    if (count > Math.floor(left / open)) break;
    out.set(key, count);
    left -= count;
    open--;
  }
  const rest = new Set(bySize.slice(next));
  const level = open === 0 ? 0 : Math.floor(left / open);
  let extra = left - level * open;
  for (const key of keys) {
    if (!rest.has(key)) continue;
    out.set(key, level + (extra > 0 ? 1 : 0));
    extra--;
  }
  return out;
}

/**
 * Raises every stratum to min(minimum, its count), taking the calls needed from the strata with
 * the largest allocations, one at a time, never below their own minimum (among equals, the key
 * that sorts last gives first). When the minimums alone exceed the total, every stratum ends at its
 * minimum and the total is their sum.
 */
function raiseToMinimum(
  keys: readonly string[],
  counts: ReadonlyMap<string, number>,
  allocation: Map<string, number>,
  minimum: number,
): void {
  const floor = (key: string) => Math.min(minimum, counts.get(key) ?? 0);
  let deficit = 0;
  for (const key of keys) {
    const current = allocation.get(key) ?? 0;
    if (current < floor(key)) {
      deficit += floor(key) - current;
      allocation.set(key, floor(key));
    }
  }
  for (; deficit > 0; deficit--) {
    let donor: string | null = null;
    for (const key of keys) {
      const current = allocation.get(key) ?? 0;
      if (current > floor(key) && (donor === null || current >= (allocation.get(donor) ?? 0))) donor = key;
    }
    if (donor === null) return;
    allocation.set(donor, (allocation.get(donor) ?? 0) - 1);
  }
}

/**
 * How many calls each stratum gets, from the number of calls per stratum (`counts`). Never more
 * than a stratum's count; the total is min(size, population), except that `minPerStratum` (in
 * `proportional` and `equal`) can raise it to the sum of the minimums when those alone exceed
 * `size`. Each stratum's minimum is min(minPerStratum, its count). Ties are broken by key order,
 * so the result depends only on the counts. In `none` mode the result is a single pseudo-stratum
 * with key '' holding min(size, population); `minPerStratum` is then ignored.
 */
export function allocate(
  counts: ReadonlyMap<string, number>,
  size: number,
  mode: StrataMode,
  minPerStratum = 0,
): Map<string, number> {
  requireWhole('size', size);
  requireWhole('minPerStratum', minPerStratum);
  if (!STRATA_MODES.includes(mode)) {
    throw new SamplingInputError('strata', `strata must be one of ${STRATA_MODES.join(', ')}, got ${mode}`);
  }
  let total = 0;
  for (const [key, count] of counts) {
    requireWhole('population', count, 0, `The population of stratum "${key}"`);
    total += count;
  }
  const drawn = Math.min(size, total);
  if (mode === 'none') return new Map([['', drawn]]);
  const keys = [...counts.keys()].sort(compareKeys);
  const allocation =
    mode === 'proportional' ? hamilton(keys, counts, drawn) : equalShares(keys, counts, drawn);
  if (minPerStratum > 0) raiseToMinimum(keys, counts, allocation, minPerStratum);
  return allocation;
}
