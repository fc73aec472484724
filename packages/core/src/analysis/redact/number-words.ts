import { follow, hyphenLink, lexemeAt, nearNumberWord, previousWord } from './number-lexicon.ts';
import type { Token } from './tokens.ts';

/**
 * Spoken numbers in transcripts: "zéro six douze trente-quatre", "oh seven double nine",
 * "quatre mille neuf cent soixante-dix". One number (a compound up to the thousands) becomes
 * the digits of its value; the caller puts the numbers of a run one after the other, which is
 * how people dictate card, phone and account numbers (digit by digit, in pairs or in groups).
 *
 * Spaces are ambiguous: "soixante douze" is 72, or 60 then 12 in a phone number said in pairs;
 * "neuf cent huit mille" is 908 then 1000, or 900 then 8000. So there are two readings, and the
 * caller tries both when a number spans a space. `spaces` joins words below 100 across spaces
 * (text written without hyphens) and reads the rest greedily. `hyphens` follows the spelling
 * rules, which hyphenate below 100 ("soixante-douze"), and reads digits said one by one as
 * such: a digit after another stands alone, a lone digit before "cent" or "mille" multiplies
 * it. Hundreds, thousands and "vingt et un" take spaces in both.
 */
export type Joining = 'spaces' | 'hyphens';

interface Parsed {
  readonly value: number;
  /** index of the last token read */
  readonly last: number;
}

/** A spoken number read from a token on: its digits and the index of its last token. */
export interface SpokenNumber {
  readonly chars: string;
  readonly last: number;
}

interface Reader {
  readonly tokens: readonly Token[];
  readonly joining: Joining;
  /** the last token the number may take */
  readonly end: number;
}

/**
 * The spoken number starting at token `i`, or undefined when the word there is not one (a
 * connector alone, "oh" outside a run of numbers, "double" before something else than a digit).
 */
export function readSpokenNumber(
  tokens: readonly Token[],
  i: number,
  joining: Joining,
): SpokenNumber | undefined {
  const lexeme = lexemeAt(tokens, i);
  if (lexeme === undefined) return undefined;
  if (lexeme.kind === 'oh') {
    // "oh" is zero only next to another number word ("oh seven", "seven, oh"), not as "Oh, ..."
    return nearNumberWord(tokens, i) ? { chars: '0', last: i } : undefined;
  }
  if (lexeme.kind === 'repeat') {
    const j = follow(tokens, i);
    const repeated = lexemeAt(tokens, j);
    const digit = repeated?.kind === 'digit' ? repeated.value : repeated?.kind === 'oh' ? 0 : undefined;
    return digit === undefined ? undefined : { chars: String(digit).repeat(lexeme.times), last: j };
  }
  const parsed = number({ tokens, joining, end: tokens.length - 1 }, i);
  return parsed && { chars: String(parsed.value), last: parsed.last };
}

const ZEROS = new Set(['zero', 'nought', 'oh']);

/** The next word of a number after word `i`, within the reader's bound; -1 when none. */
function next(r: Reader, i: number): number {
  const j = follow(r.tokens, i);
  return j <= r.end ? j : -1;
}

/**
 * The next word of a compound below 100 after word `i`, by the reader's joining; -1 when none.
 * Even when joining across spaces, a word hyphenated to another ("quatre vingt-quatre") shows a
 * writer who hyphenates compounds: the space before or after it separates two numbers.
 */
function tight(r: Reader, i: number): number {
  const j = next(r, i);
  if (j === i + 2 || j < 0) return j;
  if (r.joining === 'hyphens' || hyphenLink(r.tokens, i - 1) || hyphenLink(r.tokens, j + 1)) return -1;
  return j;
}

/**
 * In the spelling-rules reading, a digit word after another one (digits said one by one) stands
 * alone unless hyphenated: "zéro quatre vingt" is 0 4 20 (a phone number in pairs), "zéro cinq
 * cent vingt" 0 5 120 (a NIR's department then commune), "sept six trois cent" 7 6 3 100. The
 * other reading takes 0 80, 0 520 and 7 6 300.
 */
function afterDigit(r: Reader, i: number, j: number): boolean {
  if (r.joining !== 'hyphens' || j === i + 2) return false;
  const previous = previousWord(r.tokens, i);
  return previous !== undefined && (ZEROS.has(previous.key) || loneDigit(r, i - 1));
}

function number(r: Reader, i: number): Parsed | undefined {
  let head: Parsed | undefined;
  if (lexemeAt(r.tokens, i)?.kind === 'thousand') head = { value: 1000, last: i };
  else {
    const below = below1000(r, i);
    const j = below ? next(r, below.last) : -1;
    if (!below || lexemeAt(r.tokens, j)?.kind !== 'thousand' || below.value === 0) return below;
    head = { value: below.value * 1000, last: j };
  }
  const rest = afterConnector(r, head.last, below1000);
  return rest && rest.value > 0 ? { value: head.value + rest.value, last: rest.last } : head;
}

