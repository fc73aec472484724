import { foldAccents } from '../../shared/fold-accents.ts';

/**
 * The text cut into tokens: runs of ASCII digits, words (letters with their combining marks) and
 * single other characters. Whitespace is not a token: two tokens are adjacent when the first's
 * `end` is the second's `start`, otherwise only whitespace lies between them.
 */

export type TokenKind = 'digits' | 'word' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** offsets in the text: `start` inclusive, `end` exclusive */
  readonly start: number;
  readonly end: number;
  /** words in lower case without accents (`Zéro` → `zero`), the key into word lists; else the text */
  readonly key: string;
}

const LETTER = /^\p{L}$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const SPACE = /^\s$/u;

/** Character classes of the non-ASCII code points met so far: a regex test once per code point. */
const SPACE_CLASS = 0;
const LETTER_CLASS = 1;
const MARK_CLASS = 2;
const OTHER_CLASS = 3;
const classes = new Map<number, number>();

function classOf(code: number): number {
  if (code < 128) {
    if (code === 32 || (code >= 9 && code <= 13)) return SPACE_CLASS;
    return (code | 32) >= 97 && (code | 32) <= 122 ? LETTER_CLASS : OTHER_CLASS;
  }
  let known = classes.get(code);
  if (known === undefined) {
    const ch = String.fromCodePoint(code);
    known = SPACE.test(ch)
      ? SPACE_CLASS
      : LETTER.test(ch)
        ? LETTER_CLASS
        : LETTER_OR_MARK.test(ch)
          ? MARK_CLASS
          : OTHER_CLASS;
    if (classes.size < 4096) classes.set(code, known);
  }
  return known;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * The tokens of a text, in order: one pass over its characters (a hand-written scanner: a
 * Unicode regex took as long as all the rest of redaction).
 */
export function tokenize(text: string): Token[] {
  const lower = text.toLowerCase();
  // lower-casing keeps the offsets but for a few letters (İ): then each word is folded alone
  const keys = lower.length === text.length ? lower : undefined;
  const tokens: Token[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    const code = text.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    const cls = isDigit(code) ? -1 : classOf(code);
    if (cls === SPACE_CLASS) {
      i += width;
      continue;
    }
    let end = i + width;
    let kind: TokenKind = 'punct';
    let ascii = code < 128;
    if (cls === -1) {
      kind = 'digits';
      while (end < n && isDigit(text.charCodeAt(end))) end++;
    } else if (cls === LETTER_CLASS) {
      kind = 'word';
      for (let c = text.codePointAt(end); c !== undefined; c = text.codePointAt(end)) {
        const k = isDigit(c) ? -1 : classOf(c);
        if (k !== LETTER_CLASS && k !== MARK_CLASS) break;
        ascii &&= c < 128;
        end += c > 0xffff ? 2 : 1;
      }
    }
    const t = text.slice(i, end);
    let key = t;
    if (kind === 'word' && keys === undefined) key = foldAccents(t).toLowerCase();
    else if (kind === 'word')
      key = ascii ? (keys as string).slice(i, end) : fold((keys as string).slice(i, end));
    tokens.push({ kind, text: t, start: i, end, key });
    i = end;
  }
  return tokens;
}

const folds = new Map<number, string>();

/** A lower-case word without its accents, folded a character at a time through a cache. */
function fold(word: string): string {
  let out = '';
  for (const ch of word) {
    const code = ch.codePointAt(0) as number;
    if (code < 128) out += ch;
    else {
      let folded = folds.get(code);
      if (folded === undefined) {
        folded = foldAccents(ch);
        if (folds.size < 4096) folds.set(code, folded);
      }
      out += folded;
    }
  }
  return out;
}

/** Whether token `b` starts right where token `a` ends, with no whitespace between. */
export function adjacent(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}
