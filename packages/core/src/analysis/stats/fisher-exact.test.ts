import { describe, expect, it } from 'vitest';
import { fisherExactTwoSided } from './fisher-exact.ts';

/**
 * An independent reference straight from the hypergeometric distribution, in exact integers: with
 * margins fixed, table k has weight C(row1, k) C(row2, col1 − k) out of C(n, col1); the p-value sums
 * the weights no larger than the observed table's. Only usable for small tables.
 */
function choose(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let r = 1n;
  for (let i = 1n; i <= BigInt(k); i++) r = (r * (BigInt(n) - BigInt(k) + i)) / i;
  return r;
}
function exactReference(a: number, b: number, c: number, d: number): number {
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const observed = choose(row1, a) * choose(row2, c);
  let sum = 0n;
  for (let k = Math.max(0, col1 - row2); k <= Math.min(row1, col1); k++) {
    const weight = choose(row1, k) * choose(row2, col1 - k);
    if (weight <= observed) sum += weight;
  }
  return Number((sum * 10n ** 15n) / choose(row1 + row2, col1)) / 1e15;
}

describe('fisherExactTwoSided', () => {
  it("gives Fisher's tea-tasting p-value: 34/70 = 0.4857", () => {
    // margins 4/4/4/4: weights 1, 16, 36, 16, 1 of 70; observed 3 has 16, so 1 + 16 + 16 + 1
    expect(fisherExactTwoSided(3, 1, 1, 3)).toBeCloseTo(34 / 70, 12);
    expect(fisherExactTwoSided(3, 1, 1, 3)).toBeCloseTo(0.4857, 4);
  });
  it("matches R's fisher.test on the dieting table 1 9 / 11 3 (p = 0.002759)", () => {
    expect(fisherExactTwoSided(1, 9, 11, 3)).toBeCloseTo(0.002759, 6);
  });
  it('agrees with the exact-integer hypergeometric reference', () => {
    const tables: [number, number, number, number][] = [
      [0, 5, 5, 0], // 2 / 252 = 0.007937
      [2, 7, 8, 2],
      [10, 20, 30, 40],
      [7, 12, 0, 5],
      [5, 51, 0, 29],
      [1, 0, 0, 1],
      [0, 0, 4, 6],
    ];
    for (const t of tables) expect(fisherExactTwoSided(...t)).toBeCloseTo(exactReference(...t), 10);
    expect(fisherExactTwoSided(0, 5, 5, 0)).toBeCloseTo(2 / 252, 12);
  });
  it('is 1 when nothing can differ (an empty margin)', () => {
    expect(fisherExactTwoSided(0, 10, 0, 20)).toBe(1);
    expect(fisherExactTwoSided(0, 0, 0, 0)).toBe(1);
  });
  it('is symmetric in rows and columns', () => {
    const p = fisherExactTwoSided(2, 7, 8, 2);
    expect(fisherExactTwoSided(8, 2, 2, 7)).toBeCloseTo(p, 12);
    expect(fisherExactTwoSided(7, 2, 2, 8)).toBeCloseTo(p, 12);
  });
  it('stays accurate with a million calls per row', () => {
    // ln(2·10⁶!) ≈ 2.7·10⁷, so log-factorial differences lose ~1e-8 in relative terms: far below
    // the p-value's shown digits, and below the 1e-7 tie tolerance, so equal tables stay tied.
    // Rows 10⁶ / 10⁶, 2 successes: P(0) = P(2) = C(10⁶, 2) / C(2·10⁶, 2), so
    // p = 2 P(2) = 999,999 / 1,999,999 (without the tie it would be half that).
    expect(fisherExactTwoSided(2, 999_998, 0, 1_000_000)).toBeCloseTo(999_999 / 1_999_999, 7);
    // 3 successes, all in row 2: p = P(0) + P(3) = (999,999 / 1,999,999)(999,998 / 1,999,998)
    expect(fisherExactTwoSided(0, 1_000_000, 3, 999_997)).toBeCloseTo(
      (999_999 / 1_999_999) * (999_998 / 1_999_998),
      7,
    );
  });
  it('refuses negative or fractional counts', () => {
    expect(() => fisherExactTwoSided(-1, 2, 3, 4)).toThrow(/whole number/);
    expect(() => fisherExactTwoSided(1, 2.5, 3, 4)).toThrow(/whole number/);
  });
});
