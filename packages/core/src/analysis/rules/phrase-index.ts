import type { PhraseItem } from './ast.ts';
import type { TextToken } from './normalize-text.ts';

/**
 * All the phrases of a library, indexed by the tokens they can start with, so a turn is scanned
 * once whatever the number of rules: at each token only the phrases that can start there are
 * tried. Phrases that can start with any word (`*`, a prefix) are tried everywhere; they are few.
 */

/** A phrase found in a turn: tokens [tokenStart, tokenEnd) of it. */
export interface PhraseMatch {
  tokenStart: number;
  tokenEnd: number;
}

export class PhraseIndex {
  private readonly phrases: (readonly PhraseItem[])[] = [];
  private readonly keys = new Map<string, number>();
  private readonly byFirstToken = new Map<string, number[]>();
  private readonly anywhere: number[] = [];

  /** The phrase's number; the same items (written alike anywhere in the library) share one. */
  add(items: readonly PhraseItem[]): number {
    const key = JSON.stringify(items);
    const known = this.keys.get(key);
    if (known !== undefined) return known;
    const id = this.phrases.length;
    this.phrases.push(items);
    this.keys.set(key, id);
    const firsts = firstTokens(items);
    if (firsts === null) this.anywhere.push(id);
    else
      for (const token of firsts) {
        const list = this.byFirstToken.get(token);
        if (list) list.push(id);
        else this.byFirstToken.set(token, [id]);
      }
    return id;
  }

  get size(): number {
    return this.phrases.length;
  }

  /**
   * Every phrase's matches in one turn's tokens, leftmost first and not overlapping each other
   * (a phrase found at tokens 3..5 is not looked for again before token 5).
   */
  scan(tokens: readonly TextToken[], out: (phrase: number, match: PhraseMatch) => void): void {
    const nextFree = new Map<number, number>();
    const tryAt = (phrase: number, at: number): void => {
      if ((nextFree.get(phrase) ?? 0) > at) return;
      const end = matchItems(this.phrases[phrase] as readonly PhraseItem[], 0, tokens, at);
      if (end > at) {
        nextFree.set(phrase, end);
        out(phrase, { tokenStart: at, tokenEnd: end });
      }
    };
    for (let at = 0; at < tokens.length; at++) {
      const candidates = this.byFirstToken.get((tokens[at] as TextToken).value);
      if (candidates) for (const phrase of candidates) tryAt(phrase, at);
      for (const phrase of this.anywhere) tryAt(phrase, at);
    }
  }
}

/** The literal tokens a phrase can start with, or null when it can start with any word. */
function firstTokens(items: readonly PhraseItem[]): string[] | null {
  const out: string[] = [];
  for (const item of items) {
    if (item.alternatives === null) return null;
    for (const alt of item.alternatives) {
      if (alt.prefix && alt.tokens.length === 1) return null;
      out.push(alt.tokens[0] as string);
    }
    if (!item.optional) return out;
  }
  return out;
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
