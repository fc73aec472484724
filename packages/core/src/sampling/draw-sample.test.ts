import { describe, expect, it } from 'vitest';
import { chiSquareSurvival } from '../analysis/stats/special-functions.ts';
import { Rng } from '../shared/seeded-rng.ts';
import { type DrawPlan, drawSample, type PopulationCall } from './draw-sample.ts';
import { SamplingInputError } from './sampling-error.ts';

/** `count` calls of stratum `stratum`, ids `${stratum}-0000`, ... */
function calls(stratum: string, count: number): PopulationCall[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${stratum}-${String(i).padStart(4, '0')}`,
    stratum,
  }));
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  const rng = new Rng(seed);
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function errorOf(run: () => unknown): SamplingInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof SamplingInputError) return error;
    throw error;
  }
  throw new Error('expected a SamplingInputError');
}

const population = [...calls('B', 40), ...calls('A', 100), ...calls('C', 7)];

describe('drawSample', () => {
  it('depends on the set of calls and the seed, not on the input order', () => {
    const plan: DrawPlan = { size: 30, strata: 'proportional', seed: 42 };
    const first = drawSample(population, plan);
    expect(first.ids).toHaveLength(30);
    expect(drawSample(shuffled(population, 1), plan)).toEqual(first);
    expect(drawSample(shuffled(population, 2).reverse(), plan)).toEqual(first);
    const other = drawSample(population, { ...plan, seed: 43 });
    expect(other.ids).not.toEqual(first.ids);
    expect(other.allocation).toEqual(first.allocation);
  });

  it('reports the allocation and returns ids sorted by stratum then id', () => {
    const result = drawSample(population, { size: 30, strata: 'proportional', seed: 1 });
    // Hamilton on 100 / 40 / 7 of 147: 20.41, 8.16, 1.43 -> 20, 8, 1, then the 30th seat to C (.43)
    expect(result.allocation).toEqual([
      { stratum: 'A', population: 100, drawn: 20 },
      { stratum: 'B', population: 40, drawn: 8 },
      { stratum: 'C', population: 7, drawn: 2 },
    ]);
    expect(result.populationSize).toBe(147);
    expect(result.ids).toEqual([...result.ids].sort());
    expect(result.ids.filter((id) => id.startsWith('C-'))).toHaveLength(2);
    expect(new Set(result.ids).size).toBe(30);
    for (const id of result.ids) expect(population.some((call) => call.id === id)).toBe(true);
  });

  it('draws every call when the size exceeds the population', () => {
    const result = drawSample(shuffled(population, 3), { size: 1000, strata: 'equal', seed: 5 });
    expect(result.ids).toEqual(population.map((call) => call.id).sort());
    expect(result.allocation.map((row) => row.drawn)).toEqual([100, 40, 7]);
  });

  it('draws a simple random sample in `none` mode, under the pseudo-stratum ""', () => {
    const result = drawSample(population, { size: 10, strata: 'none', seed: 9 });
    expect(result.allocation).toEqual([{ stratum: '', population: 147, drawn: 10 }]);
    expect(result.ids).toEqual([...result.ids].sort());
    expect(drawSample(population, { size: 0, strata: 'none', seed: 9 }).ids).toEqual([]);
  });

  it('groups null, undefined and empty strata under ""', () => {
    const mixed: PopulationCall[] = [
      { id: 'x1', stratum: null },
      { id: 'x2' },
      { id: 'x3', stratum: '' },
      { id: 'y1', stratum: 'agent-1' },
    ];
    const result = drawSample(mixed, { size: 4, strata: 'proportional', seed: 0 });
    expect(result.allocation).toEqual([
      { stratum: '', population: 3, drawn: 3 },
      { stratum: 'agent-1', population: 1, drawn: 1 },
    ]);
  });

  it('sorts by code units, not by the locale', () => {
    const ids = ['é', 'b', 'B', 'a', 'Z'];
    const result = drawSample(
      ids.map((id) => ({ id })),
      { size: 5, strata: 'none', seed: 1 },
    );
    expect(result.ids).toEqual(['B', 'Z', 'a', 'b', 'é']);
  });

  it('honours the minimum per stratum and equal allocation with small strata', () => {
    const minimum = drawSample(population, { size: 20, strata: 'proportional', minPerStratum: 5, seed: 3 });
    // Hamilton: A 13.61 -> 14, B 5.44 -> 5, C 0.95 -> 1; C raised to 5, the 4 calls taken from A
    expect(minimum.allocation.map((row) => row.drawn)).toEqual([10, 5, 5]);
    const equal = drawSample(population, { size: 30, strata: 'equal', seed: 3 });
    // C has only 7: A and B share the other 23, the odd call to A (first key)
    expect(equal.allocation.map((row) => row.drawn)).toEqual([12, 11, 7]);
    expect(equal.ids).toHaveLength(30);
  });

  it('refuses duplicate ids and bad sizes', () => {
    const duplicated = [...population, { id: 'B-0003', stratum: 'A' }];
    const error = errorOf(() => drawSample(duplicated, { size: 5, strata: 'none', seed: 1 }));
    expect(error.field).toBe('population');
    expect(error.message).toContain('B-0003');
    expect(errorOf(() => drawSample(population, { size: -1, strata: 'none', seed: 1 })).field).toBe('size');
    expect(errorOf(() => drawSample(population, { size: 1.5, strata: 'none', seed: 1 })).field).toBe('size');
    expect(errorOf(() => drawSample(population, { size: 1, strata: 'none', seed: 0.5 })).field).toBe('seed');
  });
});

describe('drawSample, statistically', () => {
  it('draws each stratum its Hamilton quota and every call of a stratum equally often', () => {
    const strata = { A: 6000, B: 3000, C: 1000 };
    const big = Object.entries(strata).flatMap(([stratum, count]) => calls(stratum, count));
    const draws = 2000;
    const inclusions = new Map<string, number>();
    for (let seed = 1; seed <= draws; seed++) {
      const result = drawSample(big, { size: 500, strata: 'proportional', seed });
      expect(result.allocation.map((row) => row.drawn)).toEqual([300, 150, 50]);
      for (const id of result.ids) inclusions.set(id, (inclusions.get(id) ?? 0) + 1);
    }
    for (const [stratum, count] of Object.entries(strata)) {
      const ids = big.filter((call) => call.stratum === stratum).map((call) => call.id);
      const observed = ids.map((id) => inclusions.get(id) ?? 0);
      expect(observed.reduce((a, b) => a + b, 0)).toBe((draws * 500 * count) / 10000);
      // Each call is drawn with probability 500 / 10,000, so 100 times in 2,000 draws. Draws without
      // replacement make the counts a little less spread than multinomial ones (variance × 0.95):
      // the test is slightly conservative, yet a sampler favouring low positions by r^1.05 fails it.
      const expected = (draws * 500) / 10000;
      const chiSquare = observed.reduce((acc, o) => acc + (o - expected) ** 2 / expected, 0);
      expect(chiSquareSurvival(chiSquare, ids.length - 1), stratum).toBeGreaterThan(0.001);
    }
  });
});
