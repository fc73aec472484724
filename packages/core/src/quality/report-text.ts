import type { CoachingTheme } from '../analysis/library/library.ts';
import type { FeedbackReport, ReportLanguage } from './feedback-report.ts';
import { formatCount, NNBSP, plural, quote } from './report-format.ts';
import { coachingThemeLabel } from './theme-labels.ts';

/** The report's drafted title: « Retour qualité — Voxalia ». The analyst may rewrite it. */
export function draftTitle(vendorName: string, language: ReportLanguage): string {
  return language === 'fr' ? `Retour qualité — ${vendorName}` : `Quality feedback — ${vendorName}`;
}

function calls(n: number, language: ReportLanguage): string {
  const noun =
    language === 'fr' ? plural(n, language, 'appel', 'appels') : plural(n, language, 'call', 'calls');
  return `${formatCount(n, language)} ${noun}`;
}

/**
 * The drafted introduction: how many calls were analysed and how they were drawn (so the vendor can
 * see the sample is the client's own and random), and the cycle's focus theme.
 */
export function draftIntroduction(
  facts: {
    readonly vendorName: string;
    readonly calls: number;
    readonly sample: FeedbackReport['sample'];
    readonly focusTheme: CoachingTheme | null;
  },
  language: ReportLanguage,
): string {
  const s = facts.sample;
  const theme =
    facts.focusTheme === null ? null : quote(coachingThemeLabel(facts.focusTheme, language), language);
  if (language === 'fr') {
    // The participles agree with the number of calls: « 1 appel traité », « 2 appels traités ».
    const agree = plural(facts.calls, language, '', 's');
    const drawn =
      s === null
        ? ''
        : `, tiré${agree} au hasard par le donneur d'ordre${NNBSP}: un échantillon de ${calls(s.size, language)} parmi ${formatCount(s.populationSize, language)} (graine ${s.seed})`;
    return [
      `Ce retour s'appuie sur l'analyse de ${calls(facts.calls, language)} traité${agree} par ${facts.vendorName}${drawn}.`,
      theme === null ? '' : ` Le thème de travail de ce cycle est ${theme}.`,
      ` Pour chaque pratique relevée${NNBSP}: sa fréquence, le temps qu'elle coûte, les réactions des clients qui la suivent, des extraits d'appels et des questions à travailler.`,
    ].join('');
  }
  const drawn =
    s === null
      ? ''
      : `, drawn at random by the client: a sample of ${calls(s.size, language)} out of ${formatCount(s.populationSize, language)} (seed ${s.seed})`;
  return [
    `This feedback rests on the analysis of ${calls(facts.calls, language)} handled by ${facts.vendorName}${drawn}.`,
    theme === null ? '' : ` This cycle's focus theme is ${theme}.`,
    ' For each practice found: how often it occurs, the time it costs, the customer reactions that follow it, excerpts of calls and questions to work on.',
  ].join('');
}
