import { normalQuantile } from '../analysis/stats/special-functions.ts';
import { SamplingInputError } from './sampling-error.ts';

/** What the quality analyst asks for: "±5 % at 95 % confidence on these 12,000 calls". */
export interface SampleSizeInput {
  /** Half-width of the confidence interval, as a ratio: 0.05 for ±5 points. In (0, 0.5]. */
  margin: number;
  /** Confidence level, as a ratio: 0.95. In (0.5, 1). */
  confidence: number;
  /** Number of calls sampled from; null or absent for an infinite population. */
  population?: number | null;
  /** Expected proportion of the practice looked for; 0.5 (the default) is the worst case. */
  proportion?: number;
}

export interface SampleSizeResult {
  /** Calls to draw: `exact` rounded to the nearest whole call, within [1, population]. */
  size: number;
  /** Cochran's n0 (infinite population) rounded the same way. */
  infiniteSize: number;
  /** Normal quantile used for the confidence level. */
  z: number;
  /** Unrounded size, after the finite population correction when a population is given. */
  exact: number;
}

/**
 * z of a two-sided interval at `confidence` (0.95 -> 1.959964): the 1 - (1 - confidence) / 2
 * quantile of the standard normal law.
 */
export function zForConfidence(confidence: number): number {
  if (!(confidence > 0 && confidence < 1)) {
    throw new SamplingInputError(
      'confidence',
      `confidence must be a ratio in (0, 1), e.g. 0.95 for 95 %, got ${confidence}`,
    );
  }
  return normalQuantile(1 - (1 - confidence) / 2);
}

function validate(input: SampleSizeInput, proportion: number): void {
  const { margin, confidence, population } = input;
  if (!(margin > 0 && margin <= 0.5)) {
    throw new SamplingInputError(
      'margin',
      `margin must be a ratio in (0, 0.5], e.g. 0.05 for ±5 %, got ${margin}`,
    );
  }
  if (!(confidence > 0.5 && confidence < 1)) {
    throw new SamplingInputError(
      'confidence',
      `confidence must be a ratio in (0.5, 1), e.g. 0.95 for 95 %, got ${confidence}`,
    );
  }
  if (!(proportion > 0 && proportion < 1)) {
    throw new SamplingInputError(
      'proportion',
      `proportion must be a ratio in (0, 1), e.g. 0.5 when unknown, got ${proportion}`,
    );
  }
  if (
    population !== null &&
    population !== undefined &&
    !(Number.isSafeInteger(population) && population >= 0)
  ) {
    throw new SamplingInputError(
      'population',
      `population must be a whole number of calls >= 0, got ${population}`,
    );
  }
}

/**
 * Number of calls to analyse so that a proportion measured on the sample lies within ±margin of
 * the population's at the given confidence. Cochran's n0 = z² p (1 − p) / e², then, for a finite
 * population N, the finite population correction n = n0 / (1 + (n0 − 1) / N), the formula behind
 * Krejcie & Morgan's 1970 table (which uses χ²₁ = z² and P = 0.5).
 *
 * Rounding: to the NEAREST whole call, as the published tables do (Krejcie & Morgan: N = 9,000
 * gives 368.46 -> 368), not up; the precision this gives up is a fraction of a call. The size is
 * then kept within [1, N] (0 for an empty population); `infiniteSize` is at least 1.
 */
export function sampleSize(input: SampleSizeInput): SampleSizeResult {
  const proportion = input.proportion ?? 0.5;
  validate(input, proportion);
  const z = zForConfidence(input.confidence);
  const infinite = (z * z * proportion * (1 - proportion)) / (input.margin * input.margin);
  const infiniteSize = Math.max(1, Math.round(infinite));
  const population = input.population ?? null;
  if (population === null) return { size: infiniteSize, infiniteSize, z, exact: infinite };
  if (population === 0) return { size: 0, infiniteSize, z, exact: 0 };
  const exact = infinite / (1 + (infinite - 1) / population);
  const size = Math.min(population, Math.max(1, Math.round(exact)));
  return { size, infiniteSize, z, exact };
}
