import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../kpi/rates.ts';
import { newcombeInterval } from './newcombe.ts';

describe('newcombeInterval', () => {
  // Newcombe RG (1998), Statistics in Medicine 17:873–890, Table II, method 10 (score interval, no
  // continuity correction): k1/n1 − k2/n2 → 95 % limits to 4 decimals. Example (a) is 0.8 − 0.6 =
  // 0.2000 (not 0.1333): limits 0.0524 to 0.3339. Recomputed by hand from the Wilson limits below.
  const table2: [number, number, number, number, number, number][] = [
    [56, 70, 48, 80, 0.0524, 0.3339], // (a)
    [9, 10, 3, 10, 0.1705, 0.809], // (b)
    [6, 7, 2, 7, 0.0582, 0.8062], // (c)
    [5, 56, 0, 29, -0.0381, 0.1926], // (d)
    [0, 10, 0, 20, -0.1611, 0.2775], // (e)
    [0, 10, 0, 10, -0.2775, 0.2775], // (f)
    [10, 10, 0, 20, 0.6791, 1], // (g)
    [10, 10, 0, 10, 0.6075, 1], // (h)
  ];
  for (const [k1, n1, k2, n2, low, high] of table2) {
    it(`matches Newcombe's Table II for ${k1}/${n1} − ${k2}/${n2}: ${low} to ${high}`, () => {
      const i = newcombeInterval(k1, n1, k2, n2);
      expect(i?.low).toBeCloseTo(low, 4);
      expect(i?.high).toBeCloseTo(high, 4);
    });
  }

  it('is built from the two Wilson intervals of kpi/rates', () => {
    // 56/70: Wilson [0.692, 0.876]; 48/80: [0.491, 0.699] (wilsonInterval, reused, not re-derived)
    const w1 = wilsonInterval(56, 70);
    const w2 = wilsonInterval(48, 80);
    if (w1 === null || w2 === null) throw new Error('unreachable');
    const i = newcombeInterval(56, 70, 48, 80);
    expect(i?.low).toBeCloseTo(0.2 - Math.sqrt((0.8 - w1.low) ** 2 + (w2.high - 0.6) ** 2), 12);
    expect(i?.high).toBeCloseTo(0.2 + Math.sqrt((w1.high - 0.8) ** 2 + (0.6 - w2.low) ** 2), 12);
  });

  it('is asymmetric near the bounds and stays inside [−1, 1]', () => {
    const i = newcombeInterval(10, 10, 0, 10);
    expect(i?.high).toBe(1);
    expect((i?.low ?? 0) > 0.5).toBe(true);
  });

  it('is null without a sample on either side', () => {
    expect(newcombeInterval(0, 0, 3, 10)).toBeNull();
    expect(newcombeInterval(3, 10, 0, 0)).toBeNull();
  });
});
