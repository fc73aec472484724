import type { ReactionAfterPractice } from '../analysis/stats/group-stats.ts';

/** A reaction's change counts in a finding's impact only below this p-value. */
export const IMPACT_ALPHA = 0.05;

/** Seconds the impact adds for a change of 1 (100 points) in a customer reaction's rate. */
export const SECONDS_PER_REACTION_CHANGE = 60;

/**
 * Reactions most different first: by the absolute difference of their rate after the practice and
 * without it; comparisons with no difference (a side without calls) last; then by id, so the order
 * is the same whatever order the statistics list them in.
 */
export function byDifference(reactions: readonly ReactionAfterPractice[]): ReactionAfterPractice[] {
  const size = (r: ReactionAfterPractice) =>
    r.comparison.difference === null ? -1 : Math.abs(r.comparison.difference);
  return [...reactions].sort(
    (a, b) => size(b) - size(a) || (a.reactionId < b.reactionId ? -1 : a.reactionId > b.reactionId ? 1 : 0),
  );
}

/**
 * The reaction that differs most after the practice among those whose difference is significant
 * (p < alpha), or null: a difference that may be chance is neither weighed nor quoted.
 */
export function strongestReaction(
  reactions: readonly ReactionAfterPractice[],
  alpha: number = IMPACT_ALPHA,
): ReactionAfterPractice | null {
  return (
    byDifference(reactions).find(
      (r) => r.comparison.difference !== null && r.comparison.pValue !== null && r.comparison.pValue < alpha,
    ) ?? null
  );
}

/**
 * How much a practice weighs, in seconds per sampled call:
 *
 *   impact = s × (c + 60 × d)
 *
 * with s the share of the sampled calls that have it, c the seconds it costs per call that has it
 * (0 when not measured) and d the largest absolute difference (0..1) in a customer reaction's rate
 * after it against calls without it, among differences with p < 0.05 (0 if none). It reads "the
 * seconds per sampled call it costs, plus a minute per 100 points of change in a customer reaction
 * it goes with" (0.6 s per point), so time and customer behaviour share one scale. Good practices
 * get the same formula: their impact says how much they matter, not that they cost.
 */
export function practiceImpact(
  share: number,
  secondsPerCall: number | null,
  reactionDifference: number,
): number {
  return share * ((secondsPerCall ?? 0) + SECONDS_PER_REACTION_CHANGE * Math.abs(reactionDifference));
}
