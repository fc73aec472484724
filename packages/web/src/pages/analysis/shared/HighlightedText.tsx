import { Fragment, type ReactNode } from 'react';
import { type MarkSpan, segmentText } from './highlight';

export interface MarkStyle {
  /** the rule's label: the mark's tooltip */
  readonly label: string;
  /** a Mantine colour name (teal, red, blue…) */
  readonly color: string;
}

interface HighlightedTextProps {
  readonly text: string;
  readonly spans: readonly MarkSpan[];
  readonly styleOf: (ruleId: string) => MarkStyle;
  /** the hits of this rule stand out (the one the reader came for) */
  readonly focusRuleId?: string | null;
}

/**
 * A turn's text with each hit's characters in a `<mark>` naming its rule (`data-rule-id`, and its
 * label as tooltip); where hits of several rules overlap, their marks are nested.
 */
export function HighlightedText({ text, spans, styleOf, focusRuleId }: HighlightedTextProps) {
  return (
    <>
      {segmentText(text, spans).map((segment) => (
        <Fragment key={segment.start}>
          {segment.ruleIds.reduceRight<ReactNode>((inner, ruleId) => {
            const { label, color } = styleOf(ruleId);
            const focused = focusRuleId === ruleId;
            return (
              <mark
                key={ruleId}
                data-rule-id={ruleId}
                title={label}
                style={{
                  backgroundColor: `var(--mantine-color-${color}-${focused ? 3 : 1})`,
                  color: 'inherit',
                  borderBottom: `2px solid var(--mantine-color-${color}-${focused ? 8 : 5})`,
                  borderRadius: 2,
                  padding: '0 1px',
                }}
              >
                {inner}
              </mark>
            );
          }, segment.text)}
        </Fragment>
      ))}
    </>
  );
}

/** The colour of a rule's marks: good practices teal, bad ones red, reactions blue. */
export function ruleColor(
  rule: { readonly kind: string; readonly polarity?: string | null | undefined } | undefined,
): string {
  if (!rule) return 'yellow';
  if (rule.kind === 'reaction') return 'blue';
  if (rule.polarity === 'good') return 'teal';
  if (rule.polarity === 'bad') return 'red';
  return 'yellow';
}
