/** One colour of the heatmap: service levels from `min` (inclusive) up to the next bin. */
export interface HeatBin {
  readonly min: number;
  /** exclusive; null for the top bin */
  readonly max: number | null;
  readonly color: string;
}

/** The usual COPC target, when the vendor has none: the scale still needs a centre. */
export const DEFAULT_SL_TARGET = 0.8;

// best to worst; the greens are "target met", the rest how far below it
const COLORS = ['teal.8', 'teal.4', 'yellow.4', 'orange.6', 'red.8'] as const;

/**
 * Bins centred on the target rather than on fixed steps: what a planner looks for is where
 * the service level falls short, and by how much (up to 10 points, up to 20, more).
 */
export function heatBins(target: number): HeatBin[] {
  const thresholds = [target + (1 - target) / 2, target, target - 0.1, target - 0.2]
    .filter((x, i, all) => x > 0 && x < 1 && (i === 0 || x < (all[i - 1] ?? 2)))
    .map((x) => Math.round(x * 1000) / 1000);
  const mins = [...new Set([...thresholds, 0])];
  const greens = thresholds.filter((x) => x >= target).length;
  // keep the two greens for "met" and the three warm colours for "missed", whatever was dropped
  const colors = [...COLORS.slice(2 - greens, 2), ...COLORS.slice(2, 2 + (mins.length - greens))];
  return mins.map((min, i) => ({
    min,
    max: i === 0 ? null : (mins[i - 1] ?? null),
    color: colors[i] ?? 'red.8',
  }));
}

export function binOf(bins: readonly HeatBin[], value: number): HeatBin | undefined {
  return bins.find((b) => value >= b.min);
}
