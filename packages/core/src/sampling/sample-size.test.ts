import { describe, expect, it } from 'vitest';
import { sampleSize, zForConfidence } from './sample-size.ts';
import { SamplingInputError } from './sampling-error.ts';

function errorOf(run: () => unknown): SamplingInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof SamplingInputError) return error;
    throw error;
  }
  throw new Error('expected a SamplingInputError');
}

describe('zForConfidence', () => {
  it('gives the two-sided normal quantiles', () => {
    expect(zForConfidence(0.95)).toBeCloseTo(1.959964, 6);
    expect(zForConfidence(0.99)).toBeCloseTo(2.575829, 6);
    expect(zForConfidence(0.9)).toBeCloseTo(1.644854, 6);
  });
  it('refuses a confidence given in percent', () => {
    expect(errorOf(() => zForConfidence(95)).field).toBe('confidence');
  });
});

describe('sampleSize', () => {
  it('needs 384 calls for ±5 % at 95 % on an infinite population', () => {
    // 1.959964² × 0.25 / 0.05² = 384.146
    const result = sampleSize({ margin: 0.05, confidence: 0.95 });
    expect(result.exact).toBeCloseTo(384.1459, 4);
    expect(result).toMatchObject({ size: 384, infiniteSize: 384 });
    expect(result.z).toBeCloseTo(1.959964, 6);
  });

  it('reproduces the Krejcie & Morgan (1970) table at ±5 %, 95 %, P = 0.5', () => {
    // Every value below is the table's; the exact values (computed) sit within 0.5 of them:
    // 100 -> 79.51, 500 -> 217.49, 1,000 -> 277.73, 9,000 -> 368.46, 10,000 -> 369.97, ...
    const table: [number, number][] = [
      [10, 10],
      [15, 14],
      [100, 80],
      [220, 140],
      [500, 217],
      [1000, 278],
      [1300, 297],
      [5000, 357],
      [9000, 368],
      [10000, 370],
      [75000, 382],
      [1000000, 384],
    ];
    for (const [population, expected] of table) {
      expect(sampleSize({ margin: 0.05, confidence: 0.95, population }).size, `N = ${population}`).toBe(
        expected,
      );
    }
  });

  it('gives 383 for N = 100,000 and 370 for N = 10,000', () => {
    // The printed table has no 100,000 row (it jumps from 75,000 -> 382 to 1,000,000 -> 384); the
    // same formula gives 382.68 -> 383.
    const large = sampleSize({ margin: 0.05, confidence: 0.95, population: 100000 });
    expect(large.exact).toBeCloseTo(382.6797, 4);
    expect(large.size).toBe(383);
    expect(large.infiniteSize).toBe(384);
    expect(sampleSize({ margin: 0.05, confidence: 0.95, population: 10000 }).size).toBe(370);
  });

  it('needs 1,067 calls for ±3 % at 95 %', () => {
    // 1.959964² × 0.25 / 0.03² = 1067.07
    expect(sampleSize({ margin: 0.03, confidence: 0.95 }).size).toBe(1067);
  });

  it('needs 663 calls for ±5 % at 99 % (nearest-call rounding)', () => {
    // 2.5758293² × 0.25 / 0.05² = 663.49 -> 663. (Calculators that round UP print 664; with
    // z = 2.5758 the value is 663.47, not 663.5, so 663 either way under nearest rounding.)
    const result = sampleSize({ margin: 0.05, confidence: 0.99 });
    expect(result.exact).toBeCloseTo(663.4897, 4);
    expect(result.size).toBe(663);
  });

  it('uses the expected proportion when given', () => {
    // 1.959964² × 0.1 × 0.9 / 0.05² = 138.29
    expect(sampleSize({ margin: 0.05, confidence: 0.95, proportion: 0.1 }).size).toBe(138);
  });

  it('never asks for more calls than the population, and at least 1', () => {
    expect(sampleSize({ margin: 0.01, confidence: 0.99, population: 50 }).size).toBe(50);
    expect(sampleSize({ margin: 0.05, confidence: 0.95, population: 1 }).size).toBe(1);
    expect(sampleSize({ margin: 0.5, confidence: 0.51, population: 1000 })).toMatchObject({
      size: 1,
      infiniteSize: 1,
    });
    expect(sampleSize({ margin: 0.05, confidence: 0.95, population: 0 })).toMatchObject({
      size: 0,
      exact: 0,
    });
    expect(sampleSize({ margin: 0.05, confidence: 0.95, population: null }).size).toBe(384);
  });

  it('names the bad field', () => {
    const base = { margin: 0.05, confidence: 0.95 };
    expect(errorOf(() => sampleSize({ ...base, margin: 5 })).field).toBe('margin');
    expect(errorOf(() => sampleSize({ ...base, margin: 0 })).field).toBe('margin');
    expect(errorOf(() => sampleSize({ ...base, margin: 0.6 })).field).toBe('margin');
    expect(errorOf(() => sampleSize({ ...base, margin: Number.NaN })).field).toBe('margin');
    expect(errorOf(() => sampleSize({ ...base, confidence: 0.5 })).field).toBe('confidence');
    expect(errorOf(() => sampleSize({ ...base, confidence: 1 })).field).toBe('confidence');
    expect(errorOf(() => sampleSize({ ...base, proportion: 1 })).field).toBe('proportion');
    expect(errorOf(() => sampleSize({ ...base, proportion: 0 })).field).toBe('proportion');
    expect(errorOf(() => sampleSize({ ...base, population: -1 })).field).toBe('population');
    expect(errorOf(() => sampleSize({ ...base, population: 10.5 })).field).toBe('population');
    expect(errorOf(() => sampleSize({ ...base, margin: 5 })).message).toMatch(/margin .*\(0, 0\.5\].*got 5/);
  });
});
