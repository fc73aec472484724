import { describe, expect, it } from 'vitest';
import type { CallResult } from '../call-result.ts';
import type { Library } from '../library/library.ts';
import { callResult, LIBRARY } from './call-result-fixture.ts';
import { CallStatsAccumulator } from './call-stats-accumulator.ts';

const PRACTICES = ['hold_announced', 'argues', 'upsell', 'long_silence', 'mentions_offer'];

/** 60 varied calls from a fixed linear congruential sequence: reproducible, no Math.random. */
function variedCalls(count: number): CallResult[] {
  let seed = 12345;
  const next = (m: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % m;
  };
  return Array.from({ length: count }, (_, i) => {
    const hits: string[] = [];
    const costs: Record<string, number> = {};
    for (const p of PRACTICES) {
      if (next(3) === 0) {
        hits.push(`${p}@${next(200)}`);
        costs[p] = next(60);
      }
    }
    if (next(2) === 0) hits.push(`refusal@${next(300)}`);
    if (next(4) === 0) hits.push(`thanks@${next(300)}`);
    return callResult(`call-${i}`, {
      ...(next(5) === 0 ? {} : { vendor: `v${next(2)}` }),
      site: `s${next(3)}`,
      ...(next(6) === 0 ? {} : { agent: `agent-${next(6)}` }),
      ...(next(7) === 0 ? {} : { at: `2024-0${1 + next(3)}-1${next(9)}T10:00` }),
      duration: 60 + next(600),
      hits: hits.join(' '),
      costs,
    });
  });
}

function accumulate(calls: readonly CallResult[], exampleCount = 5): CallStatsAccumulator {
  const acc = new CallStatsAccumulator(LIBRARY, { exampleCount });
  for (const c of calls) acc.add(c);
  return acc;
}

describe('merge', () => {
  const calls = variedCalls(60);
  const whole = accumulate(calls);
  const options = { minCalls: 3 };

  it('merge(a, b) equals adding every call to one accumulator', () => {
    const merged = accumulate(calls.slice(0, 25)).merge(accumulate(calls.slice(25)));
    expect(merged.toJSON()).toEqual(whole.toJSON());
    expect(merged.result(options)).toEqual(whole.result(options));
    // the fixture is varied enough for every part of the result to be exercised
    expect(whole.result(options).agents.bestAgents?.agents.length).toBeGreaterThan(0);
    // unknown vendor, agent and period groups (every call has a site)
    expect(
      whole
        .toJSON()
        .groups.filter((g) => g.key === null)
        .map((g) => g.dimension),
    ).toEqual(['vendor', 'agent', 'period']);
  });

  it('does not depend on how calls were split or in which order parts are merged', () => {
    const [a, b, c] = [calls.slice(40), calls.slice(0, 10), calls.slice(10, 40)].map((part) =>
      accumulate(part),
    );
    if (!a || !b || !c) throw new Error('unreachable');
    expect(accumulate([]).merge(c).merge(a).merge(b).toJSON()).toEqual(whole.toJSON());
  });

  it('crosses threads as plain JSON', () => {
    const worker1 = JSON.parse(JSON.stringify(accumulate(calls.slice(0, 30)).toJSON()));
    const worker2 = JSON.parse(JSON.stringify(accumulate(calls.slice(30)).toJSON()));
    const main = CallStatsAccumulator.fromJSON(LIBRARY, worker1).merge(worker2);
    expect(main.result(options)).toEqual(whole.result(options));
  });

  it('leaves the merged accumulator untouched', () => {
    const part = accumulate(calls.slice(0, 10));
    const before = part.toJSON();
    accumulate(calls.slice(10))
      .merge(part)
      .add(calls[0] as CallResult);
    expect(part.toJSON()).toEqual(before);
  });

  it('refuses counts of another library, another example count, or a malformed snapshot', () => {
    const other: Library = { ...LIBRARY, rules: LIBRARY.rules.filter((r) => r.id !== 'upsell') };
    expect(() => accumulate([]).merge(new CallStatsAccumulator(other))).toThrow(/another library/);
    expect(() => accumulate([], 5).merge(accumulate([], 20))).toThrow(/example counts differ/);
    expect(() => CallStatsAccumulator.fromJSON(LIBRARY, { version: 1, groups: 'nope' })).toThrow();
    const broken = whole.toJSON();
    broken.groups[0]?.reactionCalls.pop();
    expect(() => accumulate([]).merge(broken)).toThrow(/do not match/);
  });
});

describe('examples and memory', () => {
  it('keeps a bounded sample of example calls per practice, for all calls and vendors only', () => {
    const calls = Array.from({ length: 50 }, (_, i) =>
      callResult(`arg-${i}`, { vendor: 'A', agent: 'x', hits: 'argues@10' }),
    );
    const stats = accumulate(calls, 3).result();
    const examples = (dimension: string) =>
      stats.groups.find((g) => g.dimension === dimension)?.practices.find((p) => p.practiceId === 'argues')
        ?.examples;
    expect(examples('all')).toHaveLength(3);
    expect(examples('vendor')).toEqual(examples('all'));
    expect(examples('agent')).toEqual([]);
    // the same sample however the calls were split between workers
    const split = accumulate(calls.slice(0, 17), 3)
      .merge(accumulate(calls.slice(17), 3))
      .result();
    expect(split.groups[0]?.practices[1]?.examples).toEqual(examples('all'));
  });

  it('streams 20,000 calls into counters whose size depends on groups, not calls', () => {
    const acc = new CallStatsAccumulator(LIBRARY);
    for (let i = 0; i < 20_000; i++) {
      acc.add(
        callResult(`c${i}`, {
          vendor: `v${i % 3}`,
          agent: `a${i % 40}`,
          at: `2024-0${1 + (i % 6)}-01T09:00`,
          hits: i % 2 === 0 ? 'argues@10 refusal@20' : 'upsell@5',
        }),
      );
    }
    const snapshot = acc.toJSON();
    expect(acc.calls).toBe(20_000);
    // 1 + 3 vendors + 1 unknown site + 40 agents + 6 months
    expect(snapshot.groups).toHaveLength(51);
    expect(snapshot.groups.every((g) => g.practices.every((p) => p.examples.length <= 20))).toBe(true);
  });
});
