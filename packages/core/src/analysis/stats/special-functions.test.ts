import { describe, expect, it } from 'vitest';
import {
  chiSquareSurvival,
  logFactorial,
  logGamma,
  normalQuantile,
  twoSidedNormalP,
} from './special-functions.ts';

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

describe('normalQuantile', () => {
  // Reference values: scipy.stats.norm.ppf (double precision).
  it('matches the normal table to 1e-9 in the centre and both tails', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489004, 12);
    expect(normalQuantile(0.9)).toBeCloseTo(1.2815515655446004, 12);
    expect(normalQuantile(0.3)).toBeCloseTo(-0.5244005127080409, 12);
    // either side of the split between the central and the tail fits (|p - 0.5| = 0.425)
    expect(normalQuantile(0.075)).toBeCloseTo(-1.4395314709384563, 12);
    expect(normalQuantile(0.0749)).toBeCloseTo(-1.4402382675279635, 12);
    expect(normalQuantile(0.999999)).toBeCloseTo(4.753424308817087, 10);
  });
  it('stays accurate far in the tail, beyond r = 5 (p < 1.4e-11)', () => {
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 10);
    expect(normalQuantile(1e-20)).toBeCloseTo(-9.262340089798409, 10);
    expect(normalQuantile(1e-300)).toBeCloseTo(-37.0470962993612, 9);
  });
  it('is antisymmetric and inverts the two-sided normal tail', () => {
    expect(normalQuantile(0.025)).toBeCloseTo(-normalQuantile(0.975), 14);
    for (const z of [0.5, 1, 2, 3]) {
      // twoSidedNormalP is only good to ~1e-7 relative, hence the loose check
      expect(normalQuantile(1 - twoSidedNormalP(z) / 2)).toBeCloseTo(z, 5);
    }
  });
  it('refuses p outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(/\(0, 1\)/);
    expect(() => normalQuantile(1)).toThrow(/\(0, 1\)/);
    expect(() => normalQuantile(-0.1)).toThrow(/\(0, 1\)/);
    expect(() => normalQuantile(Number.NaN)).toThrow(/\(0, 1\)/);
  });
});

describe('logGamma', () => {
  it('matches factorials at whole numbers and √π at halves', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(logGamma(11)).toBeCloseTo(logFactorial(10), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    // Γ(2.5) = 3√π / 4
    expect(logGamma(2.5)).toBeCloseTo(Math.log((3 * Math.sqrt(Math.PI)) / 4), 13);
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 13);
    expect(logGamma(1e5) / 1051287.7089736569).toBeCloseTo(1, 14);
  });
  it('refuses x <= 0', () => {
    expect(() => logGamma(0)).toThrow(/> 0/);
    expect(() => logGamma(-1.5)).toThrow(/> 0/);
  });
});

describe('chiSquareSurvival', () => {
  const close = (actual: number, expected: number, relative = 1e-11) =>
    expect(Math.abs(actual / expected - 1)).toBeLessThan(relative);
  it('gives 0.05 at the textbook critical values', () => {
    // critical values of the chi-square table, 6 decimals; exact tails from scipy.stats.chi2.sf
    close(chiSquareSurvival(3.841459, 1), 0.04999999465319563);
    close(chiSquareSurvival(5.991465, 2), 0.04999998867770084);
    close(chiSquareSurvival(18.307038, 10), 0.050000000824732216);
  });
  it('matches closed forms: df = 2 is exp(-x/2), df = 1 is the two-sided normal tail', () => {
    close(chiSquareSurvival(7, 2), Math.exp(-3.5));
    close(chiSquareSurvival(50, 2), Math.exp(-25));
    close(chiSquareSurvival(1, 1), 0.31731050786291115);
  });
  it('matches scipy on both sides of x = df/2 + 1 (series and continued fraction)', () => {
    close(chiSquareSurvival(0.001, 1), 0.9747728793699604);
    close(chiSquareSurvival(0.5, 4), 0.9735009788392561);
    close(chiSquareSurvival(2.3, 7), 0.9413900128228008);
    close(chiSquareSurvival(7.5, 5), 0.186029833602867);
    close(chiSquareSurvival(10, 3), 0.01856613546304325);
    close(chiSquareSurvival(100, 50), 3.454931382984871e-5);
  });
  it('keeps its relative precision far in the tail', () => {
    close(chiSquareSurvival(200, 10), 1.6139305336977317e-37);
  });
  it('is 1 at 0, 0 at infinity, and refuses bad arguments', () => {
    expect(chiSquareSurvival(0, 1)).toBe(1);
    expect(chiSquareSurvival(0, 7)).toBe(1);
    expect(chiSquareSurvival(Number.POSITIVE_INFINITY, 3)).toBe(0);
    expect(() => chiSquareSurvival(-1, 2)).toThrow(/>= 0/);
    expect(() => chiSquareSurvival(1, 0)).toThrow(/> 0/);
    expect(() => chiSquareSurvival(Number.NaN, 2)).toThrow(/>= 0/);
  });
});
