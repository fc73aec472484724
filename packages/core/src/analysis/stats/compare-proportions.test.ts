import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../kpi/rates.ts';
import { compareProportions, minExpectedCount } from './compare-proportions.ts';
import { newcombeInterval } from './newcombe.ts';
import { proportion } from './proportion.ts';

describe('proportion', () => {
  it('carries k, n and the Wilson interval of kpi/rates (8 / 10: 0.49016 to 0.94332)', () => {
    const p = proportion(8, 10);
    expect(p).toEqual({ k: 8, n: 10, value: 0.8, interval: wilsonInterval(8, 10) });
    expect(p.interval?.low).toBeCloseTo(0.49016, 4);
    expect(p.interval?.high).toBeCloseTo(0.94332, 4);
  });
  it('is null, not 0, over no calls', () => {
    expect(proportion(0, 0)).toEqual({ k: 0, n: 0, value: null, interval: null });
  });
});

describe('compareProportions', () => {
  it('uses the z test on large cells: 56/70 vs 48/80', () => {
    // pooled p = 104/150 = 0.693333; se = √(0.693333 × 0.306667 × (1/70 + 1/80)) = 0.0754668;
    // z = 0.2 / 0.0754668 = 2.65017 (chi-square 7.0234); two-sided p = erfc(z/√2) = 0.0080451
    const c = compareProportions(56, 70, 48, 80);
    expect(c.test).toBe('two_proportion_z');
    expect(c.difference).toBeCloseTo(0.2, 12);
    expect(c.pValue).toBeCloseTo(0.0080451, 6);
    expect(c.interval).toEqual(newcombeInterval(56, 70, 48, 80));
    expect(c.first).toEqual(proportion(56, 70));
    expect(c.second).toEqual(proportion(48, 80));
  });

  it("uses Fisher's exact test when a cell expects fewer than 5: 3/4 vs 1/4", () => {
    const c = compareProportions(3, 4, 1, 4);
    expect(c.test).toBe('fisher_exact');
    expect(c.pValue).toBeCloseTo(34 / 70, 12);
    expect(c.difference).toBe(0.5);
  });

  it('switches at an expected count of exactly 5 (Cochran)', () => {
    // 10 + 10 calls, 10 successes: every cell expects 10 × 10 / 20 = 5 → z test
    expect(minExpectedCount(6, 10, 4, 10)).toBe(5);
    expect(compareProportions(6, 10, 4, 10).test).toBe('two_proportion_z');
    // 9 successes: the smallest cells expect 10 × 9 / 20 = 4.5 → Fisher
    expect(minExpectedCount(6, 10, 3, 10)).toBe(4.5);
    expect(compareProportions(6, 10, 3, 10).test).toBe('fisher_exact');
  });

  it('finds nothing to test between identical all-or-nothing samples', () => {
    expect(compareProportions(0, 500, 0, 800).pValue).toBe(1);
    const all = compareProportions(100, 100, 100, 100);
    expect(all.pValue).toBe(1);
    expect(all.difference).toBe(0);
  });

  it('says so when a sample is empty, with nulls rather than 0', () => {
    const c = compareProportions(3, 10, 0, 0);
    expect(c).toMatchObject({ difference: null, interval: null, pValue: null, test: null });
    expect(c.reason).toMatch(/second sample is empty/);
    expect(c.second.n).toBe(0);
  });

  it('refuses impossible counts', () => {
    expect(() => compareProportions(11, 10, 1, 10)).toThrow(/0 <= k <= n/);
    expect(() => compareProportions(1, 10, 1.5, 10)).toThrow(/whole numbers/);
  });
});
