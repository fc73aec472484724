import { describe, expect, it } from 'vitest';
import { logFactorial, twoSidedNormalP } from './special-functions.ts';

describe('logFactorial', () => {
  it('is exact for small n', () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(1)).toBe(0);
    expect(logFactorial(5)).toBeCloseTo(Math.log(120), 12);
    expect(logFactorial(10)).toBeCloseTo(Math.log(3628800), 12);
  });
  it('joins the table and Stirling series seamlessly', () => {
    // ln 1024! − ln 1023! = ln 1024, the first step computed by the series
    expect(logFactorial(1024) - logFactorial(1023)).toBeCloseTo(Math.log(1024), 9);
    expect(logFactorial(5000) - logFactorial(4999)).toBeCloseTo(Math.log(5000), 8);
  });
  it('is accurate in the millions', () => {
    // 1,000,000! ≈ 8.2639316883 × 10^5565708, so log10 = 5565708.917186718 and ln = that × ln 10
    expect(logFactorial(1_000_000)).toBeCloseTo(5565708.917186718 * Math.LN10, 5);
  });
  it('refuses what is not a whole number >= 0', () => {
    expect(() => logFactorial(-1)).toThrow(/whole number/);
    expect(() => logFactorial(2.5)).toThrow(/whole number/);
  });
});

describe('twoSidedNormalP', () => {
  const close = (actual: number, expected: number) =>
    expect(Math.abs(actual / expected - 1)).toBeLessThan(2e-7);
  it('matches the normal table', () => {
    expect(twoSidedNormalP(0)).toBe(1);
    close(twoSidedNormalP(1), 0.3173105079);
    close(twoSidedNormalP(1.959964), 0.05);
    close(twoSidedNormalP(2), 0.0455002639);
    close(twoSidedNormalP(3), 0.0026997961);
  });
  it('keeps its relative precision far in the tail and is symmetric', () => {
    close(twoSidedNormalP(5), 5.733031438e-7);
    expect(twoSidedNormalP(-2)).toBe(twoSidedNormalP(2));
  });
});
