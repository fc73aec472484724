import { isNumberWord } from './number-lexicon.ts';
import { adjacent, type Token } from './tokens.ts';

/**
 * E-mail addresses, written (jean.dupont@gmail.com) or spoken ("jean point dupont arobase gmail
 * point com", "john dot smith at gmail dot com"), found from their "at": the local part is read
 * leftwards and the domain rightwards, over labels joined by separators. The English "at" is an
 * everyday word, so after it the domain must end in a known top-level domain; after "@" or
 * "arobase" any written domain will do.
 */

const AT_WORDS = new Set(['arobase', 'arrobase', 'arobas', 'at']);
const SEPARATOR_WORDS = new Set(['point', 'dot', 'tiret', 'dash', 'hyphen', 'underscore']);
const DOT_WORDS = new Set(['point', 'dot']);
const LOCAL_PUNCT = new Set(['.', '-', '_', '+']);
const DOMAIN_PUNCT = new Set(['.', '-']);
const TLDS = new Set(
  (
    'com fr net org eu be ch ca uk de es it io co info biz us me nl pt lu mc re ie au edu gov gouv ' +
    'app dev ai tv pro online xyz ma tn dz sn ci pf nc gp mq gf yt bzh paris'
  ).split(' '),
);
// the words that come before an address, never in it ("c'est", "my email is", "envoyez à")
const NOT_LOCAL = new Set(
  (
    'c s est is was its my mon ma mes me moi email mail mails adresse address courriel e to a à au ' +
    'le la les l de du voici voila here send envoyez envoyer write ecrivez on sur'
  ).split(' '),
);
// labels read at most this far from the "at": keeps the scan linear on pathological text
const MAX_LABELS = 24;

/** A span of tokens, first and last included. */
export interface TokenSpan {
  readonly first: number;
  readonly last: number;
}

/** The e-mail addresses of a text's tokens, in order (they may overlap other finds). */
export function findEmails(tokens: readonly Token[]): TokenSpan[] {
  const found: TokenSpan[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const t = tokens[at] as Token;
    if (t.text !== '@' && !(t.kind === 'word' && AT_WORDS.has(t.key))) continue;
    const first = localStart(tokens, at);
    const last = first < 0 ? -1 : domainEnd(tokens, at, t.key === 'at');
    if (last >= 0) found.push({ first, last });
  }
  return found;
}

function isLabel(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.kind === 'digits') return true;
  return t.kind === 'word' && !AT_WORDS.has(t.key) && !SEPARATOR_WORDS.has(t.key);
}

/**
 * The first token of the separator that ends at token `k`, or -1: a word ("point", "tiret bas",
 * "tiret du bas", "under score") or a punctuation mark glued to both neighbours (a "." followed
 * by a space ends a sentence, not a label).
 */
function separatorEndingAt(tokens: readonly Token[], k: number, punct: ReadonlySet<string>): number {
  const t = tokens[k];
  if (t === undefined) return -1;
  if (t.kind === 'punct') {
    return punct.has(t.text) && adjacent(tokens[k - 1], t) && adjacent(t, tokens[k + 1]) ? k : -1;
  }
  if (t.key === 'bas' && tokens[k - 1]?.key === 'tiret') return k - 1;
  if (t.key === 'bas' && tokens[k - 1]?.key === 'du' && tokens[k - 2]?.key === 'tiret') return k - 2;
  if (t.key === 'score' && tokens[k - 1]?.key === 'under') return k - 1;
  return SEPARATOR_WORDS.has(t.key) ? k : -1;
}

/** The first token of the local part before the "at" at `at`, or -1 when there is none. */
function localStart(tokens: readonly Token[], at: number): number {
  let first = at - 1;
  if (!isLabel(tokens[first])) return -1;
  for (let n = 0; n < MAX_LABELS; n++) {
    const sep = separatorEndingAt(tokens, first - 1, LOCAL_PUNCT);
    const previous = tokens[first - 1];
    if (sep >= 0 && isLabel(tokens[sep - 1])) first = sep - 1;
    else if (isLabel(previous) && adjacent(previous, tokens[first])) first -= 1;
    else if (isNumberPart(tokens[first]) && isNumberPart(previous)) first -= 1;
    else if (spacedNumber(tokens, first)) first -= 1;
    else break;
  }
  return first;
}

/** Whether a token continues a spoken number leftwards ("quarante et un", "vingt deux"). */
function isNumberPart(t: Token | undefined): boolean {
  return isNumberWord(t) || t?.key === 'et' || t?.key === 'and';
}

/**
 * Whether the label at `k` is a number said apart from the word before it, which is then part
 * of the address: "dupont 85 arobase" is dupont85@, but "c'est 85 arobase" is 85@.
 */
function spacedNumber(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const previous = tokens[k - 1];
  const numeric = t?.kind === 'digits' || isNumberWord(t);
  return numeric && previous?.kind === 'word' && !isNumberWord(previous) && !NOT_LOCAL.has(previous.key);
}

/** The last token of the domain after the "at" at `at`, or -1 when there is no domain. */
function domainEnd(tokens: readonly Token[], at: number, englishAt: boolean): number {
  let label = at + 1;
  if (!isLabel(tokens[label])) return -1;
  let end = -1;
  for (let n = 0; n < MAX_LABELS; n++) {
    const sep = label + 1;
    const sepLast = separatorStartingAt(tokens, sep);
    const next = tokens[sepLast + 1];
    if (sepLast < 0 || !isLabel(next) || next === undefined) break;
    label = sepLast + 1;
    const dot = tokens[sep]?.text === '.' || DOT_WORDS.has(tokens[sep]?.key ?? '');
    const written = tokens[sep]?.text === '.' && /^\p{L}{2,}$/u.test(next.text);
    if (dot && (TLDS.has(next.key) || (written && !englishAt))) end = label;
  }
  return end;
}

/** The last token of the separator that starts at token `k`, or -1 (see separatorEndingAt). */
function separatorStartingAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (t === undefined) return -1;
  if (t.kind === 'punct') return separatorEndingAt(tokens, k, DOMAIN_PUNCT);
  if (t.key === 'tiret' && tokens[k + 1]?.key === 'bas') return k + 1;
  if (t.key === 'tiret' && tokens[k + 1]?.key === 'du' && tokens[k + 2]?.key === 'bas') return k + 2;
  return SEPARATOR_WORDS.has(t.key) ? k : -1;
}
