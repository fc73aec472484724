import type { Hit } from '../analysis/call-result.ts';
import { COACHING_THEMES, type CoachingTheme, type Library } from '../analysis/library/library.ts';
import type { AgentRanking } from '../analysis/stats/agent-ranking.ts';
import type { ProportionComparison } from '../analysis/stats/compare-proportions.ts';
import type { GroupStats } from '../analysis/stats/group-stats.ts';
import type { Proportion } from '../analysis/stats/proportion.ts';
import type { Transcript } from '../analysis/transcript.ts';
import { buildFinding } from './report-finding.ts';
import { bestPracticesOf, complianceOf, effectivenessOf, rulesById } from './report-indicators.ts';
import { draftIntroduction, draftTitle } from './report-text.ts';
import { coachingThemeLabel } from './theme-labels.ts';

/**
 * The feedback report of the CADO method (DOMAIN.md): what the client tells a vendor after analysing
 * a sample of its calls — representative, factual, quantified, questioning, grouped by coaching
 * theme, one focus theme per cycle. Plain JSON data: drafted here, then edited by the analyst
 * (comments, questions, findings left out) and stored as is.
 */

export type ReportLanguage = 'fr' | 'en';

export interface ReportExcerpt {
  /** stored call id, for links */
  transcriptId: string;
  /** the call id users know */
  callId: string;
  ruleId: string;
  /** where the hit starts, seconds from the call start */
  seconds: number;
  /** the customer's words just before (for a practice) or that are the reaction */
  customerSays: string | null;
  /** the agent's words of the hit, with a little context, '…' where cut */
  agentDoes: string;
}

/** id stable within the report: `${practiceId}.q1`... */
export interface ReportQuestion {
  id: string;
  text: string;
}

export interface ReportReaction {
  reactionId: string;
  label: string;
  /** the reaction after the practice (first) against calls without the practice (second) */
  comparison: ProportionComparison;
}

export interface ReportFinding {
  practiceId: string;
  label: string;
  description: string;
  theme: CoachingTheme;
  polarity: 'good' | 'bad';
  /** share of the vendor's sampled calls with it */
  calls: Proportion;
  /** per call with it; null when the practice's cost is not measured (cost `none`) */
  secondsPerCall: number | null;
  secondsTotal: number;
  /** most different first */
  reactions: ReportReaction[];
  /** seconds per sampled call it weighs: see practiceImpact (finding-impact.ts) */
  impact: number;
  /** 2 to 5 when the calls give them, fewer only if fewer calls have it */
  excerpts: ReportExcerpt[];
  /** drafted from templates, editable later */
  questions: ReportQuestion[];
  /** the analyst's own words, '' at first */
  comment: string;
  /** true at first; the analyst may leave a finding out */
  included: boolean;
}

export interface ReportTheme {
  theme: CoachingTheme;
  label: string;
  /** focus: this cycle's theme; deferred: has bad practices, left for a later cycle; other: none */
  status: 'focus' | 'deferred' | 'other';
  /** by impact, highest first, then by practice id */
  findings: ReportFinding[];
}

export interface FeedbackReport {
  version: 1;
  language: ReportLanguage;
  vendor: { id: string; name: string };
  runId: string;
  sample: { planId: string; size: number; populationSize: number; seed: number } | null;
  /** vendor's calls analysed */
  calls: number;
  /** drafted, editable */
  title: string;
  introduction: string;
  focusTheme: CoachingTheme | null;
  /** the six themes in DOMAIN order, those without findings too */
  themes: ReportTheme[];
  /** good practices the best agents do more than the others, to generalise */
  bestPractices: {
    practiceId: string;
    label: string;
    bestAgentsRate: number;
    othersRate: number;
    difference: number;
    bestAgents: number;
    otherAgents: number;
  }[];
  /** good practices (grid items followed): rate in the vendor's calls */
  compliance: { practiceId: string; label: string; calls: Proportion }[];
  /** customer reactions: rate in the vendor's calls */
  effectiveness: { reactionId: string; label: string; calls: Proportion }[];
}

