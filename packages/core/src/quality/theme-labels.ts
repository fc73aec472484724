import type { CoachingTheme } from '../analysis/library/library.ts';
import type { ReportLanguage } from './feedback-report.ts';

/**
 * The six coaching themes as DOMAIN.md names them. The library module only has their ids, and a
 * report must read in the vendor's language, so the names live here.
 */
export const COACHING_THEME_LABELS: Readonly<
  Record<CoachingTheme, Readonly<Record<ReportLanguage, string>>>
> = {
  phone_tool: { fr: "Maîtrise de l'outil téléphonique", en: 'Phone-tool mastery' },
  structured_conversation: { fr: "Conduite d'un entretien structuré", en: 'Structured conversation' },
  relational_quality: { fr: 'Qualité relationnelle', en: 'Relational quality' },
  difficult_situations: { fr: 'Gestion des situations difficiles', en: 'Difficult situations' },
  proactivity: { fr: 'Proactivité et rebond', en: 'Proactivity and rebound' },
  business_procedures: { fr: 'Maîtrise des gestes métiers', en: 'Business procedures' },
};

/** A coaching theme's name in the report's language. */
export function coachingThemeLabel(theme: CoachingTheme, language: ReportLanguage): string {
  return COACHING_THEME_LABELS[theme][language];
}
