import { describe, expect, it } from 'vitest';
import { compareWithPopulation } from './representativeness.ts';
import { SamplingInputError } from './sampling-error.ts';

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));
const population = counts({ A: 500, B: 300, C: 200 });

function errorOf(run: () => unknown): SamplingInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof SamplingInputError) return error;
    throw error;
  }
  throw new Error('expected a SamplingInputError');
}

describe('compareWithPopulation', () => {
  it('accepts a sample that mirrors the population exactly', () => {
    const result = compareWithPopulation('agent', population, counts({ A: 50, B: 30, C: 20 }));
    expect(result.chiSquare).toBe(0);
    expect(result.degreesOfFreedom).toBe(2);
    expect(result.pValue).toBe(1);
    expect(result).toMatchObject({ representative: true, warnings: [] });
    expect(result.rows[0]).toEqual({
      value: 'A',
      population: 500,
      sample: 50,
      populationShare: 0.5,
      sampleShare: 0.5,
    });
  });

  it('computes the statistic by hand: 10²/50 + 5²/30 + 5²/20 = 4.083, df 2, p = e^(-4.083/2)', () => {
    const result = compareWithPopulation('agent', population, counts({ A: 60, B: 25, C: 15 }));
    expect(result.chiSquare).toBeCloseTo(2 + 25 / 30 + 1.25, 12);
    expect(result.pValue).toBeCloseTo(Math.exp(-(2 + 25 / 30 + 1.25) / 2), 10); // 0.1298
    // A is 60 % vs 50 %: a gap of exactly the tolerated 10 points is not an offence
    expect(result).toMatchObject({ representative: true, warnings: [] });
  });

  it('rejects a skewed sample, naming the value and the test', () => {
    // 20²/50 + 10²/30 + 10²/20 = 16.333, p = e^(-8.1667) = 2.84e-4
    const result = compareWithPopulation('agent', population, counts({ A: 70, B: 20, C: 10 }));
    expect(result.chiSquare).toBeCloseTo(16.333333, 6);
    expect(result.pValue).toBeCloseTo(0.0002839629839032563, 12);
    expect(result.representative).toBe(false);
    expect(result.warnings).toEqual([
      'agent A: 70.0 % of the sample vs 50.0 % of the population',
      "agent: the sample's distribution differs from the population's (chi-square 16.33, 2 df, p = 2.8e-4 < 0.05)",
    ]);
  });

  it('writes the share warning the way a report shows it', () => {
    const result = compareWithPopulation(
      'agent',
      counts({ 'A-01': 500, 'A-02': 405, 'A-03': 95 }),
      counts({ 'A-01': 55, 'A-02': 43, 'A-03': 2 }),
      { maxShareGap: 0.05 },
    );
    // 5²/50 + 2.5²/40.5 + 7.5²/9.5 = 6.575, df 2, p = 0.0373 (scipy.stats.chisquare)
    expect(result.pValue).toBeCloseTo(0.03734012438915411, 10);
    expect(result.warnings).toEqual([
      'agent A-03: 2.0 % of the sample vs 9.5 % of the population',
      "agent: the sample's distribution differs from the population's (chi-square 6.58, 2 df, p = 0.037 < 0.05)",
    ]);
    expect(
      compareWithPopulation('agent', counts({ A: 500, B: 500 }), counts({ A: 60, B: 40 }), { alpha: 0.01 }),
    ).toMatchObject({ representative: true });
  });

  it('pools values expected fewer than 5 times into one cell for the test only', () => {
    // expected 80, 15, 3, 2: C and D pooled (5); 2²/80 + 1²/15 + 3²/5 = 1.9167 with df 2
    // (unpooled it would be 1.95 with df 3)
    const result = compareWithPopulation(
      'hour',
      counts({ A: 800, B: 150, C: 30, D: 20 }),
      counts({ A: 78, B: 14, C: 5, D: 3 }),
    );
    expect(result.degreesOfFreedom).toBe(2);
    expect(result.chiSquare).toBeCloseTo(0.05 + 1 / 15 + 1.8, 12);
    expect(result.pValue).toBeCloseTo(0.3835315728763107, 10);
    expect(result.rows.map((row) => row.value)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('adds the smallest remaining value to a pool still below 5', () => {
    // expected 90, 6, 2.5, 1.5: the pool C + D (4) takes B (6) -> cells 90 and 10, df 1
    // 5²/90 + 5²/10 = 2.7778, p = 0.0956
    const result = compareWithPopulation(
      'hour',
      counts({ A: 900, B: 60, C: 25, D: 15 }),
      counts({ A: 85, B: 8, C: 4, D: 3 }),
    );
    expect(result.degreesOfFreedom).toBe(1);
    expect(result.chiSquare).toBeCloseTo(25 / 90 + 2.5, 12);
    expect(result.pValue).toBeCloseTo(0.09558070454562936, 10);
  });

  it('gives no p-value when fewer than two cells remain, but still checks the shares', () => {
    const result = compareWithPopulation('agent', counts({ A: 10, B: 10 }), counts({ A: 3, B: 1 }));
    expect(result).toMatchObject({ chiSquare: 0, degreesOfFreedom: 0, pValue: null, representative: false });
    expect(result.warnings).toEqual([
      'agent A: 75.0 % of the sample vs 50.0 % of the population',
      'agent B: 25.0 % of the sample vs 50.0 % of the population',
    ]);
  });

  it('flags an empty sample, sorts rows, and labels the empty value', () => {
    const empty = compareWithPopulation('agent', counts({ A: 5 }), new Map());
    expect(empty).toMatchObject({
      pValue: null,
      representative: false,
      warnings: ['agent: the sample is empty'],
    });

    const sorted = compareWithPopulation('agent', counts({ b: 10, a: 10, c: 30 }), new Map());
    expect(sorted.rows.map((row) => row.value)).toEqual(['c', 'a', 'b']);

    const blank = compareWithPopulation(
      'agent',
      counts({ '': 100, 'A-01': 100 }),
      counts({ '': 5, 'A-01': 15 }),
    );
    expect(blank.pValue).toBeCloseTo(0.025347318677468325, 10);
    expect(blank.warnings[0]).toBe('agent (no value): 25.0 % of the sample vs 50.0 % of the population');
    expect(blank.warnings).toHaveLength(3);
  });

  it('refuses a sample that cannot come from the population', () => {
    const stranger = errorOf(() => compareWithPopulation('agent', population, counts({ Z: 1 })));
    expect(stranger.field).toBe('sample');
    expect(stranger.message).toContain('"Z"');
    expect(errorOf(() => compareWithPopulation('agent', population, counts({ C: 201 }))).field).toBe(
      'sample',
    );
    expect(errorOf(() => compareWithPopulation('agent', counts({ A: -1 }), new Map())).field).toBe(
      'population',
    );
    expect(errorOf(() => compareWithPopulation('agent', population, new Map(), { alpha: 5 })).field).toBe(
      'alpha',
    );
    expect(
      errorOf(() => compareWithPopulation('agent', population, new Map(), { maxShareGap: 10 })).field,
    ).toBe('maxShareGap');
  });
});
