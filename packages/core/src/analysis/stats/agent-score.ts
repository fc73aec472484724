import { type Interval, wilsonInterval, Z_95 } from '../../kpi/rates.ts';
import type { RuleIndex } from './call-facts.ts';
import type { GroupCounters } from './group-counters.ts';

/**
 * How agents are scored:
 * - `practices` (default): the mean, over the library's practices that have a polarity, of the
 *   share of the agent's calls with the practice, counted + for a good practice and − for a bad
 *   one. From −1 (every bad practice in every call, no good one) to +1; higher is better. Equal to
 *   the mean over the agent's calls of (good − bad practices in the call) / (polarised practices),
 *   which gives it a normal-approximation interval from the per-call spread.
 * - `reaction`: the rate of the agent's calls with one customer reaction (a refusal, a thank-you),
 *   with its Wilson interval; `better` says which way is good.
 */
export type AgentScore =
  | { kind: 'practices' }
  | { kind: 'reaction'; reactionId: string; better: 'higher' | 'lower' };

export interface ScoredAgent {
  readonly agent: string;
  readonly n: number;
  readonly score: number;
  readonly interval: Interval | null;
}

/** Whether a higher score is better under `score`. */
export function higherIsBetter(score: AgentScore): boolean {
  return score.kind === 'practices' || score.better === 'higher';
}

/** Checks that `score` can be computed with this library; the reason when it cannot. */
export function scoreProblem(score: AgentScore, rules: RuleIndex): string | null {
  if (score.kind === 'reaction') {
    return rules.reactionAt.has(score.reactionId) ? null : `the library has no reaction ${score.reactionId}`;
  }
  return rules.practices.some((p) => p.polarity !== undefined)
    ? null
    : 'no practice of the library has a polarity';
}

function practicesScore(agent: GroupCounters, polarised: number, z: number): Omit<ScoredAgent, 'agent'> {
  const n = agent.calls;
  const score = agent.signedSum / (n * polarised);
  if (n < 2) return { n, score, interval: null };
  // Sample variance of the per-call values s/P from the running sums of s and s² (whole numbers,
  // so exact whatever the merge order); max(0, …) absorbs rounding on constant series.
  const variance = Math.max(0, agent.signedSquares - (agent.signedSum * agent.signedSum) / n) / (n - 1);
  const half = (z * Math.sqrt(variance / n)) / polarised;
  return { n, score, interval: { low: Math.max(-1, score - half), high: Math.min(1, score + half) } };
}

/** The score of one agent (an agent group with at least one call). */
export function scoreAgent(
  agent: GroupCounters,
  score: AgentScore,
  rules: RuleIndex,
  z: number = Z_95,
): ScoredAgent {
  const name = agent.key ?? '';
  if (score.kind === 'practices') {
    const polarised = rules.practices.filter((p) => p.polarity !== undefined).length;
    return { agent: name, ...practicesScore(agent, polarised, z) };
  }
  const r = rules.reactionAt.get(score.reactionId) ?? -1;
  const k = agent.reactionCalls[r] ?? 0;
  return { agent: name, n: agent.calls, score: k / agent.calls, interval: wilsonInterval(k, agent.calls, z) };
}
