import type { ReportLanguage, ReportQuestion } from './feedback-report.ts';
import { formatPercent, formatSeconds, NNBSP, quote } from './report-format.ts';

/** What the question templates of one finding are filled with. */
export interface QuestionFacts {
  readonly practiceId: string;
  readonly label: string;
  readonly polarity: 'good' | 'bad';
  /** share of the vendor's calls with the practice, 0..1 */
  readonly share: number;
  /** null when the practice's cost is not measured */
  readonly secondsPerCall: number | null;
  readonly vendorName: string;
  /** the reaction quoted: its label, its rate after the practice and in calls without it */
  readonly reaction: { readonly label: string; readonly after: number; readonly without: number } | null;
}

type Filled = {
  readonly label: string;
  readonly share: string;
  readonly seconds: string | null;
  readonly vendor: string;
  readonly reaction: { readonly label: string; readonly after: string; readonly without: string } | null;
};

/**
 * The questions DOMAIN.md asks the vendor to work on: the client pays for a finding's evidence,
 * not for advice, so every template asks and none suggests what to do.
 */
const TEMPLATES: Readonly<
  Record<ReportLanguage, Readonly<Record<'good' | 'bad', ((f: Filled) => string)[]>>>
> = {
  fr: {
    bad: [
      (f) =>
        `Quel est l'impact de ${f.label} (${f.share} des appels${f.seconds === null ? '' : `, ${f.seconds} par appel`}) sur le retour sur investissement du donneur d'ordre${NNBSP}?`,
      (f) => `Quel est son impact sur le retour sur investissement ${ofName(f.vendor)}${NNBSP}?`,
      (f) =>
        f.reaction === null
          ? `Quel est son impact sur l'expérience du client${NNBSP}?`
          : `Quel est son impact sur le client, quand ${f.reaction.label} vient après dans ${f.reaction.after} des appels concernés, contre ${f.reaction.without} des autres appels${NNBSP}?`,
      () => `Quel est son impact sur le confort de travail des conseillers${NNBSP}?`,
      () => `Comment faire autrement${NNBSP}?`,
    ],
    good: [
      (f) =>
        `Comment généraliser ${f.label} à tous les conseillers (aujourd'hui ${f.share} des appels)${NNBSP}?`,
      (f) =>
        f.reaction === null
          ? `Qu'apporte cette pratique au client${NNBSP}?`
          : `Qu'apporte cette pratique au client, quand ${f.reaction.label} vient après dans ${f.reaction.after} des appels concernés, contre ${f.reaction.without} des autres appels${NNBSP}?`,
      () => `Qu'est-ce qui empêche les autres conseillers de l'appliquer${NNBSP}?`,
    ],
  },
  en: {
    bad: [
      (f) =>
        `What is the impact of ${f.label} (${f.share} of calls${f.seconds === null ? '' : `, ${f.seconds} per call`}) on the client's return on investment?`,
      (f) => `What is its impact on ${f.vendor}'s return on investment?`,
      (f) =>
        f.reaction === null
          ? `What is its impact on the customer's experience?`
          : `What is its impact on the customer, when ${f.reaction.label} follows in ${f.reaction.after} of the calls with it, against ${f.reaction.without} of the other calls?`,
      () => `What is its impact on the agents' comfort at work?`,
      () => 'How could it be done differently?',
    ],
    good: [
      (f) => `How can ${f.label} become the practice of every agent (${f.share} of calls today)?`,
      (f) =>
        f.reaction === null
          ? 'What does this practice bring the customer?'
          : `What does this practice bring the customer, when ${f.reaction.label} follows in ${f.reaction.after} of the calls with it, against ${f.reaction.without} of the other calls?`,
      () => 'What stops the other agents from doing it?',
    ],
  },
};

/** A finding's questions, drafted in the report's language; ids `${practiceId}.q1`, `.q2`... */
export function draftQuestions(facts: QuestionFacts, language: ReportLanguage): ReportQuestion[] {
  const filled: Filled = {
    label: quote(facts.label, language),
    share: formatPercent(facts.share, language),
    seconds: facts.secondsPerCall === null ? null : formatSeconds(facts.secondsPerCall, language),
    vendor: facts.vendorName,
    reaction:
      facts.reaction === null
        ? null
        : {
            label: quote(facts.reaction.label, language),
            after: formatPercent(facts.reaction.after, language),
            without: formatPercent(facts.reaction.without, language),
          },
  };
  return TEMPLATES[language][facts.polarity].map((template, i) => ({
    id: `${facts.practiceId}.q${i + 1}`,
    text: template(filled),
  }));
}

/** « de » before a name, elided before a vowel or a mute h: « d'Atlas », « de Tsiry ». */
export function ofName(name: string): string {
  return /^[aeiouyhàâäéèêëîïôöùûü]/i.test(name) ? `d'${name}` : `de ${name}`;
}
