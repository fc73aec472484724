import { continueNumber, isNumberWord, joinsNumber, readingValue, startNumber } from './spoken-numbers.ts';

/**
 * The normalised tokens rules match on (docs/rule-language.md): lower case, no accents, no
 * punctuation, French elisions and English contractions spelt out, hyphenated words split, spoken
 * numbers as digits. Turns and the rules' phrases go through the same function, so a phrase
 * matches exactly when its tokens appear in a turn's tokens. Linear in the text; the hot path of
 * the engine, so it avoids Unicode normalisation for plain ASCII words.
 */
export interface TextToken {
  value: string;
  /** characters [start, end) of the original text */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’ʼ‘][\p{L}\p{N}]+)*/gu;
const APOSTROPHE = /['’ʼ‘]/;
const NON_ASCII = /[^ -~]/;
const MARKS = /\p{M}/gu;

const ELISIONS: Record<string, string> = {
  l: 'le',
  d: 'de',
  j: 'je',
  n: 'ne',
  s: 'se',
  c: 'ce',
  m: 'me',
  t: 'te',
  qu: 'que',
  jusqu: 'jusque',
  lorsqu: 'lorsque',
  puisqu: 'puisque',
  quoiqu: 'quoique',
};
const CONTRACTIONS: Record<string, string> = { m: 'am', re: 'are', ll: 'will', ve: 'have', d: 'would' };
const NEGATED: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall' };

/** Lower case without accents (œ and æ spelt out). */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

/** The normalised tokens of a text, with their places in it. */
export function tokenizeText(text: string): TextToken[] {
  const words: TextToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const at = m.index;
    if (!APOSTROPHE.test(raw)) {
      const value = foldWord(raw);
      if (value === 'cannot') {
        words.push({ value: 'can', start: at, end: at + 3 }, { value: 'not', start: at + 3, end: at + 6 });
      } else words.push({ value, start: at, end: at + raw.length });
    } else splitApostrophes(raw, at, words);
  }
  return composeNumbers(words);
}

/** l'attente → le attente; can't → can not; I'm → i am; aujourd'hui → aujourdhui. */
function splitApostrophes(raw: string, at: number, out: TextToken[]): void {
  const parts = raw.split(APOSTROPHE);
  const first = foldWord(parts[0] as string);
  const second = foldWord(parts[1] as string);
  const firstEnd = at + (parts[0] as string).length + 1;
  if (parts.length === 2 && first in ELISIONS) {
    out.push({ value: ELISIONS[first] as string, start: at, end: firstEnd });
    out.push({ value: second, start: firstEnd, end: at + raw.length });
  } else if (parts.length === 2 && second === 't' && first.endsWith('n') && first.length > 1) {
    const base = first.slice(0, -1);
    out.push({ value: NEGATED[base] ?? base, start: at, end: firstEnd - 2 });
    out.push({ value: 'not', start: firstEnd - 2, end: at + raw.length });
  } else if (parts.length === 2 && second in CONTRACTIONS) {
    out.push({ value: first, start: at, end: firstEnd - 1 });
    out.push({ value: CONTRACTIONS[second] as string, start: firstEnd - 1, end: at + raw.length });
  } else {
    out.push({ value: parts.map(foldWord).join(''), start: at, end: at + raw.length });
  }
}

/** Runs of number words become one digit token spanning them. */
function composeNumbers(words: TextToken[]): TextToken[] {
  if (!words.some((w) => isNumberWord(w.value))) return words;
  const out: TextToken[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as TextToken;
    if (!isNumberWord(w.value)) {
      out.push(w);
      continue;
    }
    const reading = startNumber(w.value);
    let end = w.end;
    while (i + 1 < words.length) {
      const next = words[i + 1] as TextToken;
      const after = words[i + 2];
      if (joinsNumber(reading, next.value, after?.value) && after && continueNumber(reading, after.value)) {
        end = after.end;
        i += 2;
      } else if (isNumberWord(next.value) && continueNumber(reading, next.value)) {
        end = next.end;
        i += 1;
      } else break;
    }
    out.push({ value: String(readingValue(reading)), start: w.start, end });
  }
  return out;
}
