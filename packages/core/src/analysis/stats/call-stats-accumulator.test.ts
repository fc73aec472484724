import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../kpi/rates.ts';
import type { CallResult } from '../call-result.ts';
import { callResult, LIBRARY } from './call-result-fixture.ts';
import { CallStatsAccumulator } from './call-stats-accumulator.ts';
import type { GroupStats, PracticeStats } from './group-stats.ts';

/** Five calls of two vendors; c4 and c5 lack some links (unknown groups). */
const CALLS: CallResult[] = [
  callResult('c1', {
    vendor: 'A',
    site: 'lyon',
    agent: 'a1',
    at: '2024-03-05T09:00',
    duration: 300,
    hits: 'argues@30 argues@90 refusal@100',
    costs: { argues: 40 },
  }),
  // the refusal comes before the argument: in a call with the practice, but not after it
  callResult('c2', {
    vendor: 'A',
    site: 'lyon',
    agent: 'a1',
    at: '2024-03-20T10:00',
    duration: 200,
    hits: 'refusal@10 argues@50',
    costs: { argues: 20 },
  }),
  callResult('c3', {
    vendor: 'B',
    site: 'tunis',
    agent: 'b1',
    at: '2024-04-01T11:00',
    duration: 100,
    hits: 'hold_announced@20 thanks@90',
  }),
  callResult('c4', { vendor: 'B', duration: 400, hits: 'refusal@200' }),
  callResult('c5', { site: 'tunis', agent: 'b1', at: '2024-04-02T08:30', duration: 100 }),
];

function accumulate(calls: readonly CallResult[], exampleCount?: number): CallStatsAccumulator {
  const acc = new CallStatsAccumulator(LIBRARY, exampleCount === undefined ? {} : { exampleCount });
  for (const c of calls) acc.add(c);
  return acc;
}

function group(groups: readonly GroupStats[], dimension: string, key: string | null): GroupStats {
  const found = groups.find((g) => g.dimension === dimension && g.key === key);
  if (!found) throw new Error(`no group ${dimension} ${key}`);
  return found;
}

function practice(g: GroupStats, id: string): PracticeStats {
  const found = g.practices.find((p) => p.practiceId === id);
  if (!found) throw new Error(`no practice ${id}`);
  return found;
}

