import type { ReportReaction } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { ReactionComparisons } from '../../analysis/practice/ReactionComparisons';

/** Each customer reaction after the practice against calls without it: the gap, its interval, its test. */
export function FindingReactions({ reactions }: { readonly reactions: readonly ReportReaction[] }) {
  const { t } = useTranslation();
  const labels = new Map(reactions.map((r) => [r.reactionId, r.label]));
  return (
    <ReactionComparisons
      reactions={reactions}
      labelOf={(id) => labels.get(id) ?? id}
      caption={t('reports.finding.reactions')}
      testId="finding-reactions"
    />
  );
}
