import { pooledGoodnessOfFit } from './goodness-of-fit.ts';
import { requireWhole, SamplingInputError } from './sampling-error.ts';
import { compareKeys } from './stratify.ts';

/** One value of the dimension: its calls in the population and in the sample, and their shares. */
export interface ComparisonRow {
  value: string;
  population: number;
  sample: number;
  populationShare: number;
  sampleShare: number;
}

/** How far a sample's distribution over one dimension (agent, hour, duration...) is from the population's. */
export interface DimensionComparison {
  dimension: string;
  /** By population count, largest first, then by value. */
  rows: ComparisonRow[];
  chiSquare: number;
  degreesOfFreedom: number;
  /** Null when fewer than 2 categories remain after pooling: no test is possible. */
  pValue: number | null;
  representative: boolean;
  /** English sentences, one per offending row, plus one when the test rejects. */
  warnings: string[];
}

export interface CompareOptions {
  /** Significance level of the chi-square test; default 0.05. */
  alpha?: number;
  /** Largest tolerated |sample share − population share|, as a ratio; default 0.10. */
  maxShareGap?: number;
}

/** Float dust must not turn a gap of exactly maxShareGap into an offence. */
const SHARE_TOLERANCE = 1e-12;

const percent = (share: number) => `${(100 * share).toFixed(1)} %`;
const label = (value: string) => (value === '' ? '(no value)' : value);

function validate(
  population: ReadonlyMap<string, number>,
  sample: ReadonlyMap<string, number>,
  options: CompareOptions,
): void {
  for (const [value, count] of population)
    requireWhole('population', count, 0, `The population count of "${value}"`);
  for (const [value, count] of sample) {
    requireWhole('sample', count, 0, `The sample count of "${value}"`);
    const available = population.get(value);
    if (available === undefined) {
      throw new SamplingInputError(
        'sample',
        `The sample has value "${value}", which is not in the population.`,
      );
    }
    if (count > available) {
      throw new SamplingInputError(
        'sample',
        `The sample has ${count} calls with "${value}", the population only ${available}.`,
      );
    }
  }
  const { alpha = 0.05, maxShareGap = 0.1 } = options;
  if (!(alpha > 0 && alpha < 1))
    throw new SamplingInputError('alpha', `alpha must be in (0, 1), got ${alpha}`);
  if (!(maxShareGap >= 0 && maxShareGap <= 1)) {
    throw new SamplingInputError('maxShareGap', `maxShareGap must be a ratio in [0, 1], got ${maxShareGap}`);
  }
}

/**
 * Checks that a sample reflects its population on one dimension: a chi-square goodness-of-fit
 * test of the sample counts against the population shares (values expected fewer than 5 times
 * pooled into one cell for the test only, see `pooledGoodnessOfFit`), and a share-by-share check.
 * Not representative when p < alpha or a value's share in the sample
 * is more than `maxShareGap` away from its share in the population, or when the sample is empty.
 * A sample value missing from the population, or more frequent than there, is an input error.
 */
export function compareWithPopulation(
  dimension: string,
  population: ReadonlyMap<string, number>,
  sample: ReadonlyMap<string, number>,
  options: CompareOptions = {},
): DimensionComparison {
  validate(population, sample, options);
  const { alpha = 0.05, maxShareGap = 0.1 } = options;
  let populationSize = 0;
  let sampleSize = 0;
  for (const count of population.values()) populationSize += count;
  for (const count of sample.values()) sampleSize += count;
  const rows: ComparisonRow[] = [...population]
    .map(([value, count]) => {
      const drawn = sample.get(value) ?? 0;
      return {
        value,
        population: count,
        sample: drawn,
        populationShare: populationSize === 0 ? 0 : count / populationSize,
        sampleShare: sampleSize === 0 ? 0 : drawn / sampleSize,
      };
    })
    .sort((a, b) => b.population - a.population || compareKeys(a.value, b.value));

  const { chiSquare, degreesOfFreedom, pValue } = pooledGoodnessOfFit(
    rows.map((row) => ({ observed: row.sample, share: row.populationShare })),
    sampleSize,
  );

  const warnings: string[] = [];
  if (sampleSize === 0 && populationSize > 0) warnings.push(`${dimension}: the sample is empty`);
  else {
    for (const row of rows) {
      if (Math.abs(row.sampleShare - row.populationShare) > maxShareGap + SHARE_TOLERANCE) {
        warnings.push(
          `${dimension} ${label(row.value)}: ${percent(row.sampleShare)} of the sample vs ${percent(row.populationShare)} of the population`,
        );
      }
    }
  }
  if (pValue !== null && pValue < alpha) {
    const p = pValue >= 0.001 ? pValue.toFixed(3) : pValue.toExponential(1);
    warnings.push(
      `${dimension}: the sample's distribution differs from the population's (chi-square ${chiSquare.toFixed(2)}, ${degreesOfFreedom} df, p = ${p} < ${alpha})`,
    );
  }
  return {
    dimension,
    rows,
    chiSquare,
    degreesOfFreedom,
    pValue,
    representative: warnings.length === 0,
    warnings,
  };
}
