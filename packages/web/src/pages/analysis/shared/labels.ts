import { COACHING_THEMES, type CoachingTheme } from '@vigie/core';
import { useTranslation } from 'react-i18next';

export type Lang = 'fr' | 'en';

/** The interface language, for the libraries' bilingual labels (re-renders when it changes). */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'fr' ? 'fr' : 'en';
}

interface Labelled {
  readonly id: string;
  readonly label: { readonly fr: string; readonly en: string };
}

/** A rule's label in the language, its id when unknown. */
export function ruleLabel(rules: readonly Labelled[], id: string, lang: Lang): string {
  return rules.find((r) => r.id === id)?.label[lang] || id;
}

/** Rules by id, to find labels fast in long lists. */
export function labelIndex(rules: readonly Labelled[], lang: Lang): (id: string) => string {
  const map = new Map(rules.map((r) => [r.id, r.label[lang] || r.id]));
  return (id) => map.get(id) ?? id;
}

/** The six coaching themes, in their fixed order. */
export const THEMES: readonly CoachingTheme[] = COACHING_THEMES;
