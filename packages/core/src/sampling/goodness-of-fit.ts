import { chiSquareSurvival } from '../analysis/stats/special-functions.ts';

/** A category of the test: calls observed in the sample, and its share of the population. */
export interface FitCategory {
  observed: number;
  share: number;
}

export interface GoodnessOfFit {
  chiSquare: number;
  degreesOfFreedom: number;
  /** Null when fewer than 2 cells remain: there is nothing to test. */
  pValue: number | null;
}

/** Below this expected count the chi-square approximation is poor (Cochran's rule). */
export const MIN_EXPECTED = 5;

interface Cell {
  observed: number;
  expected: number;
}

/**
 * The cells of the test: categories expected fewer than 5 times are pooled into one "other" cell;
 * if that pool is still below 5, the smallest remaining cell joins it, so every cell reaches 5
 * unless only one is left. Categories with a share of 0 cannot be drawn and are left out.
 */
function pooledCells(categories: readonly FitCategory[], sampleSize: number): Cell[] {
  const cells: Cell[] = [];
  const pool: Cell = { observed: 0, expected: 0 };
  for (const { observed, share } of categories) {
    const expected = sampleSize * share;
    if (expected === 0) continue;
    if (expected < MIN_EXPECTED) {
      pool.observed += observed;
      pool.expected += expected;
    } else cells.push({ observed, expected });
  }
  if (pool.expected === 0) return cells;
  if (pool.expected < MIN_EXPECTED && cells.length > 0) {
    let smallest = 0;
    for (let i = 1; i < cells.length; i++) {
      if ((cells[i]?.expected ?? 0) < (cells[smallest]?.expected ?? 0)) smallest = i;
    }
    const [joined] = cells.splice(smallest, 1);
    pool.observed += joined?.observed ?? 0;
    pool.expected += joined?.expected ?? 0;
  }
  cells.push(pool);
  return cells;
}

/**
 * Chi-square goodness of fit of sample counts against population shares, with small categories
 * pooled for the test (see `pooledCells`): Σ (O − E)² / E over the cells, df = cells − 1.
 */
export function pooledGoodnessOfFit(categories: readonly FitCategory[], sampleSize: number): GoodnessOfFit {
  const cells = pooledCells(categories, sampleSize);
  const chiSquare = cells.reduce((sum, c) => sum + (c.observed - c.expected) ** 2 / c.expected, 0);
  const degreesOfFreedom = Math.max(0, cells.length - 1);
  const pValue = degreesOfFreedom === 0 ? null : chiSquareSurvival(chiSquare, degreesOfFreedom);
  return { chiSquare, degreesOfFreedom, pValue };
}
