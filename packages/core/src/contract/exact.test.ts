import { describe, expect, it } from 'vitest';
import { exact, mul, percent, ratio, roundHalfUp, toNumber } from './exact.ts';

describe('exact', () => {
  it('reads a number as the decimal it prints as', () => {
    expect(exact(0.29)).toEqual({ num: 29n, den: 100n });
    expect(exact(-1.5)).toEqual({ num: -3n, den: 2n });
    expect(exact(1e-7)).toEqual({ num: 1n, den: 10000000n });
    expect(exact(2e21)).toEqual({ num: 2000000000000000000000n, den: 1n });
  });
  it('avoids the float trap: 0.29 h at 100 cents is 29 cents, not 28.999...', () => {
    expect(0.29 * 100).not.toBe(29);
    expect(roundHalfUp(mul(exact(0.29), ratio(100, 1)))).toBe(29);
  });
});

describe('roundHalfUp', () => {
  it('rounds halves away from zero and the rest to the nearest cent', () => {
    expect(roundHalfUp(ratio(5, 2))).toBe(3);
    expect(roundHalfUp(ratio(-5, 2))).toBe(-3);
    expect(roundHalfUp(ratio(249, 100))).toBe(2);
    expect(roundHalfUp(ratio(-249, 100))).toBe(-2);
  });
  it('keeps percentages exact: 12.5 % of 333 cents is 41.625 -> 42', () => {
    expect(toNumber(mul(percent(12.5), ratio(333, 1)))).toBe(41.625);
    expect(roundHalfUp(mul(percent(12.5), ratio(333, 1)))).toBe(42);
  });
});
