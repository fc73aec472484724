import { Z_95 } from '../../kpi/rates.ts';
import type { CoachingTheme } from '../library/library.ts';
import {
  type AgentScore,
  higherIsBetter,
  type ScoredAgent,
  scoreAgent,
  scoreProblem,
} from './agent-score.ts';
import type { RuleIndex } from './call-facts.ts';
import { compareProportions, type ProportionComparison } from './compare-proportions.ts';
import type { GroupCounters } from './group-counters.ts';

export interface AgentRankingOptions {
  /** agents with fewer calls are not ranked (their score is mostly noise); default 10 */
  minCalls?: number;
  /** default `{ kind: 'practices' }` */
  score?: AgentScore;
  /** share of ranked agents counted as "the best"; default 0.25 (the top quartile) */
  topShare?: number;
  /** distinguishing practices kept have p below this; default 0.05 (1 keeps them all) */
  alpha?: number;
  /** at most this many distinguishing practices; default 10 */
  maxPractices?: number;
  /** z of the intervals; default Z_95 */
  z?: number;
}

/** An agent's place: equal scores share a rank (1, 2, 2, 4). */
export interface RankedAgent extends ScoredAgent {
  readonly rank: number;
}

/** A practice whose share differs between the best agents (first) and the other ranked agents (second). */
export interface DistinguishingPractice {
  readonly practiceId: string;
  readonly theme: CoachingTheme | null;
  readonly polarity: 'good' | 'bad' | null;
  readonly comparison: ProportionComparison;
}

export interface BestAgents {
  readonly agents: readonly string[];
  readonly otherAgents: number;
  /** practices compared: with many, some pass alpha by chance (no multiplicity correction) */
  readonly tested: number;
  readonly alpha: number;
  /** by p-value, then size of the difference */
  readonly practices: readonly DistinguishingPractice[];
}

export interface AgentRanking {
  readonly score: AgentScore;
  readonly minCalls: number;
  /** best first */
  readonly ranked: readonly RankedAgent[];
  readonly tooFewCalls: readonly { readonly agent: string; readonly n: number }[];
  /** calls without an agent link: in no agent's figures */
  readonly unknownAgentCalls: number;
  /** null (with `reason`) when fewer than two agents are ranked or the score cannot be computed */
  readonly bestAgents: BestAgents | null;
  readonly reason?: string;
}

function withRanks(scored: ScoredAgent[], higher: boolean): RankedAgent[] {
  const sign = higher ? -1 : 1;
  const sorted = [...scored].sort(
    (a, b) => sign * (a.score - b.score) || b.n - a.n || (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0),
  );
  let rank = 0;
  return sorted.map((agent, i) => {
    if (i === 0 || sorted[i - 1]?.score !== agent.score) rank = i + 1;
    return { ...agent, rank };
  });
}

function pooled(agents: readonly GroupCounters[], p: number): { k: number; n: number } {
  let k = 0;
  let n = 0;
  for (const a of agents) {
    k += a.practices[p]?.calls ?? 0;
    n += a.calls;
  }
  return { k, n };
}

/**
 * "What distinguishes the best agents": each practice's share of calls among the top agents against
 * the other ranked agents, calls pooled. Two caveats the report should carry: calls of one agent are
 * not independent, so p-values are optimistic; and with the `practices` score the top agents were
 * chosen for these very practices, so differences there confirm the score more than they discover.
 */
function bestAgents(
  ranked: RankedAgent[],
  byAgent: Map<string, GroupCounters>,
  rules: RuleIndex,
  o: Required<AgentRankingOptions>,
): BestAgents {
  const topCount = Math.min(ranked.length - 1, Math.max(1, Math.ceil(ranked.length * o.topShare)));
  const counters = (list: RankedAgent[]) =>
    list.map((a) => byAgent.get(a.agent)).filter((g) => g !== undefined);
  const top = counters(ranked.slice(0, topCount));
  const others = counters(ranked.slice(topCount));
  const practices = rules.practices
    .map((rule, p) => {
      const t = pooled(top, p);
      const rest = pooled(others, p);
      return {
        practiceId: rule.id,
        theme: rule.theme ?? null,
        polarity: rule.polarity ?? null,
        comparison: compareProportions(t.k, t.n, rest.k, rest.n, o.z),
      };
    })
    .filter((d) => d.comparison.pValue !== null && d.comparison.pValue < o.alpha)
    .sort(
      (a, b) =>
        (a.comparison.pValue ?? 1) - (b.comparison.pValue ?? 1) ||
        Math.abs(b.comparison.difference ?? 0) - Math.abs(a.comparison.difference ?? 0) ||
        (a.practiceId < b.practiceId ? -1 : 1),
    )
    .slice(0, o.maxPractices);
  return {
    agents: ranked.slice(0, topCount).map((a) => a.agent),
    otherAgents: ranked.length - topCount,
    tested: rules.practices.length,
    alpha: o.alpha,
    practices,
  };
}

/** Ranks the agents with at least `minCalls` calls and compares the best ones with the others. */
export function rankAgents(
  agentGroups: readonly GroupCounters[],
  rules: RuleIndex,
  options: AgentRankingOptions = {},
): AgentRanking {
  const o: Required<AgentRankingOptions> = {
    minCalls: options.minCalls ?? 10,
    score: options.score ?? { kind: 'practices' },
    topShare: options.topShare ?? 0.25,
    alpha: options.alpha ?? 0.05,
    maxPractices: options.maxPractices ?? 10,
    z: options.z ?? Z_95,
  };
  if (!(o.topShare > 0 && o.topShare < 1))
    throw new Error(`topShare (${o.topShare}) must be between 0 and 1`);
  const known = agentGroups.filter((g) => g.key !== null);
  const unknownAgentCalls = agentGroups.find((g) => g.key === null)?.calls ?? 0;
  const eligible = known.filter((g) => g.calls >= Math.max(1, o.minCalls));
  const tooFewCalls = known
    .filter((g) => g.calls < Math.max(1, o.minCalls))
    .map((g) => ({ agent: g.key ?? '', n: g.calls }));
  const base = { score: o.score, minCalls: o.minCalls, tooFewCalls, unknownAgentCalls };
  const problem = scoreProblem(o.score, rules);
  if (problem !== null) return { ...base, ranked: [], bestAgents: null, reason: problem };
  const ranked = withRanks(
    eligible.map((g) => scoreAgent(g, o.score, rules, o.z)),
    higherIsBetter(o.score),
  );
  if (ranked.length < 2) {
    return {
      ...base,
      ranked,
      bestAgents: null,
      reason: `fewer than two agents with at least ${o.minCalls} calls`,
    };
  }
  const byAgent = new Map(eligible.map((g) => [g.key ?? '', g]));
  return { ...base, ranked, bestAgents: bestAgents(ranked, byAgent, rules, o) };
}
