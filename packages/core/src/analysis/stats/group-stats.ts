import type { CoachingTheme } from '../library/library.ts';
import type { AgentRanking } from './agent-ranking.ts';
import type { RuleIndex } from './call-facts.ts';
import type { CallGroupDimension } from './call-groups.ts';
import { compareProportions, type ProportionComparison } from './compare-proportions.ts';
import type { GroupCounters, PracticeCounters } from './group-counters.ts';
import { type Mean, mean, type Proportion, proportion } from './proportion.ts';

/** A customer reaction after a practice, against the same reaction in calls without the practice. */
export interface ReactionAfterPractice {
  readonly reactionId: string;
  /**
   * first: calls with the practice where the reaction starts at or after the practice's first hit,
   * of calls with the practice; second: calls without the practice where the reaction occurs
   * anywhere, of calls without it; difference first − second.
   */
  readonly comparison: ProportionComparison;
}

export interface PracticeStats {
  readonly practiceId: string;
  readonly theme: CoachingTheme | null;
  readonly polarity: 'good' | 'bad' | null;
  /** calls with the practice, of the group's calls */
  readonly calls: Proportion;
  /** hits, per call with the practice (n: calls with it) */
  readonly hitsPerCall: Mean;
  /** seconds it costs, per call with the practice (n: calls with it); `total` over the group */
  readonly secondsPerCall: Mean;
  /** its seconds over the handle time (sum of durations) of all the group's calls */
  readonly shareOfHandleTime: {
    readonly value: number | null;
    readonly seconds: number;
    readonly handleSeconds: number;
    readonly n: number;
  };
  readonly reactions: readonly ReactionAfterPractice[];
  /** example calls with the practice (groups of all calls and of vendors only) */
  readonly examples: readonly string[];
}

export interface GroupStats {
  readonly dimension: CallGroupDimension;
  /** null: the unknown group (calls whose links lack this dimension) */
  readonly key: string | null;
  readonly calls: number;
  readonly handleSeconds: number;
  /** each reaction's rate in all the group's calls */
  readonly reactions: readonly { readonly reactionId: string; readonly calls: Proportion }[];
  readonly practices: readonly PracticeStats[];
}

/** Everything `CallStatsAccumulator.result()` says. */
export interface CallStats {
  readonly libraryId: string;
  readonly calls: number;
  /** all calls, then vendors, sites, agents, periods; each dimension's unknown group last */
  readonly groups: readonly GroupStats[];
  readonly agents: AgentRanking;
}

function practiceStats(
  group: GroupCounters,
  counters: PracticeCounters,
  p: number,
  rules: RuleIndex,
  z: number | undefined,
): PracticeStats {
  const rule = rules.practices[p];
  const without = group.calls - counters.calls;
  return {
    practiceId: rule?.id ?? '',
    theme: rule?.theme ?? null,
    polarity: rule?.polarity ?? null,
    calls: proportion(counters.calls, group.calls, z),
    hitsPerCall: mean(counters.hits, counters.calls),
    secondsPerCall: mean(counters.costSeconds, counters.calls),
    shareOfHandleTime: {
      value: group.handleSeconds > 0 ? counters.costSeconds / group.handleSeconds : null,
      seconds: counters.costSeconds,
      handleSeconds: group.handleSeconds,
      n: group.calls,
    },
    reactions: rules.reactions.map((reaction, r) => {
      const after = counters.reactionAfter[r] ?? 0;
      // The group's calls with the reaction, minus those that have the practice too.
      const withoutPractice = (group.reactionCalls[r] ?? 0) - (counters.reactionAnywhere[r] ?? 0);
      return {
        reactionId: reaction.id,
        comparison: compareProportions(after, counters.calls, withoutPractice, without, z),
      };
    }),
    examples: [...counters.examples],
  };
}

/** The figures of one group from its counters. */
export function groupStats(group: GroupCounters, rules: RuleIndex, z?: number): GroupStats {
  return {
    dimension: group.dimension,
    key: group.key,
    calls: group.calls,
    handleSeconds: group.handleSeconds,
    reactions: rules.reactions.map((reaction, r) => ({
      reactionId: reaction.id,
      calls: proportion(group.reactionCalls[r] ?? 0, group.calls, z),
    })),
    practices: group.practices.map((counters, p) => practiceStats(group, counters, p, rules, z)),
  };
}
