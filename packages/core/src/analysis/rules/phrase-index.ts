import type { PhraseItem } from './ast.ts';
import type { TextToken } from './normalize-text.ts';

/**
 * All the phrases of a library, indexed by one rare word each (their "anchor"), so a turn is
 * scanned once whatever the number of rules and a common word ("je", "vous") tries only the few
 * phrases anchored on it. At each token, the phrases anchored there are tried from each place
 * their start can be (optional words before the anchor give several). A phrase whose words are
 * all wildcards is indexed by the first three letters of a prefix, or tried everywhere.
 */

/** A phrase found in a turn: tokens [tokenStart, tokenEnd) of it. */
export interface PhraseMatch {
  turn: number;
  tokenStart: number;
  tokenEnd: number;
}

/** Per phrase number, its matches found so far (undefined: none), filled by scan. */
export type PhraseMatches = (PhraseMatch[] | undefined)[];

/** A phrase under an anchor: how many tokens can come before the anchor, most first. */
interface Anchored {
  phrase: number;
  before: number[];
}

/** Words too common to anchor on: nearly every turn has them. */
const COMMON = new Set(
  (
    'je tu il elle on nous vous ils le la les un une de des du et ou a au en que qui ne pas se ce me te ' +
    'est suis ai y pour par sur avec votre vos mon ma mes ca cela bien oui non 1 ' +
    'i you we it the an to of and or is are am be can will not do for your my that this with in at so have'
  ).split(' '),
);
const HEAD = 3;

export class PhraseIndex {
  private readonly phrases: (readonly PhraseItem[])[] = [];
  private readonly keys = new Map<string, number>();
  private readonly byAnchor = new Map<string, Anchored[]>();
  private readonly byPrefixHead = new Map<string, Anchored[]>();
  /** first character codes of those heads, so most tokens skip cutting a head to look it up */
  private readonly headStarts = new Uint8Array(0x10000);
  private readonly anywhere: number[] = [];
  /** per phrase, the token from which it may be found again in the turn being scanned */
  private nextFree = new Int32Array(0);
  private stamp = new Int32Array(0);
  private scans = 0;

  /** The phrase's number; the same items (written alike anywhere in the library) share one. */
  add(items: readonly PhraseItem[]): number {
    const key = JSON.stringify(items);
    const known = this.keys.get(key);
    if (known !== undefined) return known;
    const id = this.phrases.length;
    this.phrases.push(items);
    this.keys.set(key, id);
    const anchor = chooseAnchor(items);
    if (anchor === null) this.anywhere.push(id);
    else {
      const entry = { phrase: id, before: tokensBefore(items, anchor.item) };
      const map = anchor.prefix ? this.byPrefixHead : this.byAnchor;
      for (const word of anchor.words) {
        if (anchor.prefix) this.headStarts[word.charCodeAt(0)] = 1;
        const list = map.get(word);
        if (list) list.push(entry);
        else map.set(word, [entry]);
      }
    }
    return id;
  }

  get size(): number {
    return this.phrases.length;
  }

  /**
   * Every phrase's matches in one turn's tokens, not overlapping each other (a phrase found at
   * tokens 3..5 is not looked for again before token 5).
   */
  scan(tokens: readonly TextToken[], turn: number, found: PhraseMatches): void {
    if (this.stamp.length < this.phrases.length) {
      this.nextFree = new Int32Array(this.phrases.length);
      this.stamp = new Int32Array(this.phrases.length);
    }
    this.scans++;
    for (let at = 0; at < tokens.length; at++) {
      const value = (tokens[at] as TextToken).value;
      this.tryAnchored(this.byAnchor.get(value), tokens, turn, at, found);
      if (value.length >= HEAD && this.headStarts[value.charCodeAt(0)] === 1) {
        this.tryAnchored(this.byPrefixHead.get(value.slice(0, HEAD)), tokens, turn, at, found);
      }
      for (const phrase of this.anywhere) this.tryFrom(phrase, tokens, turn, at, found);
    }
  }

