import type { CycleObjective, ObjectiveProgress, Proportion } from '@vigie/core';
import type { CycleProgress } from '../../../api/cycles';

/** One objective as the cycle page shows it: measured, or only its baseline so far. */
export interface ObjectiveView {
  readonly objective: CycleObjective;
  readonly label: string;
  readonly before: Proportion | null;
  /** null until a measuring run is set */
  readonly after: Proportion | null;
  readonly progress: ObjectiveProgress | null;
}

/**
 * The objectives with their progress when the cycle is measured (or closed), else with the
 * vendor's rate in the baseline run, for a start.
 */
export function objectiveViews(
  objectives: readonly CycleObjective[],
  progress: CycleProgress | null,
  baseline: (practiceId: string) => Proportion | null,
  label: (practiceId: string) => string,
): ObjectiveView[] {
  if (progress)
    return progress.objectives.map((p) => ({
      objective: p.objective,
      label: label(p.practiceId),
      before: p.before,
      after: p.after,
      progress: p,
    }));
  return objectives.map((o) => ({
    objective: o,
    label: label(o.practiceId),
    before: baseline(o.practiceId),
    after: null,
    progress: null,
  }));
}

/** How many objectives are achieved, of how many. */
export function achievedCount(views: readonly ObjectiveView[]): { achieved: number; total: number } {
  return { achieved: views.filter((v) => v.progress?.achieved).length, total: views.length };
}
