import type { CoachingTheme, CostMeasure, LibraryRule } from './library.ts';

/** Short forms for writing a shipped library's rules: labels and descriptions as [French, English]. */
export type Text = readonly [fr: string, en: string];

const bi = ([fr, en]: Text) => ({ fr, en });

export function definition(id: string, label: Text, rule: string): LibraryRule {
  return { id, kind: 'definition', label: bi(label), rule };
}

export function practice(
  id: string,
  theme: CoachingTheme,
  polarity: 'good' | 'bad',
  cost: CostMeasure,
  label: Text,
  description: Text,
  rule: string,
): LibraryRule {
  return {
    id,
    kind: 'practice',
    theme,
    polarity,
    cost,
    label: bi(label),
    description: bi(description),
    rule,
  };
}

export function reaction(id: string, label: Text, description: Text, rule: string): LibraryRule {
  return { id, kind: 'reaction', label: bi(label), description: bi(description), rule };
}
