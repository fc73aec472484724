import { describe, expect, it } from 'vitest';
import type { Library } from '../analysis/library/library.ts';
import { agentCalls, LIBRARY } from '../analysis/stats/call-result-fixture.ts';
import { CallStatsAccumulator } from '../analysis/stats/call-stats-accumulator.ts';
import { buildFeedbackReport, type FeedbackInput, type ReportFinding } from './feedback-report.ts';

/** The stats tests' small library, plus a good practice no call has. */
const MINI: Library = {
  ...LIBRARY,
  rules: [
    ...LIBRARY.rules,
    {
      id: 'greets',
      kind: 'practice',
      theme: 'structured_conversation',
      polarity: 'good',
      label: { fr: 'Salue', en: 'Greets' },
      rule: '"bonjour"',
    },
  ],
};

// Vendor A, four agents of 10 calls each:
//   g1, g2: hold_announced@10, upsell@100 (30 s), thanks@200
//   b1:     argues@30 (20 s), refusal@60
//   b2:     long_silence@50 (15 s)
const acc = new CallStatsAccumulator(MINI);
for (const c of [
  ...agentCalls('g1', 10, {
    vendor: 'A',
    agent: 'g1',
    hits: 'hold_announced@10 upsell@100 thanks@200',
    costs: { upsell: 30 },
  }),
  ...agentCalls('g2', 10, {
    vendor: 'A',
    agent: 'g2',
    hits: 'hold_announced@10 upsell@100 thanks@200',
    costs: { upsell: 30 },
  }),
  ...agentCalls('b1', 10, { vendor: 'A', agent: 'b1', hits: 'argues@30 refusal@60', costs: { argues: 20 } }),
  ...agentCalls('b2', 10, { vendor: 'A', agent: 'b2', hits: 'long_silence@50', costs: { long_silence: 15 } }),
])
  acc.add(c);
const stats = acc.result();
const vendorStats = stats.groups.find((g) => g.dimension === 'vendor' && g.key === 'A');
if (vendorStats === undefined) throw new Error('no vendor group');

const INPUT: FeedbackInput = {
  language: 'en',
  library: MINI,
  vendor: { id: 'vendor-a', name: 'Atlas' },
  runId: 'run-1',
  vendorStats,
  agents: stats.agents,
  examples: new Map(),
};

function finding(findings: readonly ReportFinding[], id: string): ReportFinding {
  const f = findings.find((x) => x.practiceId === id);
  if (f === undefined) throw new Error(`no finding ${id}`);
  return f;
}

