import type { Library, LibraryRule } from '../analysis/library/library.ts';
import type { AgentRanking } from '../analysis/stats/agent-ranking.ts';
import type { GroupStats } from '../analysis/stats/group-stats.ts';
import type { FeedbackReport, ReportLanguage } from './feedback-report.ts';

/** A rule's label in the report's language, its id if the library lacks it. */
export function ruleLabel(
  rules: ReadonlyMap<string, LibraryRule>,
  id: string,
  language: ReportLanguage,
): string {
  return rules.get(id)?.label[language] ?? id;
}

/** The library's practices and reactions by id. */
export function rulesById(library: Library): Map<string, LibraryRule> {
  return new Map(library.rules.filter((r) => r.kind !== 'definition').map((r) => [r.id, r]));
}

/**
 * The good practices the vendor's best agents do more than the others, to generalise: the agent
 * ranking's distinguishing practices (already significant and ordered by p-value) that are good and
 * more frequent among the best. A bad practice the best agents avoid is left to its finding.
 */
export function bestPracticesOf(
  agents: AgentRanking | undefined,
  rules: ReadonlyMap<string, LibraryRule>,
  language: ReportLanguage,
): FeedbackReport['bestPractices'] {
  const best = agents?.bestAgents;
  if (best === null || best === undefined) return [];
  return best.practices
    .filter((p) => p.polarity === 'good' && (p.comparison.difference ?? 0) > 0 && rules.has(p.practiceId))
    .map((p) => ({
      practiceId: p.practiceId,
      label: ruleLabel(rules, p.practiceId, language),
      bestAgentsRate: p.comparison.first.value ?? 0,
      othersRate: p.comparison.second.value ?? 0,
      difference: p.comparison.difference ?? 0,
      bestAgents: best.agents.length,
      otherAgents: best.otherAgents,
    }));
}

/**
 * Compliance: each good practice of the library (a grid item) with its rate in the vendor's calls,
 * those found in no call included — a grid item never followed is the first thing to see.
 */
export function complianceOf(
  stats: GroupStats,
  rules: ReadonlyMap<string, LibraryRule>,
  language: ReportLanguage,
): FeedbackReport['compliance'] {
  return stats.practices
    .filter((p) => rules.get(p.practiceId)?.polarity === 'good')
    .map((p) => ({
      practiceId: p.practiceId,
      label: ruleLabel(rules, p.practiceId, language),
      calls: p.calls,
    }));
}

/** Effectiveness: each customer reaction with its rate in the vendor's calls. */
export function effectivenessOf(
  stats: GroupStats,
  rules: ReadonlyMap<string, LibraryRule>,
  language: ReportLanguage,
): FeedbackReport['effectiveness'] {
  return stats.reactions.map((r) => ({
    reactionId: r.reactionId,
    label: ruleLabel(rules, r.reactionId, language),
    calls: r.calls,
  }));
}
