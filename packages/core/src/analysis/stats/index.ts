export type {
  AgentRanking,
  AgentRankingOptions,
  BestAgents,
  DistinguishingPractice,
  RankedAgent,
} from './agent-ranking.ts';
export type { AgentScore, ScoredAgent } from './agent-score.ts';
export {
  ALL_CALLS_KEY,
  CALL_GROUP_DIMENSIONS,
  type CallGroup,
  type CallGroupDimension,
  periodOf,
} from './call-groups.ts';
export {
  CallStatsAccumulator,
  type CallStatsOptions,
  DEFAULT_EXAMPLE_COUNT,
} from './call-stats-accumulator.ts';
export {
  compareProportions,
  MIN_EXPECTED_COUNT,
  type ProportionComparison,
  type ProportionTest,
} from './compare-proportions.ts';
export { fisherExactTwoSided } from './fisher-exact.ts';
export type { CallStats, GroupStats, PracticeStats, ReactionAfterPractice } from './group-stats.ts';
export { newcombeInterval } from './newcombe.ts';
export { type Mean, mean, type Proportion, proportion } from './proportion.ts';
export { logFactorial, twoSidedNormalP } from './special-functions.ts';
export { type StatsSnapshot, statsSnapshotSchema } from './stats-snapshot.ts';
