import { logFactorial } from './special-functions.ts';

/**
 * R's relative tolerance (fisher.test's `relErr`): tables as probable as the observed one count
 * even when rounding makes them a hair less probable, e.g. the mirror table of a symmetric design.
 */
const TIE_TOLERANCE = 1 + 1e-7;

function checkCell(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`fisherExactTwoSided: ${name} (${value}) must be a whole number >= 0`);
  }
}

/**
 * Two-sided p-value of Fisher's exact test for the 2×2 table
 *
 * ```text
 *            success  failure
 *   group 1     a        b
 *   group 2     c        d
 * ```
 *
 * as R's `fisher.test`: with the margins fixed, the first cell is hypergeometric, and the p-value is
 * the total probability of the tables no more probable than the observed one. Probabilities are
 * computed from log-factorials, so it stays exact-to-rounding for counts in the millions; the loop
 * runs over the first cell's whole support (at most min(a + b, a + c) + 1 tables).
 */
export function fisherExactTwoSided(a: number, b: number, c: number, d: number): number {
  checkCell('a', a);
  checkCell('b', b);
  checkCell('c', c);
  checkCell('d', d);
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const n = row1 + row2;
  // ln of row1! row2! col1! col2! / n!, shared by every table with these margins.
  const base =
    logFactorial(row1) + logFactorial(row2) + logFactorial(col1) + logFactorial(n - col1) - logFactorial(n);
  const logProbability = (k: number): number =>
    base - logFactorial(k) - logFactorial(row1 - k) - logFactorial(col1 - k) - logFactorial(row2 - col1 + k);
  const threshold = logProbability(a) + Math.log(TIE_TOLERANCE);
  let p = 0;
  for (let k = Math.max(0, col1 - row2); k <= Math.min(row1, col1); k++) {
    const lp = logProbability(k);
    if (lp <= threshold) p += Math.exp(lp);
  }
  return Math.min(1, p);
}
