import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../kpi/rates.ts';
import type { CallResult } from '../call-result.ts';
import type { Library } from '../library/library.ts';
import type { AgentRankingOptions } from './agent-ranking.ts';
import { agentCalls, callResult, LIBRARY } from './call-result-fixture.ts';
import { CallStatsAccumulator } from './call-stats-accumulator.ts';

/**
 * The library has 4 polarised practices (good: hold_announced, upsell; bad: argues, long_silence),
 * so a call's value is (good − bad present) / 4 and an agent's score the mean over their calls.
 */
const CALLS: CallResult[] = [
  ...agentCalls('x', 10, { agent: 'x', hits: 'hold_announced@10 upsell@50' }), // 2/4 per call: 0.5
  ...agentCalls('z', 12, { agent: 'z', hits: 'hold_announced@10' }), // 0.25
  ...agentCalls('w', 10, { agent: 'w', hits: 'upsell@10 argues@40' }), // 0
  ...agentCalls('y-bad', 5, { agent: 'y', hits: 'argues@20 refusal@30' }), // −1/4 in 5 calls
  ...agentCalls('y-ok', 5, { agent: 'y' }), // 0 in 5: mean −0.125
  ...agentCalls('v', 3, { agent: 'v', hits: 'hold_announced@10' }), // too few calls to rank
  callResult('anon-1', { hits: 'argues@5' }),
  callResult('anon-2', {}),
];

function ranking(options: AgentRankingOptions = {}, library: Library = LIBRARY, calls = CALLS) {
  const acc = new CallStatsAccumulator(library);
  for (const c of calls) acc.add(c);
  return acc.result(options).agents;
}

describe('agent ranking by practices (default)', () => {
  const agents = ranking();

  it('ranks agents with at least 10 calls by the polarity-signed mean of practice shares', () => {
    expect(agents.ranked.map((a) => [a.agent, a.rank, a.n, a.score])).toEqual([
      ['x', 1, 10, 0.5],
      ['z', 2, 12, 0.25],
      ['w', 3, 10, 0],
      ['y', 4, 10, -0.125],
    ]);
    expect(agents.tooFewCalls).toEqual([{ agent: 'v', n: 3 }]);
    expect(agents.unknownAgentCalls).toBe(2);
  });

  it('gives the score a normal interval from the spread of per-call values', () => {
    // y's per-call values: five −1/4 and five 0; sample variance of (good − bad) = 2.5 / 9,
    // se = √(0.27778 / 10) = 0.166667, half-width 1.959964 × 0.166667 / 4 = 0.0816652
    const y = agents.ranked.find((a) => a.agent === 'y');
    expect(y?.interval?.low).toBeCloseTo(-0.206665, 6);
    expect(y?.interval?.high).toBeCloseTo(-0.043335, 6);
    // x does the same thing in every call: no spread, a point interval
    expect(agents.ranked[0]?.interval).toEqual({ low: 0.5, high: 0.5 });
  });

  it('compares the top quartile with the other ranked agents, most significant first', () => {
    const best = agents.bestAgents;
    expect(best?.agents).toEqual(['x']);
    expect(best?.otherAgents).toBe(3);
    expect(best?.tested).toBe(5);
    // x: 10 calls; the others 32. Cells expect fewer than 5, so Fisher (values from the exact
    // hypergeometric sums): upsell 10/10 vs 10/32 p = 0.000126, hold 10/10 vs 12/32 p = 0.000565,
    // argues 0/10 vs 15/32 p = 0.00736; long_silence and mentions_offer do not differ (p = 1).
    expect(best?.practices.map((p) => [p.practiceId, p.comparison.first.k, p.comparison.second.k])).toEqual([
      ['upsell', 10, 10],
      ['hold_announced', 10, 12],
      ['argues', 0, 15],
    ]);
    const [upsell, hold, argues] = best?.practices ?? [];
    expect(upsell?.comparison.pValue).toBeCloseTo(0.000125561, 8);
    expect(hold?.comparison.pValue).toBeCloseTo(0.000565025, 8);
    expect(argues?.comparison.pValue).toBeCloseTo(0.00736223, 7);
    expect(argues?.comparison.test).toBe('fisher_exact');
    expect(argues?.comparison.difference).toBeCloseTo(-15 / 32, 12);
    expect(argues?.polarity).toBe('bad');
  });

  it('keeps the top N when asked, whatever their p-value', () => {
    const best = ranking({ alpha: 1.01, maxPractices: 2 }).bestAgents;
    expect(best?.practices.map((p) => p.practiceId)).toEqual(['upsell', 'hold_announced']);
  });

  it('ranks more agents with a lower minimum; equal scores break on more calls', () => {
    const ranked = ranking({ minCalls: 3 }).ranked;
    expect(ranked.map((a) => [a.agent, a.rank])).toEqual([
      ['x', 1],
      ['z', 2],
      ['v', 2],
      ['w', 4],
      ['y', 5],
    ]);
  });
});

describe('agent ranking by a reaction', () => {
  it('ranks on the rate of the reaction, lower better, with its Wilson interval; ties share a rank', () => {
    const agents = ranking({ score: { kind: 'reaction', reactionId: 'refusal', better: 'lower' } });
    expect(agents.ranked.map((a) => [a.agent, a.rank, a.score])).toEqual([
      ['z', 1, 0],
      ['w', 1, 0],
      ['x', 1, 0],
      ['y', 4, 0.5],
    ]);
    expect(agents.ranked[3]?.interval).toEqual(wilsonInterval(5, 10));
  });

  it('says why when the reaction is not in the library', () => {
    const agents = ranking({ score: { kind: 'reaction', reactionId: 'hang_up', better: 'lower' } });
    expect(agents.ranked).toEqual([]);
    expect(agents.reason).toMatch(/no reaction hang_up/);
  });
});

describe('agent ranking without enough to rank', () => {
  it('needs polarised practices for the practices score', () => {
    const neutral: Library = { ...LIBRARY, rules: LIBRARY.rules.map(({ polarity: _, ...r }) => r) };
    expect(ranking({}, neutral).reason).toMatch(/no practice of the library has a polarity/);
  });

  it('refuses a "best" share that leaves nobody on one side', () => {
    expect(() => ranking({ topShare: 0 })).toThrow(/topShare/);
    expect(() => ranking({ topShare: 1 })).toThrow(/topShare/);
  });

  it('needs two ranked agents to say what distinguishes the best', () => {
    const agents = ranking({ minCalls: 11 });
    expect(agents.ranked.map((a) => a.agent)).toEqual(['z']);
    expect(agents.bestAgents).toBeNull();
    expect(agents.reason).toMatch(/fewer than two agents with at least 11 calls/);
  });
});
