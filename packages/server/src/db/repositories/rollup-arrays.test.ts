import { Rng } from '@vigie/core';
import { describe, expect, it } from 'vitest';
import { orderByTuples } from './rollup-arrays.ts';

/** The order a plain comparison of the tuples gives (stable: ties keep their positions). */
function reference(tuples: number[][]): number[] {
  return tuples
    .map((t, k) => ({ t, k }))
    .sort((a, b) => {
      for (let i = 0; i < a.t.length; i++)
        if (a.t[i] !== b.t[i]) return (a.t[i] as number) - (b.t[i] as number);
      return a.k - b.k;
    })
    .map((x) => x.k);
}

describe('orderByTuples', () => {
  const rng = new Rng(7);
  const int = (n: number) => Math.floor(rng.next() * n);

  it('orders rank tuples that fit in one number, as comparing them would', () => {
    const tuples = Array.from({ length: 5000 }, () => [int(4), int(90), int(3000), int(96)]);
    expect(orderByTuples(tuples)).toEqual(reference(tuples));
  });

  it('orders tuples too wide to pack by comparing them', () => {
    const tuples = Array.from({ length: 2000 }, () => [int(2 ** 30), int(3), int(2 ** 30)]);
    expect(orderByTuples(tuples)).toEqual(reference(tuples));
  });

  it('handles no tuples and zero-only columns', () => {
    expect(orderByTuples([])).toEqual([]);
    expect(
      orderByTuples([
        [0, 2],
        [0, 1],
        [0, 0],
      ]),
    ).toEqual([2, 1, 0]);
  });
});
