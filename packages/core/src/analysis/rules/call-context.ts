import { type CallTimeline, callTimeline } from '../call-measures.ts';
import type { Transcript, Turn } from '../transcript.ts';
import { type TextToken, tokenizeText } from './normalize-text.ts';
import type { PhraseIndex, PhraseMatches } from './phrase-index.ts';

/**
 * What the rules of a library need to know of one call, computed once: each turn's tokens, every
 * phrase's matches (one scan of each turn), the timeline of silences, holds and overtalk, and the
 * time at any character of a turn.
 */
export class CallContext {
  readonly turns: readonly Turn[];
  readonly tokens: TextToken[][];
  readonly timeline: CallTimeline;
  /** per phrase of the index, its matches in this call (undefined: none) */
  readonly phraseMatches: PhraseMatches;
  /** per turn, its clock once a time in it was asked */
  private readonly clocks: (TurnClock | undefined)[] = [];

  constructor(
    readonly transcript: Transcript,
    phrases: PhraseIndex,
  ) {
    this.turns = transcript.turns;
    this.timeline = callTimeline(transcript);
    this.tokens = this.turns.map((t) => tokenizeText(t.text));
    // one list per phrase found, made when first needed: most phrases are in no given call
    const found: PhraseMatches = new Array(phrases.size);
    this.phraseMatches = found;
    for (let turn = 0; turn < this.tokens.length; turn++)
      phrases.scan(this.tokens[turn] as TextToken[], turn, found);
  }

  get duration(): number {
    return this.timeline.durationSeconds;
  }

  /** Index of the last turn starting at or before `time` (−1 when none). */
  turnAt(time: number): number {
    let lo = 0;
    let hi = this.turns.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.turns[mid] as Turn).start <= time) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Seconds at character `char` of a turn: from its word timings when given, else pro rata. */
  timeAt(turn: number, char: number): number {
    let clock = this.clocks[turn];
    if (!clock) {
      clock = new TurnClock(this.turns[turn] as Turn);
      this.clocks[turn] = clock;
    }
    return clock.at(char);
  }
}

/** Where a timed word sits in its turn's text, and its times. */
interface PlacedWord {
  at: number;
  start: number;
  end: number;
}

/** The time at any character of one turn (a class, not a closure: made for many turns a call). */
class TurnClock {
  private readonly length: number;
  /** its timed words found in the text, in order; null when it has none */
  private readonly placed: PlacedWord[] | null;

  constructor(private readonly turn: Turn) {
    this.length = Math.max(1, turn.text.length);
    this.placed = turn.words?.length ? placeWords(turn) : null;
  }

  at(char: number): number {
    const placed = this.placed;
    if (placed === null) {
      const { start, end } = this.turn;
      return start + ((end - start) * Math.min(char, this.length)) / this.length;
    }
    let best = placed[0] as PlacedWord;
    for (const p of placed) {
      if (p.at > char) break;
      best = p;
    }
    // a match starts where a word starts, and ends after the last word it holds
    return char > best.at ? best.end : best.start;
  }
}

/** Where each timed word sits in the text, found in order; words the text does not hold are skipped. */
function placeWords(turn: Turn): PlacedWord[] | null {
  const placed: PlacedWord[] = [];
  let cursor = 0;
  const folded = turn.text.toLowerCase();
  for (const w of turn.words ?? []) {
    const at = folded.indexOf(w.text.toLowerCase().trim(), cursor);
    if (at < 0 || !w.text.trim()) continue;
    placed.push({ at, start: w.start, end: w.end });
    cursor = at + w.text.trim().length;
  }
  return placed.length > 0 ? placed : null;
}
