import { describe, expect, it } from 'vitest';
import type { Hit } from '../analysis/call-result.ts';
import { COACHING_THEMES, type CoachingTheme } from '../analysis/library/library.ts';
import { FRENCH_LIBRARY } from '../analysis/library/library-fr.ts';
import { buildFeedbackReport, type FeedbackInput, type ReportFinding } from './feedback-report.ts';
import { reportExcerpts } from './report-excerpt.ts';
import { vendorRun } from './report-fixture.ts';
import { EXCERPT_CHARS } from './text-cut.ts';

// 400 calls of the French demo corpus, analysed with the shipped library; Voxalia's share of them.
const run = vendorRun('Voxalia', 2024, 400);
const INPUT: FeedbackInput = {
  language: 'fr',
  library: FRENCH_LIBRARY,
  vendor: { id: 'voxalia', name: 'Voxalia' },
  runId: 'run-2024',
  sample: { planId: 'plan-1', size: 400, populationSize: 52000, seed: 2024 },
  vendorStats: run.vendorStats,
  agents: run.vendorOnly.agents,
  examples: run.examples,
};
const report = buildFeedbackReport(INPUT);
const findings = report.themes.flatMap((t) => t.findings);

/** The first hit of a rule in a call of the run, as the excerpt must have quoted it. */
function firstHit(callId: string, ruleId: string): { hit: Hit; speakers: (string | undefined)[] } {
  const call = run.calls.get(callId);
  const hit = call?.result.hits.filter((h) => h.ruleId === ruleId).sort((a, b) => a.start - b.start)[0];
  if (call === undefined || hit === undefined) throw new Error(`no ${ruleId} in ${callId}`);
  return { hit, speakers: hit.spans.map((s) => call.transcript.turns[s.turn]?.speaker) };
}

/** Impact recomputed from the vendor's raw figures, independently of the builder. */
function expectedImpact(practiceId: string): { impact: number; c: number; d: number } {
  const p = run.vendorStats.practices.find((x) => x.practiceId === practiceId);
  if (p === undefined) throw new Error(`no practice ${practiceId}`);
  const rule = FRENCH_LIBRARY.rules.find((r) => r.id === practiceId);
  const s = p.calls.k / p.calls.n;
  const c = rule?.cost === undefined || rule.cost === 'none' ? 0 : p.secondsPerCall.total / p.calls.k;
  let d = 0;
  for (const r of p.reactions) {
    const { pValue, difference } = r.comparison;
    if (pValue !== null && difference !== null && pValue < 0.05) d = Math.max(d, Math.abs(difference));
  }
  return { impact: s * (c + 60 * d), c, d };
}