describe('CallStatsAccumulator figures', () => {
  const stats = accumulate(CALLS).result();
  const all = group(stats.groups, 'all', 'all');
  const argues = practice(all, 'argues');

  it('counts calls with the practice, k of n with the Wilson interval', () => {
    expect(stats.calls).toBe(5);
    expect(argues.calls).toEqual({ k: 2, n: 5, value: 0.4, interval: wilsonInterval(2, 5) });
    expect(argues.theme).toBe('difficult_situations');
    expect(argues.polarity).toBe('bad');
  });

  it('counts hits and seconds per call with the practice, and the share of handle time', () => {
    expect(argues.hitsPerCall).toEqual({ value: 1.5, total: 3, n: 2 });
    expect(argues.secondsPerCall).toEqual({ value: 30, total: 60, n: 2 });
    // 60 s of arguing over 300 + 200 + 100 + 400 + 100 = 1,100 s handled in the group
    expect(argues.shareOfHandleTime).toEqual({ value: 60 / 1100, seconds: 60, handleSeconds: 1100, n: 5 });
  });

  it('compares a reaction after the practice with the reaction in calls without it', () => {
    const refusal = argues.reactions.find((r) => r.reactionId === 'refusal')?.comparison;
    // after arguing: c1 (refusal at 100 ≥ 30) but not c2 (refusal at 10 < 50): 1 of 2;
    // without arguing: c3, c4, c5, refusal in c4: 1 of 3
    expect(refusal?.first).toMatchObject({ k: 1, n: 2 });
    expect(refusal?.second).toMatchObject({ k: 1, n: 3 });
    expect(refusal?.difference).toBeCloseTo(1 / 2 - 1 / 3, 12);
    // margins 2/3 and 2/3 of 5: weights 3, 6, 1 of 10; observed k = 1 is the likeliest, so p = 1
    expect(refusal?.test).toBe('fisher_exact');
    expect(refusal?.pValue).toBeCloseTo(1, 12);
    const thanks = practice(all, 'hold_announced').reactions.find(
      (r) => r.reactionId === 'thanks',
    )?.comparison;
    expect(thanks?.first).toMatchObject({ k: 1, n: 1 });
    expect(thanks?.second).toMatchObject({ k: 0, n: 4 });
  });

  it("gives each reaction's rate over the group and leaves absent practices at 0 of n", () => {
    expect(all.reactions.map((r) => [r.reactionId, r.calls.k, r.calls.n])).toEqual([
      ['refusal', 3, 5],
      ['thanks', 1, 5],
    ]);
    const upsell = practice(all, 'upsell');
    expect(upsell.calls).toMatchObject({ k: 0, n: 5, value: 0 });
    expect(upsell.hitsPerCall.value).toBeNull();
    expect(upsell.reactions[0]?.comparison.reason).toMatch(/first sample is empty/);
  });

  it('says there is nothing to compare with when every call of the group has the practice', () => {
    const vendorA = practice(group(stats.groups, 'vendor', 'A'), 'argues');
    expect(vendorA.calls).toMatchObject({ k: 2, n: 2, value: 1 });
    expect(vendorA.reactions[0]?.comparison).toMatchObject({ difference: null, pValue: null, test: null });
  });

  it('never reports definitions, and ignores hits of rules outside the library', () => {
    const acc = accumulate([callResult('x', { hits: 'mystery@5 apology_words@6 argues@7' })]);
    const g = group(acc.result().groups, 'all', 'all');
    expect(g.practices.map((p) => p.practiceId)).toEqual([
      'hold_announced',
      'argues',
      'upsell',
      'long_silence',
      'mentions_offer',
    ]);
    expect(practice(g, 'argues').hitsPerCall).toEqual({ value: 1, total: 1, n: 1 });
  });
});

describe('"after the practice"', () => {
  it("counts a reaction starting at or after the start of the practice's first hit", () => {
    const acc = accumulate([
      callResult('same-second', { hits: 'argues@30 refusal@30' }),
      callResult('between-hits', { hits: 'argues@30 refusal@40 argues@50' }),
      callResult('before-only', { hits: 'refusal@20 argues@30' }),
      // starts 2 s before the argument and overlaps it: it started before, so it is not a reaction to it
      callResult('overlapping', { hits: 'refusal@28 argues@30' }),
      callResult('before-and-after', { hits: 'refusal@10 argues@30 refusal@40' }),
      callResult('no-practice', { hits: 'refusal@10' }),
    ]);
    const argues = practice(group(acc.result().groups, 'all', 'all'), 'argues');
    const refusal = argues.reactions.find((r) => r.reactionId === 'refusal')?.comparison;
    expect(refusal?.first).toMatchObject({ k: 3, n: 5 });
    expect(refusal?.second).toMatchObject({ k: 1, n: 1 });
  });
});

describe('groups', () => {
  const stats = accumulate(CALLS).result();

  it('lists all calls, vendors, sites, agents and months, each with an unknown group last', () => {
    expect(stats.groups.map((g) => `${g.dimension}:${g.key ?? '(unknown)'}=${g.calls}`)).toEqual([
      'all:all=5',
      'vendor:A=2',
      'vendor:B=2',
      'vendor:(unknown)=1',
      'site:lyon=2',
      'site:tunis=2',
      'site:(unknown)=1',
      'agent:a1=2',
      'agent:b1=2',
      'agent:(unknown)=1',
      'period:2024-03=2',
      'period:2024-04=2',
      'period:(unknown)=1',
    ]);
  });

  it('computes each group from its own calls', () => {
    const march = group(stats.groups, 'period', '2024-03');
    expect(march.handleSeconds).toBe(500);
    expect(practice(march, 'argues').shareOfHandleTime.value).toBeCloseTo(60 / 500, 12);
    const unknownVendor = group(stats.groups, 'vendor', null);
    expect(unknownVendor.practices.every((p) => p.calls.k === 0)).toBe(true);
  });
});
