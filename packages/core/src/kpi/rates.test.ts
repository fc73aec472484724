import { describe, expect, it } from 'vitest';
import { rate, wilsonInterval, Z_95 } from './rates.ts';

describe('rate', () => {
  it('divides', () => {
    expect(rate(1, 4, 'none')).toEqual({ value: 0.25, numerator: 1, denominator: 4 });
  });
  it('is null with a reason over an empty denominator, never 0 or NaN', () => {
    expect(rate(0, 0, 'no offered contacts')).toEqual({
      value: null,
      numerator: 0,
      denominator: 0,
      reason: 'no offered contacts',
    });
  });
});

describe('wilsonInterval', () => {
  it('matches the closed form at p = 0: [0, z²/(n+z²)]', () => {
    const i = wilsonInterval(0, 10);
    expect(i?.low).toBe(0);
    // 1.959964² = 3.841459; 3.841459 / 13.841459 = 0.277533
    expect(i?.high).toBeCloseTo(0.277533, 5);
  });
  it('matches a hand-worked 8 / 10', () => {
    // p = 0.8, z² = 3.841459, denominator 1.3841459, centre (0.8 + 0.192073) / 1.3841459 = 0.716741
    // half = 1.959964 * sqrt(0.016 + 0.009603649) / 1.3841459 = 0.226611
    const i = wilsonInterval(8, 10);
    expect(i?.low).toBeCloseTo(0.49016, 4);
    expect(i?.high).toBeCloseTo(0.94332, 4);
  });
  it('uses z = 1.959964 by default and accepts another z', () => {
    expect(Z_95).toBe(1.959964);
    // z = 1, n = 10, p = 0.5: centre (0.5 + 1/20) / 1.1, half sqrt(0.025 + 1/400) / 1.1
    const i = wilsonInterval(5, 10, 1);
    expect(i?.low).toBeCloseTo((0.5 + 1 / 20 - Math.sqrt(0.025 + 1 / 400)) / 1.1, 12);
    expect(i?.high).toBeCloseTo((0.5 + 1 / 20 + Math.sqrt(0.025 + 1 / 400)) / 1.1, 12);
  });
  it('is null without a sample and rejects impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(11, 10)).toThrow(/between 0 and n/);
  });
});
