import { describe, expect, it } from 'vitest';
import { binOf, heatBins } from './heatmapScale';

describe('heatmap scale', () => {
  it('splits around the target: two shades of met, three of missed', () => {
    const bins = heatBins(0.8);
    expect(bins.map((b) => [b.min, b.max, b.color])).toEqual([
      [0.9, null, 'teal.8'],
      [0.8, 0.9, 'teal.4'],
      [0.7, 0.8, 'yellow.4'],
      [0.6, 0.7, 'orange.6'],
      [0, 0.6, 'red.8'],
    ]);
    expect(binOf(bins, 0.8)?.color).toBe('teal.4');
    expect(binOf(bins, 0.79)?.color).toBe('yellow.4');
    expect(binOf(bins, 0)?.color).toBe('red.8');
    expect(binOf(bins, 1)?.color).toBe('teal.8');
  });

  it('drops the bins a target near the ends leaves empty', () => {
    expect(heatBins(1).map((b) => b.min)).toEqual([0.9, 0.8, 0]);
    expect(heatBins(0.15).map((b) => [b.min, b.color])).toEqual([
      [0.575, 'teal.8'],
      [0.15, 'teal.4'],
      [0.05, 'yellow.4'],
      [0, 'orange.6'],
    ]);
  });
});