  private tryAnchored(
    list: readonly Anchored[] | undefined,
    tokens: readonly TextToken[],
    turn: number,
    at: number,
    found: PhraseMatches,
  ): void {
    if (!list) return;
    for (const { phrase, before } of list) {
      for (const n of before) if (this.tryFrom(phrase, tokens, turn, at - n, found)) break;
    }
  }

  private tryFrom(
    phrase: number,
    tokens: readonly TextToken[],
    turn: number,
    start: number,
    found: PhraseMatches,
  ): boolean {
    if (start < 0) return false;
    if (this.stamp[phrase] === this.scans && (this.nextFree[phrase] as number) > start) return false;
    const end = matchItems(this.phrases[phrase] as readonly PhraseItem[], 0, tokens, start);
    if (end <= start) return false;
    this.stamp[phrase] = this.scans;
    this.nextFree[phrase] = end;
    const match = { turn, tokenStart: start, tokenEnd: end };
    const list = found[phrase];
    if (list) list.push(match);
    else found[phrase] = [match];
    return true;
  }
}

interface Anchor {
  item: number;
  words: string[];
  prefix: boolean;
}

/**
 * The item to anchor a phrase on: a required one whose choices are all plain words, the rarest
 * (no common word, then the longest); else a required prefix of at least three letters; else none.
 */
function chooseAnchor(items: readonly PhraseItem[]): Anchor | null {
  let best: Anchor | null = null;
  let bestScore = -1;
  items.forEach((item, k) => {
    if (item.optional || item.alternatives === null) return;
    if (item.alternatives.every((alt) => !alt.prefix || alt.tokens.length > 1)) {
      const words = item.alternatives.map((alt) => alt.tokens[0] as string);
      const score = 1 + Math.min(...words.map((w) => (COMMON.has(w) ? 0 : w.length)));
      if (score > bestScore) {
        best = { item: k, words, prefix: false };
        bestScore = score;
      }
    } else if (bestScore < 0 && item.alternatives.every((alt) => (alt.tokens[0] as string).length >= HEAD)) {
      const words = [...new Set(item.alternatives.map((alt) => (alt.tokens[0] as string).slice(0, HEAD)))];
      best = { item: k, words, prefix: true };
      bestScore = 0;
    }
  });
  return best;
}

/** How many tokens items[0..k) can take, largest first (so a match starts as early as it can). */
function tokensBefore(items: readonly PhraseItem[], k: number): number[] {
  let counts = new Set([0]);
  for (const item of items.slice(0, k)) {
    const lengths = item.alternatives === null ? [1] : item.alternatives.map((alt) => alt.tokens.length);
    if (item.optional) lengths.push(0);
    const next = new Set<number>();
    for (const c of counts) for (const l of lengths) next.add(c + l);
    counts = next;
  }
  return [...counts].sort((a, b) => b - a);
}

/** End of the match of items[k..] at token `at`, or -1; optional items are taken when they fit. */
function matchItems(
  items: readonly PhraseItem[],
  k: number,
  tokens: readonly TextToken[],
  at: number,
): number {
  if (k === items.length) return at;
  const item = items[k] as PhraseItem;
  if (item.alternatives === null) {
    if (at < tokens.length) {
      const end = matchItems(items, k + 1, tokens, at + 1);
      if (end >= 0) return end;
    }
  } else {
    for (const alt of item.alternatives) {
      if (!fits(alt.tokens, alt.prefix, tokens, at)) continue;
      const end = matchItems(items, k + 1, tokens, at + alt.tokens.length);
      if (end >= 0) return end;
    }
  }
  return item.optional ? matchItems(items, k + 1, tokens, at) : -1;
}

function fits(words: readonly string[], prefix: boolean, tokens: readonly TextToken[], at: number): boolean {
  if (at + words.length > tokens.length) return false;
  const last = words.length - 1;
  for (let i = 0; i <= last; i++) {
    const value = (tokens[at + i] as TextToken).value;
    const word = words[i] as string;
    if (prefix && i === last ? !value.startsWith(word) : value !== word) return false;
  }
  return true;
}
