import { describe, expect, it } from 'vitest';
import { pooledGoodnessOfFit } from './goodness-of-fit.ts';

describe('pooledGoodnessOfFit', () => {
  it('is the plain chi-square statistic when every cell is expected 5 times or more', () => {
    // n = 60, expected 30, 20, 10: 4²/30 + 1²/20 + 3²/10 = 1.4833, df 2, p = e^(-1.4833/2)
    const fit = pooledGoodnessOfFit(
      [
        { observed: 26, share: 0.5 },
        { observed: 21, share: 1 / 3 },
        { observed: 13, share: 1 / 6 },
      ],
      60,
    );
    expect(fit.degreesOfFreedom).toBe(2);
    expect(fit.chiSquare).toBeCloseTo(16 / 30 + 1 / 20 + 9 / 10, 12);
    expect(fit.pValue).toBeCloseTo(Math.exp(-fit.chiSquare / 2), 12);
  });

  it('pools small cells, then adds the smallest cell if the pool is still small, in any order', () => {
    // n = 100, expected 6, 90, 1.5, 2.5: pool 4 takes the 6 -> cells 90 and 10
    const categories = [
      { observed: 8, share: 0.06 },
      { observed: 85, share: 0.9 },
      { observed: 3, share: 0.015 },
      { observed: 4, share: 0.025 },
    ];
    const fit = pooledGoodnessOfFit(categories, 100);
    expect(fit.degreesOfFreedom).toBe(1);
    expect(fit.chiSquare).toBeCloseTo(25 / 90 + 25 / 10, 12);
    expect(pooledGoodnessOfFit([...categories].reverse(), 100)).toEqual(fit);
  });

  it('leaves out impossible categories and has no p-value with a single cell', () => {
    const fit = pooledGoodnessOfFit(
      [
        { observed: 4, share: 1 },
        { observed: 0, share: 0 },
      ],
      4,
    );
    expect(fit).toEqual({ chiSquare: 0, degreesOfFreedom: 0, pValue: null });
    expect(pooledGoodnessOfFit([], 0)).toEqual({ chiSquare: 0, degreesOfFreedom: 0, pValue: null });
  });
});
