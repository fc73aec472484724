import { adjacent, type Token } from './tokens.ts';

/**
 * The words of spoken numbers, French and English together (calls switch language, and the
 * words both share, "six", mean the same), and how the words of one number follow each other.
 */

export type Lexeme =
  | { readonly kind: 'digit' | 'teen' | 'tens'; readonly value: number }
  | { readonly kind: 'hundred' | 'thousand' | 'and' | 'oh' }
  | { readonly kind: 'repeat'; readonly times: number };

const LEXICON = new Map<string, Lexeme>();
const add = (words: string, lexeme: Lexeme) => {
  for (const w of words.split(' ')) LEXICON.set(w, lexeme);
};
/** Each entry's words take the value `first + step * index`. */
const addAll = (kind: 'digit' | 'teen' | 'tens', first: number, step: number, entries: readonly string[]) => {
  entries.forEach((words, i) => {
    add(words, { kind, value: first + step * i });
  });
};
addAll('digit', 0, 1, ['zero nought', 'un one', 'deux two', 'trois three', 'quatre four', 'cinq five']);
addAll('digit', 6, 1, ['six', 'sept seven', 'huit eight', 'neuf nine']);
addAll('teen', 10, 1, ['dix ten', 'onze eleven', 'douze twelve', 'treize thirteen', 'quatorze fourteen']);
addAll('teen', 15, 1, ['quinze fifteen', 'seize sixteen', 'seventeen', 'eighteen', 'nineteen']);
addAll('tens', 20, 10, ['vingt vingts twenty', 'trente thirty', 'quarante forty', 'cinquante fifty']);
// septante, huitante/octante, nonante: Belgian and Swiss French
addAll('tens', 60, 10, ['soixante sixty', 'septante seventy', 'huitante octante eighty', 'nonante ninety']);
add('cent cents hundred', { kind: 'hundred' });
add('mille thousand', { kind: 'thousand' });
add('et and', { kind: 'and' });
add('oh', { kind: 'oh' });
add('double', { kind: 'repeat', times: 2 });
add('triple', { kind: 'repeat', times: 3 });

/** The lexeme of a word token, if it is a number word. */
export function lexemeAt(tokens: readonly Token[], i: number): Lexeme | undefined {
  const t = tokens[i];
  return t?.kind === 'word' ? LEXICON.get(t.key) : undefined;
}

/**
 * The index of the word that may continue a compound after token `i`: the next word after
 * whitespace, or after a hyphen glued on both sides ("soixante-dix"); -1 when none. A comma or
 * a dot ends the compound: "vingt, deux" is 20 then 2.
 */
export function follow(tokens: readonly Token[], i: number): number {
  const t = tokens[i + 1];
  if (t?.kind === 'word') return i + 1;
  if (t?.text === '-' && adjacent(tokens[i], t) && adjacent(t, tokens[i + 2])) {
    return tokens[i + 2]?.kind === 'word' ? i + 2 : -1;
  }
  return -1;
}

/** The word token just before token `i`, if the token before is a word. */
export function previousWord(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i - 1];
  return t?.kind === 'word' ? t : undefined;
}

/** Whether the token may start or continue a spoken number (cheap test before reading one). */
export function isNumberWord(token: Token | undefined): boolean {
  return token?.kind === 'word' && LEXICON.has(token.key) && token.key !== 'et' && token.key !== 'and';
}

/** Whether the token before or after token `i`, a comma aside, is a number word. */
export function nearNumberWord(tokens: readonly Token[], i: number): boolean {
  const after = tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
  const before = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
  return isNumberWord(tokens[after]) || isNumberWord(tokens[before]);
}

/** Whether token `k` is a hyphen glued between two words. */
export function hyphenLink(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t?.text === '-' && adjacent(tokens[k - 1], t) && adjacent(t, tokens[k + 1]);
}
