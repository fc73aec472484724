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

const MARKS = /\p{M}/gu;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const MARK_CHAR = /^\p{M}$/u;

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

/** Folded forms of the words with non-ASCII letters met so far, as written (a language has few). */
const FOLDED_WORDS = new Map<string, string>();
const FOLDED_WORDS_MAX = 100_000;

/** Lower case without accents (œ and æ spelt out). */
export function foldWord(word: string): string {
  const known = FOLDED_WORDS.get(word);
  if (known !== undefined) return known;
  const lower = word.toLowerCase();
  if (!/[^ -~]/.test(lower)) return lower;
  const folded = lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
  if (FOLDED_WORDS.size >= FOLDED_WORDS_MAX) FOLDED_WORDS.clear();
  FOLDED_WORDS.set(word, folded);
  return folded;
}

/**
 * Per UTF-16 code unit, whether it belongs to a word (letters, digits, combining marks): 1 yes,
 * 2 no, 0 not met yet. A table read per character, the tokenizer's hot loop.
 */
const WORD_CODES = new Uint8Array(0x10000);
for (let code = 0; code < 128; code++) {
  const lower = code | 32;
  WORD_CODES[code] = (lower >= 97 && lower <= 122) || (code >= 48 && code <= 57) ? 1 : 2;
}

function inWord(code: number): boolean {
  let known = WORD_CODES[code] as number;
  if (known === 0) {
    const ch = String.fromCharCode(code);
    known = WORD_CHAR.test(ch) || MARK_CHAR.test(ch) ? 1 : 2;
    WORD_CODES[code] = known;
  }
  return known === 1;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2bc || code === 0x2018;
}

/** Longest number word (quatorze, seventeen): longer words need no lookup. */
const NUMBER_WORD_MAX = 9;

/**
 * A word being read: the part under way, and the parts before it when the word has apostrophes
 * (kept in a list only then: most words have none, and make one object).
 */
class WordReader {
  readonly words: TextToken[] = [];
  private first: TextToken | null = null;
  private more: TextToken[] | null = null;
  start = -1;
  ascii = true;
  upper = false;
  hasNumberWord = false;

  constructor(private readonly text: string) {}

  /** Closes the part read so far; an elided part's span keeps its apostrophe (l'). */
  endPart(end: number, spanEnd = end): void {
    if (this.start < 0) return;
    const raw = this.text.slice(this.start, end);
    const part = {
      value: !this.ascii ? foldWord(raw) : this.upper ? raw.toLowerCase() : raw,
      start: this.start,
      end: spanEnd,
    };
    if (this.first === null) this.first = part;
    else if (this.more === null) this.more = [part];
    else this.more.push(part);
    this.start = -1;
    this.ascii = true;
    this.upper = false;
  }

  endWord(end: number): void {
    this.endPart(end);
    const only = this.first;
    if (only === null) return;
    if (this.more !== null) {
      const before = this.words.length;
      splitApostrophes([only, ...this.more], this.words);
      this.more = null;
      for (let i = before; i < this.words.length; i++) this.noteNumberWord(this.words[i] as TextToken);
    } else if (only.value === 'cannot') {
      this.words.push(
        { value: 'can', start: only.start, end: only.start + 3 },
        { value: 'not', start: only.start + 3, end: only.end },
      );
    } else {
      this.words.push(only);
      this.noteNumberWord(only);
    }
    this.first = null;
  }

  private noteNumberWord(token: TextToken): void {
    if (!this.hasNumberWord && token.value.length <= NUMBER_WORD_MAX && isNumberWord(token.value))
      this.hasNumberWord = true;
  }

  get inWord(): boolean {
    return this.start >= 0 || this.first !== null;
  }
}

/**
 * The normalised tokens of a text, with their places in it. One pass over the character codes
 * (a table read each); each word is cut from the text once, and folded with Unicode
 * normalisation only when it holds a non-ASCII character (then cached).
 */
export function tokenizeText(text: string): TextToken[] {
  const reader = new WordReader(text);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inWord(code)) {
      if (reader.start < 0) reader.start = i;
      if (code >= 128) reader.ascii = false;
      else if (code <= 90 && code >= 65) reader.upper = true;
    } else if (
      isApostrophe(code) &&
      reader.start >= 0 &&
      i + 1 < text.length &&
      inWord(text.charCodeAt(i + 1))
    ) {
      reader.endPart(i, i + 1);
    } else if (reader.inWord) {
      reader.endWord(i);
    }
  }
  reader.endWord(text.length);
  return reader.hasNumberWord ? composeNumbers(reader.words) : reader.words;
}

/** l'attente → le attente; can't → can not; I'm → i am; aujourd'hui → aujourdhui. */
function splitApostrophes(parts: readonly TextToken[], out: TextToken[]): void {
  const [first, second] = parts as [TextToken, TextToken];
  const at = first.start;
  const end = (parts[parts.length - 1] as TextToken).end;
  if (parts.length === 2 && first.value in ELISIONS) {
    out.push({ value: ELISIONS[first.value] as string, start: at, end: second.start });
    out.push({ value: second.value, start: second.start, end });
  } else if (
    parts.length === 2 &&
    second.value === 't' &&
    first.value.endsWith('n') &&
    first.value.length > 1
  ) {
    const base = first.value.slice(0, -1);
    out.push({ value: NEGATED[base] ?? base, start: at, end: first.end - 1 });
    out.push({ value: 'not', start: first.end - 1, end });
  } else if (parts.length === 2 && second.value in CONTRACTIONS) {
    out.push({ value: first.value, start: at, end: first.end });
    out.push({ value: CONTRACTIONS[second.value] as string, start: first.end, end });
  } else {
    out.push({ value: parts.map((p) => p.value).join(''), start: at, end });
  }
}

/** Runs of number words become one digit token spanning them. */
function composeNumbers(words: TextToken[]): TextToken[] {
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
