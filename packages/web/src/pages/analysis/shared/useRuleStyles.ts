import { useMemo } from 'react';
import type { MarkStyle } from './HighlightedText';
import { ruleColor } from './HighlightedText';
import type { Lang } from './labels';

interface StyledRule {
  readonly id: string;
  readonly kind: string;
  readonly polarity?: 'good' | 'bad' | null | undefined;
  readonly label: { readonly fr: string; readonly en: string };
}

/** Each rule's mark style (label in the language, colour by kind and polarity). */
export function useRuleStyles(rules: readonly StyledRule[], lang: Lang): (ruleId: string) => MarkStyle {
  return useMemo(() => {
    const styles = new Map(rules.map((r) => [r.id, { label: r.label[lang] || r.id, color: ruleColor(r) }]));
    return (ruleId: string) => styles.get(ruleId) ?? { label: ruleId, color: 'yellow' };
  }, [rules, lang]);
}