describe('buildFeedbackReport on hand-made figures', () => {
  const report = buildFeedbackReport(INPUT);
  const all = report.themes.flatMap((t) => t.findings);

  it('has a finding per practice found, none for practices in no call or without a theme', () => {
    expect(all.map((f) => f.practiceId).sort()).toEqual([
      'argues',
      'hold_announced',
      'long_silence',
      'upsell',
    ]);
  });

  it('computes each impact as s × (c + 60 × d) (worked by hand)', () => {
    // argues: 10/40 calls, 20 s each; refusal after it 10/10 vs 0/30 without (d = 1, Fisher p ≈ 1e-9)
    //   → 0.25 × (20 + 60 × 1) = 20
    expect(finding(all, 'argues').impact).toBeCloseTo(20, 10);
    // long_silence: 10/40, 15 s; thanks 0/10 vs 20/30 (d = −2/3; Fisher p = 2 × C(20,10)/C(40,10)
    //   = 2 × 184756/847660528 = 0.00044); refusal 0/10 vs 10/30 (d = −1/3) is smaller
    //   → 0.25 × (15 + 60 × 2/3) = 13.75
    expect(finding(all, 'long_silence').impact).toBeCloseTo(13.75, 10);
    // hold_announced: 20/40, cost not measured (null); thanks 20/20 vs 0/20 (d = 1) → 0.5 × 60 = 30
    expect(finding(all, 'hold_announced').secondsPerCall).toBeNull();
    expect(finding(all, 'hold_announced').impact).toBeCloseTo(30, 10);
    // upsell: 20/40, 30 s; thanks d = 1 → 0.5 × (30 + 60) = 45
    expect(finding(all, 'upsell').secondsPerCall).toBe(30);
    expect(finding(all, 'upsell').impact).toBeCloseTo(45, 10);
  });

  it('lists reactions most different first, with their labels', () => {
    expect(
      finding(all, 'long_silence').reactions.map((r) => [r.reactionId, r.comparison.difference]),
    ).toEqual([
      ['thanks', expect.closeTo(-2 / 3, 12)],
      ['refusal', expect.closeTo(-1 / 3, 12)],
    ]);
  });

  it('lists the six themes in order, sorted by impact, the focus on the heaviest bad practices', () => {
    expect(report.themes.map((t) => [t.theme, t.status, t.findings.map((f) => f.practiceId)])).toEqual([
      // bad impact 13.75: deferred
      ['phone_tool', 'deferred', ['hold_announced', 'long_silence']],
      ['structured_conversation', 'other', []],
      ['relational_quality', 'other', []],
      // bad impact 20 > 13.75: the focus
      ['difficult_situations', 'focus', ['argues']],
      // only a good practice (impact 45, the highest of all, but good practices do not choose the focus)
      ['proactivity', 'other', ['upsell']],
      ['business_procedures', 'other', []],
    ]);
    expect(report.focusTheme).toBe('difficult_situations');
    expect(report.themes[0]?.label).toBe('Phone-tool mastery');
  });

  it('keeps the focus theme given, even null', () => {
    const given = buildFeedbackReport({ ...INPUT, focusTheme: 'proactivity' });
    expect(given.focusTheme).toBe('proactivity');
    expect(given.themes.filter((t) => t.status === 'focus').map((t) => t.theme)).toEqual(['proactivity']);
    expect(given.themes.find((t) => t.theme === 'difficult_situations')?.status).toBe('deferred');
    const none = buildFeedbackReport({ ...INPUT, focusTheme: null });
    expect(none.focusTheme).toBeNull();
    expect(none.themes.some((t) => t.status === 'focus')).toBe(false);
    expect(none.introduction).not.toMatch(/focus theme/);
    expect(report.introduction).toMatch(/focus theme is “Difficult situations”/);
  });

  it('lists compliance for every good practice, those in no call too, and effectiveness per reaction', () => {
    expect(report.compliance.map((c) => [c.practiceId, c.calls.k, c.calls.n])).toEqual([
      ['hold_announced', 20, 40],
      ['upsell', 20, 40],
      ['greets', 0, 40],
    ]);
    expect(report.compliance[2]?.label).toBe('Greets');
    expect(report.effectiveness.map((e) => [e.reactionId, e.calls.k])).toEqual([
      ['refusal', 10],
      ['thanks', 20],
    ]);
  });

  it("takes the best agents' good practices, not the bad ones they avoid", () => {
    // one best agent of four (top quartile); its calls vs the other 30: upsell and hold_announced 10/10
    // vs 10/30, argues and long_silence 0/10 vs 10/30 (bad: left out)
    const practiceIds = stats.agents.bestAgents?.practices.map((p) => p.practiceId) ?? [];
    expect(practiceIds).toEqual(expect.arrayContaining(['argues', 'hold_announced', 'upsell']));
    expect(report.bestPractices).toEqual([
      {
        practiceId: 'hold_announced',
        label: 'hold_announced',
        bestAgentsRate: 1,
        othersRate: 1 / 3,
        difference: expect.closeTo(2 / 3, 12),
        bestAgents: 1,
        otherAgents: 3,
      },
      expect.objectContaining({ practiceId: 'upsell', bestAgentsRate: 1, othersRate: 1 / 3 }),
    ]);
    expect(buildFeedbackReport({ ...INPUT, agents: undefined }).bestPractices).toEqual([]);
  });

  it('starts every finding included, without comment; carries the run, vendor and sample', () => {
    expect(all.every((f) => f.included && f.comment === '' && f.excerpts.length === 0)).toBe(true);
    expect(report).toMatchObject({
      version: 1,
      runId: 'run-1',
      vendor: { id: 'vendor-a', name: 'Atlas' },
      calls: 40,
    });
    expect(report.sample).toBeNull();
    expect(report.title).toBe('Quality feedback — Atlas');
  });

  it('says where the sample comes from in the introduction', () => {
    const sample = { planId: 'plan-9', size: 40, populationSize: 12500, seed: 77 };
    const fr = buildFeedbackReport({ ...INPUT, language: 'fr', sample });
    expect(fr.sample).toEqual(sample);
    expect(fr.title).toBe('Retour qualité — Atlas');
    expect(fr.introduction).toContain('40 appels traités par Atlas');
    expect(fr.introduction).toContain('un échantillon de 40 appels parmi 12\u202F500 (graine 77)');
    expect(fr.introduction).toContain('«\u00A0Gestion des situations difficiles\u00A0»');
    expect(buildFeedbackReport({ ...INPUT, sample }).introduction).toContain(
      'a sample of 40 calls out of 12,500 (seed 77)',
    );
  });
});
