import type { LibraryRule } from '../analysis/library/library.ts';
import type { PracticeStats } from '../analysis/stats/group-stats.ts';
import type { ReportFinding, ReportLanguage } from './feedback-report.ts';
import { byDifference, practiceImpact, strongestReaction } from './finding-impact.ts';
import { type ExampleCall, reportExcerpts } from './report-excerpt.ts';
import { ruleLabel } from './report-indicators.ts';
import { draftQuestions } from './report-questions.ts';

/** What a finding needs besides its practice's rule and figures. */
export interface FindingContext {
  readonly language: ReportLanguage;
  readonly rules: ReadonlyMap<string, LibraryRule>;
  readonly vendorName: string;
  readonly examples: readonly ExampleCall[];
}

/**
 * A practice's finding from the vendor's figures; null for a practice found in none of its calls or
 * lacking a theme or polarity (the library checker refuses those; a report cannot place them).
 */
export function buildFinding(
  rule: LibraryRule,
  stats: PracticeStats,
  context: FindingContext,
): ReportFinding | null {
  const { language, rules } = context;
  const share = stats.calls.value;
  if (rule.theme === undefined || rule.polarity === undefined || share === null || stats.calls.k === 0)
    return null;
  // A practice whose cost is not measured (`none`) has 0 s on record: say "not measured", not 0 s.
  const secondsPerCall = (rule.cost ?? 'none') === 'none' ? null : stats.secondsPerCall.value;
  const strongest = strongestReaction(stats.reactions);
  const label = rule.label[language];
  return {
    practiceId: rule.id,
    label,
    description: rule.description?.[language] ?? '',
    theme: rule.theme,
    polarity: rule.polarity,
    calls: stats.calls,
    secondsPerCall,
    secondsTotal: stats.secondsPerCall.total,
    reactions: byDifference(stats.reactions).map((r) => ({
      reactionId: r.reactionId,
      label: ruleLabel(rules, r.reactionId, language),
      comparison: r.comparison,
    })),
    impact: practiceImpact(share, secondsPerCall, strongest?.comparison.difference ?? 0),
    excerpts: reportExcerpts(rule.id, 'practice', context.examples),
    questions: draftQuestions(
      {
        practiceId: rule.id,
        label,
        polarity: rule.polarity,
        share,
        secondsPerCall,
        vendorName: context.vendorName,
        reaction:
          strongest === null
            ? null
            : {
                label: ruleLabel(rules, strongest.reactionId, language),
                after: strongest.comparison.first.value ?? 0,
                without: strongest.comparison.second.value ?? 0,
              },
      },
      language,
    ),
    comment: '',
    included: true,
  };
}
