import type { CoachingTheme } from '../analysis/library/library.ts';
import { compareProportions, type ProportionComparison } from '../analysis/stats/compare-proportions.ts';
import { type Proportion, proportion } from '../analysis/stats/proportion.ts';

/**
 * Progress of a coaching cycle (DOMAIN.md: "one focus theme per cycle; move to the next once
 * progress is measured"): each objective of the focus theme is a practice's rate to bring to a
 * target, measured on a new random sample against the baseline sample.
 */

/** Bring a practice's share of calls to at least (a good one) or at most (a bad one) `target`, 0..1. */
export interface CycleObjective {
  practiceId: string;
  direction: 'at_least' | 'at_most';
  target: number;
}

export interface ObjectiveProgress {
  practiceId: string;
  objective: CycleObjective;
  /** the rate at the baseline sample, null when not measured */
  before: Proportion | null;
  /** the rate on the new sample */
  after: Proportion;
  /** after (first) vs before (second); null without a baseline */
  change: ProportionComparison | null;
  /** after.value on the right side of the target (>= for at_least, <= for at_most) */
  meetsTarget: boolean;
  /** the change is in the right direction with p < alpha */
  significant: boolean;
  /** meetsTarget, and the change is significant or after's whole Wilson interval is on the right side */
  achieved: boolean;
}

function checkCounts(name: string, c: { k: number; n: number }): void {
  if (!Number.isInteger(c.k) || !Number.isInteger(c.n) || c.k < 0 || c.k > c.n)
    throw new Error(
      `objectiveProgress: ${name} must be whole numbers with 0 <= k <= n (got ${c.k} / ${c.n})`,
    );
}

/**
 * Where an objective stands. Meeting the target on one sample is not enough, since a sample's rate
 * moves by chance: the objective is achieved when, besides, either the rate moved significantly the
 * right way since the baseline, or the new rate's 95 % interval lies entirely on the right side of
 * the target (no baseline needed). Throws on a target outside 0..1 or impossible counts.
 */
export function objectiveProgress(
  objective: CycleObjective,
  before: { k: number; n: number } | null,
  after: { k: number; n: number },
  alpha: number = 0.05,
): ObjectiveProgress {
  if (!(objective.target >= 0 && objective.target <= 1))
    throw new Error(
      `objective ${objective.practiceId}: target (${objective.target}) must be between 0 and 1`,
    );
  if (!(alpha > 0 && alpha < 1)) throw new Error(`alpha (${alpha}) must be between 0 and 1`);
  checkCounts('after', after);
  if (before !== null) checkCounts('before', before);
  const up = objective.direction === 'at_least';
  const change = before === null ? null : compareProportions(after.k, after.n, before.k, before.n);
  const afterRate = change?.first ?? proportion(after.k, after.n);
  const rightSide = (x: number) => (up ? x >= objective.target : x <= objective.target);
  const meetsTarget = afterRate.value !== null && rightSide(afterRate.value);
  const significant =
    change !== null &&
    change.pValue !== null &&
    change.difference !== null &&
    change.pValue < alpha &&
    (up ? change.difference > 0 : change.difference < 0);
  const interval = afterRate.interval;
  const surely = interval !== null && rightSide(up ? interval.low : interval.high);
  return {
    practiceId: objective.practiceId,
    objective,
    before: change?.second ?? null,
    after: afterRate,
    change,
    meetsTarget,
    significant,
    achieved: meetsTarget && (significant || surely),
  };
}

/** A theme is achieved when it has objectives and every one is achieved. */
export function themeAchieved(progress: readonly ObjectiveProgress[]): boolean {
  return progress.length > 0 && progress.every((p) => p.achieved);
}

/**
 * The next focus theme: the first theme of `order` after `current` not yet achieved, wrapping
 * around (so `current` itself comes last, if still not achieved); from the start of `order` when
 * there is no current theme or it is not in `order`. Null when every theme is achieved.
 */
export function nextFocusTheme(
  order: readonly CoachingTheme[],
  achieved: ReadonlySet<CoachingTheme>,
  current: CoachingTheme | null,
): CoachingTheme | null {
  const at = current === null ? -1 : order.indexOf(current);
  for (let i = 1; i <= order.length; i++) {
    const theme = order[(at + i) % order.length];
    if (theme !== undefined && !achieved.has(theme)) return theme;
  }
  return null;
}
