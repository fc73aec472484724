import type { ReportLanguage } from './feedback-report.ts';

/**
 * Numbers as a report shows them, through Intl only, so the web page and the exported document
 * read the same. French typography wants a narrow no-break space (U+202F) before « % »; ICU
 * versions disagree (some give U+00A0), so the separator is set explicitly.
 */

const LOCALES: Readonly<Record<ReportLanguage, string>> = { fr: 'fr-FR', en: 'en-GB' };

/** No-break space: inside French guillemets. */
export const NBSP = '\u00A0';
/** Narrow no-break space: before « % », « ? », « : » in French. */
export const NNBSP = '\u202F';

/**
 * A ratio (0..1) as a percentage: whole points, since a sampled share is only known to a few
 * points; one decimal below 10 % so that small shares do not all read « 0 % ».
 */
export function formatPercent(ratio: number, language: ReportLanguage): string {
  const small = ratio !== 0 && Math.abs(ratio) < 0.1;
  const parts = new Intl.NumberFormat(LOCALES[language], {
    style: 'percent',
    maximumFractionDigits: small ? 1 : 0,
  }).formatToParts(ratio);
  return parts
    .map((p, i) =>
      language === 'fr' && p.type === 'literal' && parts[i + 1]?.type === 'percentSign' ? NNBSP : p.value,
    )
    .join('');
}

/** Seconds rounded to whole seconds, with the unit: « 12 s », "12s". */
export function formatSeconds(seconds: number, language: ReportLanguage): string {
  return new Intl.NumberFormat(LOCALES[language], {
    style: 'unit',
    unit: 'second',
    unitDisplay: language === 'fr' ? 'short' : 'narrow',
    maximumFractionDigits: 0,
  }).format(seconds);
}

/** A count with the language's digit grouping: « 1 234 », "1,234". */
export function formatCount(n: number, language: ReportLanguage): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 0 }).format(n);
}

/** The noun in the singular or the plural for n, by the language's rules (French 0 and 1 are singular). */
export function plural(n: number, language: ReportLanguage, one: string, other: string): string {
  return new Intl.PluralRules(LOCALES[language]).select(n) === 'one' ? one : other;
}

/** A label quoted as the language quotes: « label », “label”. */
export function quote(text: string, language: ReportLanguage): string {
  return language === 'fr' ? `«${NBSP}${text}${NBSP}»` : `“${text}”`;
}
