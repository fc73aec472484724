import { describe, expect, it } from 'vitest';
import { Rng } from '../shared/seeded-rng.ts';
import { SamplingInputError } from './sampling-error.ts';
import { allocate, type StrataMode } from './stratify.ts';

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));
const plain = (allocation: Map<string, number>) => Object.fromEntries(allocation);
const sum = (allocation: Map<string, number>) => [...allocation.values()].reduce((a, b) => a + b, 0);

describe('allocate, proportional', () => {
  it('gives each stratum its exact share when the shares are whole', () => {
    expect(plain(allocate(counts({ A: 6000, B: 3000, C: 1000 }), 500, 'proportional'))).toEqual({
      A: 300,
      B: 150,
      C: 50,
    });
  });

  it('hands the seats left over to the largest remainders (Hamilton)', () => {
    // quotas 3.5, 2.1, 1.4 -> floors 3, 2, 1 (6 seats); the 7th goes to a (remainder .5)
    expect(plain(allocate(counts({ a: 5, b: 3, c: 2 }), 7, 'proportional'))).toEqual({ a: 4, b: 2, c: 1 });
  });

  it('breaks equal remainders by key, exactly, whatever the insertion order', () => {
    // quotas 4/3, 7/3, 1/3: three remainders of exactly 1/3. In floating point 7/3 - 2 is a hair
    // above 4/3 - 1, which would give the seat to b; exact arithmetic gives it to a, the first key.
    expect(plain(allocate(counts({ c: 1, b: 7, a: 4 }), 4, 'proportional'))).toEqual({ a: 2, b: 2, c: 0 });
    expect(plain(allocate(counts({ z: 1, y: 1, x: 1 }), 2, 'proportional'))).toEqual({ x: 1, y: 1, z: 0 });
  });

  it('raises small strata to the minimum, taking from the largest allocations', () => {
    // Hamilton: A 60, B 30, C 10, D 0; D needs 10, all taken from A (always the largest)
    const allocation = allocate(counts({ A: 6000, B: 3000, C: 1000, D: 20 }), 100, 'proportional', 10);
    expect(plain(allocation)).toEqual({ A: 50, B: 30, C: 10, D: 10 });
  });

  it('takes from the last key among equally large donors', () => {
    // Hamilton: a 5, b 5, c 0; c needs 2: b gives (last of the tie), then a (now the largest)
    expect(plain(allocate(counts({ a: 50, b: 50, c: 2 }), 10, 'proportional', 2))).toEqual({
      a: 4,
      b: 4,
      c: 2,
    });
  });

  it('caps a minimum at the stratum count', () => {
    expect(plain(allocate(counts({ a: 100, b: 2 }), 10, 'proportional', 5))).toEqual({ a: 8, b: 2 });
  });

  it('lets the total grow to the sum of the minimums when they exceed the size', () => {
    const allocation = allocate(counts({ a: 10, b: 10, c: 10 }), 5, 'proportional', 3);
    expect(plain(allocation)).toEqual({ a: 3, b: 3, c: 3 });
    expect(sum(allocation)).toBe(9);
  });
});

describe('allocate, equal', () => {
  it('splits evenly and gives the capped surplus to strata that still have calls', () => {
    // d and b take all their calls (1 and 3); a and c share the remaining 36
    expect(plain(allocate(counts({ a: 100, b: 3, c: 50, d: 1 }), 40, 'equal'))).toEqual({
      a: 18,
      b: 3,
      c: 18,
      d: 1,
    });
  });

  it('keeps the uncapped strata within one call of each other, remainder by key', () => {
    expect(plain(allocate(counts({ a: 100, b: 3, c: 50 }), 20, 'equal'))).toEqual({ a: 9, b: 3, c: 8 });
    // a naive "split, cap, split again" would give a 6 and c 4 here
    expect(plain(allocate(counts({ A: 10, B: 1, C: 10 }), 11, 'equal'))).toEqual({ A: 5, B: 1, C: 5 });
  });

  it('applies the minimum too', () => {
    const allocation = allocate(counts({ a: 10, b: 10, c: 10, d: 10, e: 10 }), 3, 'equal', 1);
    expect(plain(allocation)).toEqual({ a: 1, b: 1, c: 1, d: 1, e: 1 });
  });
});

describe('allocate, common rules', () => {
  it('never exceeds the population', () => {
    expect(plain(allocate(counts({ a: 3, b: 2, c: 0 }), 100, 'proportional'))).toEqual({ a: 3, b: 2, c: 0 });
    expect(plain(allocate(counts({ a: 3, b: 2, c: 0 }), 100, 'equal'))).toEqual({ a: 3, b: 2, c: 0 });
    expect(plain(allocate(counts({ a: 3, b: 2 }), 100, 'none'))).toEqual({ '': 5 });
    expect(plain(allocate(counts({ a: 30, b: 20 }), 7, 'none', 5))).toEqual({ '': 7 });
  });

  it('holds its invariants on random inputs', () => {
    const rng = new Rng(7);
    for (let trial = 0; trial < 300; trial++) {
      const input = new Map<string, number>();
      const strata = 1 + rng.int(8);
      for (let s = 0; s < strata; s++) input.set(`s${s}`, rng.int(rng.chance(0.3) ? 5 : 400));
      const total = [...input.values()].reduce((a, b) => a + b, 0);
      const size = rng.int(total + 20);
      const wanted = Math.min(size, total);
      for (const mode of ['proportional', 'equal'] as StrataMode[]) {
        const allocation = allocate(input, size, mode);
        expect(sum(allocation)).toBe(wanted);
        for (const [key, count] of input) {
          const given = allocation.get(key) ?? -1;
          expect(given).toBeGreaterThanOrEqual(0);
          expect(given).toBeLessThanOrEqual(count);
          if (mode === 'proportional' && total > 0) {
            expect(Math.abs(given - (wanted * count) / total)).toBeLessThan(1);
          }
        }
        if (mode === 'equal') {
          const uncapped = [...input].filter(([key, count]) => (allocation.get(key) ?? 0) < count);
          const levels = uncapped.map(([key]) => allocation.get(key) ?? 0);
          if (levels.length > 0) {
            const low = Math.min(...levels);
            expect(Math.max(...levels) - low).toBeLessThanOrEqual(1);
            // a stratum that gave all its calls was never bigger than the others' share + 1
            for (const [key, count] of input) {
              if (allocation.get(key) === count) expect(count).toBeLessThanOrEqual(low + 1);
            }
          }
        }
      }
    }
  });

  it('refuses bad sizes, minimums, modes and counts', () => {
    const fieldOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof SamplingInputError) return error.field;
      }
      return null;
    };
    const input = counts({ a: 3 });
    expect(fieldOf(() => allocate(input, -1, 'equal'))).toBe('size');
    expect(fieldOf(() => allocate(input, 2.5, 'equal'))).toBe('size');
    expect(fieldOf(() => allocate(input, 2, 'equal', -1))).toBe('minPerStratum');
    expect(fieldOf(() => allocate(input, 2, 'random' as StrataMode))).toBe('strata');
    expect(fieldOf(() => allocate(counts({ a: -3 }), 2, 'equal'))).toBe('population');
  });
});