export interface FeedbackInput {
  language: ReportLanguage;
  library: Library;
  vendor: { id: string; name: string };
  runId: string;
  sample?: FeedbackReport['sample'];
  /** the vendor's group of the run's statistics */
  vendorStats: GroupStats;
  /** the ranking over the vendor's agents (may be absent) */
  agents?: AgentRanking;
  /** default: the theme with the highest total impact of bad practices */
  focusTheme?: CoachingTheme | null;
  /** example calls per practice/reaction id, each with its transcript and that rule's hits */
  examples: ReadonlyMap<
    string,
    readonly { transcriptId: string; transcript: Transcript; hits: readonly Hit[] }[]
  >;
}

/**
 * Drafts a vendor's feedback report from its statistics: a finding for each practice found in at
 * least one of its calls (good and bad), grouped by the six coaching themes and sorted by impact,
 * with excerpts, figures and questions; the best agents' practices; compliance and effectiveness.
 * Pure and deterministic: the same input gives the same report.
 */
export function buildFeedbackReport(input: FeedbackInput): FeedbackReport {
  const { language } = input;
  const rules = rulesById(input.library);
  const findings: ReportFinding[] = [];
  for (const stats of input.vendorStats.practices) {
    const rule = rules.get(stats.practiceId);
    if (rule?.kind !== 'practice' || stats.calls.k === 0) continue;
    const finding = buildFinding(rule, stats, {
      language,
      rules,
      vendorName: input.vendor.name,
      examples: input.examples.get(rule.id) ?? [],
    });
    if (finding !== null) findings.push(finding);
  }
  const focusTheme = input.focusTheme === undefined ? defaultFocusTheme(findings) : input.focusTheme;
  const themes = COACHING_THEMES.map((theme): ReportTheme => {
    const mine = findings.filter((f) => f.theme === theme).sort(byImpact);
    const status =
      theme === focusTheme ? 'focus' : mine.some((f) => f.polarity === 'bad') ? 'deferred' : 'other';
    return { theme, label: coachingThemeLabel(theme, language), status, findings: mine };
  });
  const calls = input.vendorStats.calls;
  const sample = input.sample ?? null;
  return {
    version: 1,
    language,
    vendor: { id: input.vendor.id, name: input.vendor.name },
    runId: input.runId,
    sample: sample === null ? null : { ...sample },
    calls,
    title: draftTitle(input.vendor.name, language),
    introduction: draftIntroduction({ vendorName: input.vendor.name, calls, sample, focusTheme }, language),
    focusTheme,
    themes,
    bestPractices: bestPracticesOf(input.agents, rules, language),
    compliance: complianceOf(input.vendorStats, rules, language),
    effectiveness: effectivenessOf(input.vendorStats, rules, language),
  };
}

function byImpact(a: ReportFinding, b: ReportFinding): number {
  return b.impact - a.impact || (a.practiceId < b.practiceId ? -1 : a.practiceId > b.practiceId ? 1 : 0);
}

/**
 * The theme whose bad practices weigh most (summed impact), ties to the earlier theme of DOMAIN
 * order; null when no bad practice was found. Only bad practices count: the cycle works on what to
 * reduce, good practices are generalised in every theme.
 */
export function defaultFocusTheme(findings: readonly ReportFinding[]): CoachingTheme | null {
  let best: CoachingTheme | null = null;
  let bestImpact = -1;
  for (const theme of COACHING_THEMES) {
    const bad = findings.filter((f) => f.theme === theme && f.polarity === 'bad');
    if (bad.length === 0) continue;
    const total = bad.reduce((sum, f) => sum + f.impact, 0);
    if (total > bestImpact) {
      best = theme;
      bestImpact = total;
    }
  }
  return best;
}