describe('buildFeedbackReport over the French demo corpus', () => {
  it('analyses the vendor’s calls only', () => {
    expect(report.calls).toBe(run.calls.size);
    expect(report.calls).toBeGreaterThan(150);
    expect(report.calls).toBeLessThan(400);
  });

  it('lists the six themes in DOMAIN order with French labels', () => {
    expect(report.themes.map((t) => t.theme)).toEqual([...COACHING_THEMES]);
    expect(report.themes.map((t) => t.label)).toEqual([
      "Maîtrise de l'outil téléphonique",
      "Conduite d'un entretien structuré",
      'Qualité relationnelle',
      'Gestion des situations difficiles',
      'Proactivité et rebond',
      'Maîtrise des gestes métiers',
    ]);
  });

  it('has a finding for every practice found in the vendor’s calls, good and bad', () => {
    const found = run.vendorStats.practices.filter((p) => p.calls.k > 0).map((p) => p.practiceId);
    expect(findings.map((f) => f.practiceId).sort()).toEqual([...found].sort());
    expect(findings.some((f) => f.polarity === 'good')).toBe(true);
    expect(findings.some((f) => f.polarity === 'bad')).toBe(true);
    for (const t of report.themes) expect(t.findings.every((f) => f.theme === t.theme)).toBe(true);
  });

  it('sorts each theme’s findings by impact, highest first', () => {
    for (const t of report.themes) {
      const impacts = t.findings.map((f) => f.impact);
      expect(impacts).toEqual([...impacts].sort((a, b) => b - a));
    }
  });

  it('recomputes every impact independently, one finding with both a cost and a reaction', () => {
    for (const f of findings) expect(f.impact).toBeCloseTo(expectedImpact(f.practiceId).impact, 9);
    // an unannounced hold costs the whole hold and comes with more dissatisfaction: both terms count
    const hold = expectedImpact('hold_unannounced');
    expect(hold.c).toBeGreaterThan(30);
    expect(hold.d).toBeGreaterThan(0.1);
    const f = findings.find((x) => x.practiceId === 'hold_unannounced');
    expect(f?.impact).toBeCloseTo(hold.impact, 9);
    expect(f?.secondsPerCall).toBeCloseTo(hold.c, 9);
  });

  it('chooses as focus the theme whose bad practices weigh most', () => {
    const totals = new Map<CoachingTheme, number>();
    for (const f of findings.filter((x) => x.polarity === 'bad'))
      totals.set(f.theme, (totals.get(f.theme) ?? 0) + expectedImpact(f.practiceId).impact);
    const heaviest = [...totals].sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(report.focusTheme).toBe(heaviest);
    expect(report.themes.find((t) => t.theme === heaviest)?.status).toBe('focus');
  });

  it('quotes 2 to 5 calls per finding, the agent’s words holding what was found', () => {
    const checked = new Set<string>();
    for (const f of findings) {
      // a practice found only as an absence over the whole call has no words to quote
      if (f.practiceId === 'acts_without_identity_check') {
        expect(f.excerpts).toEqual([]);
        continue;
      }
      expect(f.excerpts.length).toBeGreaterThanOrEqual(Math.min(2, f.calls.k));
      expect(f.excerpts.length).toBeLessThanOrEqual(5);
      expect(new Set(f.excerpts.map((e) => e.callId)).size).toBe(f.excerpts.length);
      for (const e of f.excerpts) {
        const { hit, speakers } = firstHit(e.callId, f.practiceId);
        expect(e.seconds).toBe(hit.start);
        expect(e.transcriptId).toBe(`t-${e.callId}`);
        expect(e.agentDoes.length).toBeLessThanOrEqual(EXCERPT_CHARS + 2);
        const agentSpan = hit.spans.find((_, i) => speakers[i] === 'agent');
        const customerSpan = hit.spans.find((_, i) => speakers[i] === 'customer');
        if (agentSpan !== undefined) {
          expect(e.agentDoes).toContain(agentSpan.text);
          checked.add(f.practiceId);
        } else if (customerSpan !== undefined) {
          expect(e.customerSays).toContain(customerSpan.text);
        } else {
          expect(e.agentDoes.length).toBeGreaterThan(0);
        }
      }
    }
    // most practices are phrases the agent says: the check above ran on them
    expect(checked.size).toBeGreaterThan(15);
  });

  it('quotes a customer reaction with the agent’s words it answers', () => {
    const excerpts = reportExcerpts('refusal', 'reaction', run.examples.get('refusal') ?? []);
    expect(excerpts.length).toBe(5);
    for (const e of excerpts) {
      const { hit, speakers } = firstHit(e.callId, 'refusal');
      expect(e.customerSays).toContain(hit.spans[speakers.indexOf('customer')]?.text);
      expect(e.agentDoes).toContain(hit.spans[speakers.indexOf('agent')]?.text);
    }
  });

  it('drafts questions in French and in English, with the same ids', () => {
    const en = buildFeedbackReport({ ...INPUT, language: 'en' });
    const enFindings = en.themes.flatMap((t) => t.findings);
    expect(enFindings.map((f) => f.practiceId)).toEqual(findings.map((f) => f.practiceId));
    for (const [i, f] of findings.entries()) {
      const g = enFindings[i] as ReportFinding;
      expect(f.questions.length).toBe(f.polarity === 'bad' ? 5 : 3);
      expect(f.questions.map((q) => q.id)).toEqual(f.questions.map((_, j) => `${f.practiceId}.q${j + 1}`));
      expect(g.questions.map((q) => q.id)).toEqual(f.questions.map((q) => q.id));
      for (const q of f.questions) expect(q.text).toMatch(/\u202F\?$/);
      for (const q of g.questions) expect(q.text).toMatch(/[^\s\u202F]\?$/);
      expect(f.questions[0]?.text).toContain(`«\u00A0${f.label}\u00A0»`);
      expect(g.questions[0]?.text).toContain(`“${g.label}”`);
    }
    const hold = findings.find((f) => f.practiceId === 'hold_unannounced');
    const share = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(
      100 * (hold?.calls.value ?? 0),
    );
    expect(hold?.questions[0]?.text).toMatch(
      new RegExp(
        `^Quel est l'impact de «\u00A0Mise en attente sans annonce\u00A0» \\(${share}\u202F% des appels, \\d+\u202Fs par appel\\)`,
      ),
    );
    // the most different significant reaction is quoted with both rates
    expect(hold?.questions[2]?.text).toMatch(
      /quand «\u00A0Mécontentement\u00A0» vient après dans \d+\u202F% des appels concernés, contre \d+\u202F% des autres appels/,
    );
    const enHold = enFindings.find((f) => f.practiceId === 'hold_unannounced');
    expect(enHold?.questions[0]?.text).toMatch(
      /^What is the impact of “Hold without announcement” \(\d+% of calls, \d+s per call\)/,
    );
    expect(enHold?.questions[1]?.text).toBe("What is its impact on Voxalia's return on investment?");
  });

  it('carries compliance, effectiveness and the best agents’ practices', () => {
    const good = FRENCH_LIBRARY.rules.filter((r) => r.kind === 'practice' && r.polarity === 'good');
    expect(report.compliance.map((c) => c.practiceId)).toEqual(good.map((r) => r.id));
    expect(report.effectiveness.map((e) => e.reactionId)).toEqual(
      FRENCH_LIBRARY.rules.filter((r) => r.kind === 'reaction').map((r) => r.id),
    );
    expect(report.bestPractices.length).toBeGreaterThan(0);
    for (const b of report.bestPractices) {
      expect(good.some((r) => r.id === b.practiceId)).toBe(true);
      expect(b.bestAgentsRate - b.othersRate).toBeCloseTo(b.difference, 12);
      expect(b.difference).toBeGreaterThan(0);
    }
  });

  it('is plain JSON data, the same for the same input', () => {
    expect(JSON.parse(JSON.stringify(report))).toStrictEqual(report);
    expect(buildFeedbackReport(INPUT)).toStrictEqual(report);
  });
});
