import { Params } from './explain-params.ts';
import { EN } from './explain-text-en.ts';
import { FR, frenchFormat } from './explain-text-fr.ts';
import { type Explanation, type ExplanationKey, explain } from './explanation.ts';

export type ExplanationLang = 'fr' | 'en';

/**
 * A statement sentence in `lang`. The English templates (explain-text-en.ts) are the only source of the
 * English sentences core stores beside each explanation (said), raw numbers and all, so CLI
 * output and JSON consumers read the same; the French one formats money in `currency` (ISO
 * 4217), ratios as percentages, dates and months in words, and names KPIs. An unknown key (a
 * newer server) comes back as the key and its params.
 */
export function explanationText(e: Explanation, lang: ExplanationLang, currency = 'EUR'): string {
  if (!Object.hasOwn(EN, e.key)) return `${e.key} ${JSON.stringify(e.params)}`;
  const key = e.key as ExplanationKey;
  const p = new Params(e.params);
  return lang === 'fr' ? frenchSpacing(FR[key](p, frenchFormat(currency))) : EN[key](p);
}

/** An explanation and the English sentence a statement stores beside it. */
export interface Said {
  readonly explained: Explanation;
  readonly text: string;
}

/** The explanation of `key` (explain) with its English text, written by its English template. */
export function said(key: ExplanationKey, params?: Parameters<typeof explain>[1]): Said {
  const explained = explain(key, params);
  return { explained, text: explanationText(explained, 'en') };
}

/** French puts a no-break space before : ; and », and after «, so they never start a line. */
function frenchSpacing(text: string): string {
  return text.replace(/ ([:;»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}
