import { isIbanCountry } from './iban.ts';
import { isNumberWord } from './number-lexicon.ts';
import { type Joining, readSpokenNumber } from './number-words.ts';
import { adjacent, type Token } from './tokens.ts';

/**
 * Runs of numbers in the tokens: digits and spoken numbers one after the other, with only
 * spaces, dots, dashes, slashes, parentheses or (between spoken numbers) commas between them
 * ("06.12.34.56.78",
 * "(555) 123-4567", "zéro six, douze, 34..."). Each piece of a run is an item; the detectors
 * read the items' characters put together. Any other word ends the run, which is what keeps
 * "12 euros, 3 fois" apart from a phone number.
 */

export interface Item {
  /** digits; '+' for a leading + or "plus"; upper-case letters for an IBAN or a Corsican 2A/2B */
  readonly chars: string;
  /** indexes of the item's first and last tokens */
  readonly first: number;
  readonly last: number;
  /** said in words rather than written in digits */
  readonly spoken: boolean;
}

const SEPARATORS = new Set(['-', '.', ',', '/', '(', ')', '–', '—', '‑']);
// ASR puts one separator between pieces, a writer at most two ("), ", "-(")
const MAX_SEPARATORS = 2;
const UPPER = /^[A-Z]+$/;
const CORSICA = /^[AB]$/;

export interface DigitRuns {
  readonly runs: Item[][];
  /** whether a spoken number spans a space: another joining may read it otherwise */
  readonly spaced: boolean;
}

/**
 * The runs of numbers of a text's tokens, in order, spoken numbers read with the given joining
 * (see readSpokenNumber). Linear in the number of tokens.
 */
export function digitRuns(tokens: readonly Token[], joining: Joining): DigitRuns {
  const runs: Item[][] = [];
  let spaced = false;
  let run: Item[] = [];
  let separators = 0;
  let iban = false;
  // between written numbers, a comma (decimals, lists, CSV fields: "1 240,50", "05,2025") or a
  // dot then a space (a sentence's end: "le 16.06.2022. 8842 euros") ends the run: no written
  // phone, card or account number has them. Between numbers said in words they are only pauses
  // that ASR writes ("zéro six, douze, ...").
  let pause = false;
  // written numbers joined by dots then by a space are decimals side by side ("0.83 0.8 725.81"),
  // not one number: 06.12.34.56.78 keeps its dots all along
  let dotted = false;
  const flush = () => {
    if (run.length > 0) runs.push(run);
    run = [];
    separators = 0;
    iban = false;
    pause = false;
    dotted = false;
  };
  const push = (chars: string, first: number, last: number, spoken: boolean) => {
    const previous = run.at(-1);
    const written = !spoken && previous !== undefined && !previous.spoken;
    if (written && (pause || (dotted && separators === 0))) flush();
    else if (written && separators > 0 && tokens[first - 1]?.text === '.') dotted = true;
    run.push({ chars, first, last, spoken });
    separators = 0;
    pause = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'digits') {
      // a Corsican department glued to its digits: 2A, 2B (185052A12345678)
      const letter = tokens[i + 1];
      if (
        letter &&
        adjacent(t, letter) &&
        (letter.key === 'a' || letter.key === 'b') &&
        t.text.endsWith('2')
      ) {
        push(t.text + letter.text.toUpperCase(), i, i + 1, false);
        i++;
      } else push(t.text, i, i, false);
    } else if (t.kind === 'punct') {
      if (t.text === '+') {
        flush();
        push('+', i, i, false);
      } else if (SEPARATORS.has(t.text) && separators < MAX_SEPARATORS) {
        separators++;
        pause ||= t.text === ',' || (t.text === '.' && !adjacent(t, tokens[i + 1]));
      } else flush();
    } else {
      const spoken = readSpokenNumber(tokens, i, joining);
      const country = spoken ? undefined : ibanCountryAt(tokens, i);
      if (spoken) {
        spaced ||= spoken.last > i && !glued(tokens, i, spoken.last);
        push(spoken.chars, i, spoken.last, true);
        i = spoken.last;
      } else if (t.key === 'plus' && startsNumber(tokens[i + 1])) {
        flush();
        push('+', i, i, true);
      } else if (country) {
        flush();
        push(country.chars, i, country.last, false);
        iban = true;
        i = country.last;
      } else if (iban && UPPER.test(t.text)) {
        // letters inside an IBAN: bank codes (GB82 WEST ..., NL91 ABNA ...)
        push(t.text, i, i, false);
      } else if (CORSICA.test(t.text) && run.at(-1)?.chars.endsWith('2')) {
        // a Corsican department said or written apart: "deux A", "2 A"
        push(t.text, i, i, false);
      } else flush();
    }
  }
  flush();
  return { runs, spaced };
}

/** Whether tokens `first` to `last` follow each other without spaces. */
function glued(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) if (!adjacent(tokens[k - 1], tokens[k])) return false;
  return true;
}

function startsNumber(token: Token | undefined): boolean {
  return token?.kind === 'digits' || isNumberWord(token);
}

/**
 * An IBAN country code at token `i`, written "FR" or spelt "F R", upper case and followed by a
 * number: lower-case "fr" or "de" are words far more often than IBANs.
 */
function ibanCountryAt(tokens: readonly Token[], i: number): { chars: string; last: number } | undefined {
  const t = tokens[i] as Token;
  if (t.text.length === 2 && UPPER.test(t.text) && isIbanCountry(t.text) && startsNumber(tokens[i + 1])) {
    return { chars: t.text, last: i };
  }
  const second = tokens[i + 1];
  if (t.text.length !== 1 || second?.kind !== 'word' || second.text.length !== 1) return undefined;
  const code = t.text + second.text;
  const ok = UPPER.test(code) && isIbanCountry(code) && startsNumber(tokens[i + 2]);
  return ok ? { chars: code, last: i + 1 } : undefined;
}