function below1000(r: Reader, i: number): Parsed | undefined {
  const lexeme = lexemeAt(r.tokens, i);
  let head: Parsed | undefined;
  if (lexeme?.kind === 'hundred') head = { value: 100, last: i };
  else if (lexeme?.kind === 'digit' && lexeme.value > 0) {
    const j = next(r, i);
    if (lexemeAt(r.tokens, j)?.kind === 'hundred' && !afterDigit(r, i, j))
      head = { value: lexeme.value * 100, last: j };
  }
  if (!head) return below100(r, i);
  // "deux cents" takes an s only when nothing follows it
  if (r.tokens[head.last]?.key === 'cents') return head;
  const rest = afterConnector(r, head.last, below100);
  return rest && rest.value > 0 ? { value: head.value + rest.value, last: rest.last } : head;
}

/** What follows a hundred or a thousand, after an optional "and" ("one hundred and five"). */
function afterConnector(
  r: Reader,
  last: number,
  read: (r: Reader, i: number) => Parsed | undefined,
): Parsed | undefined {
  const j = next(r, last);
  const k = j >= 0 && r.tokens[j]?.key === 'and' ? next(r, j) : j;
  if (k < 0 || lexemeAt(r.tokens, k)?.kind === 'thousand') return undefined;
  const rest = read(r, k);
  if (!rest) return undefined;
  // in the spelling-rules reading, a lone digit before "cent" or "mille" multiplies it: "mille
  // deux mille" is 1000 2000 (groups of four digits), "cent quatre cent" 100 400; the other
  // reading keeps it ("neuf cent huit mille trois cent neuf": 908 1309)
  const after = lexemeAt(r.tokens, next(r, rest.last))?.kind;
  const multiplies = (after === 'hundred' || after === 'thousand') && loneDigit(r, rest.last);
  if (!multiplies || r.joining !== 'hyphens') return rest;
  return rest.last === k ? undefined : read({ ...r, end: rest.last - 1 }, k);
}

function loneDigit(r: Reader, i: number): boolean {
  const lexeme = lexemeAt(r.tokens, i);
  const previous = r.tokens[i - 1];
  return lexeme?.kind === 'digit' && previous?.text !== '-' && previous?.key !== 'et';
}

function below100(r: Reader, i: number): Parsed | undefined {
  const { tokens } = r;
  const lexeme = lexemeAt(tokens, i);
  if (lexeme?.kind === 'digit') {
    // quatre-vingt(s) is 80, and 81-99 with what follows ("quatre-vingt-dix-sept")
    const j = tight(r, i);
    if (lexeme.value !== 4 || tokens[j]?.key.startsWith('vingt') !== true || afterDigit(r, i, j)) {
      return { value: lexeme.value, last: i };
    }
    // "quatre-vingts" takes an s only when nothing follows it
    const rest = tokens[j]?.key === 'vingts' ? undefined : below20(r, tight(r, j));
    return rest && rest.value > 0 ? { value: 80 + rest.value, last: rest.last } : { value: 80, last: j };
  }
  if (lexeme?.kind === 'teen') return below20(r, i);
  if (lexeme?.kind !== 'tens') return undefined;
  const j = next(r, i);
  if (tokens[j]?.key === 'et') {
    // vingt et un ... soixante et un, soixante et onze; any other "et" is not part of the number
    const k = next(r, j);
    const unit = lexemeAt(tokens, k);
    if (unit?.kind === 'digit' && unit.value === 1) return { value: lexeme.value + 1, last: k };
    if (unit?.kind === 'teen' && unit.value === 11 && lexeme.value === 60) return { value: 71, last: k };
    return { value: lexeme.value, last: i };
  }
  const t = tight(r, i);
  const unit = lexemeAt(tokens, t);
  if (tokens[i]?.key === 'soixante' && unit?.kind === 'teen') {
    const rest = below20(r, t);
    if (rest) return { value: 60 + rest.value, last: rest.last };
  }
  if (unit?.kind === 'digit' && unit.value > 0 && tokens[i]?.key !== 'vingts') {
    return { value: lexeme.value + unit.value, last: t };
  }
  return { value: lexeme.value, last: i };
}

/** A digit, a teen, or dix-sept, dix-huit, dix-neuf (French writes 17-19 as ten and a digit). */
function below20(r: Reader, i: number): Parsed | undefined {
  const lexeme = lexemeAt(r.tokens, i);
  if (lexeme?.kind === 'digit') return { value: lexeme.value, last: i };
  if (lexeme?.kind !== 'teen') return undefined;
  if (r.tokens[i]?.key === 'dix') {
    const j = tight(r, i);
    const unit = lexemeAt(r.tokens, j);
    if (unit?.kind === 'digit' && unit.value >= 7) return { value: 10 + unit.value, last: j };
  }
  return { value: lexeme.value, last: i };
}
