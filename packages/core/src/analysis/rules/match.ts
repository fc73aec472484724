/** Where in a call a rule (or a part of it) matched: the evaluator's currency. */
export interface Match {
  /** seconds from the start of the call */
  start: number;
  end: number;
  /** first and last turn it covers; −1 for a call-level match or a gap before the first turn */
  turn: number;
  lastTurn: number;
  spans: { turn: number; charStart: number; charEnd: number }[];
  /** tokens of its turn, for NEAR; −1 when it is not words of one turn */
  tokenStart: number;
  tokenEnd: number;
  /** the whole call (`NOT x`, talk_ratio, duration): no place of its own */
  callLevel: boolean;
}

export function byPlace(a: Match, b: Match): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    a.turn - b.turn ||
    (a.spans[0]?.charStart ?? 0) - (b.spans[0]?.charStart ?? 0)
  );
}

/**
 * Whether b comes after a: words by characters inside one turn and by turn order across turns (an
 * answer that starts while the question ends, in overtalk, still comes after it); anything else
 * (silences, holds) by time.
 */
export function comesAfter(a: Match, b: Match): boolean {
  const aLast = a.spans.at(-1);
  const bFirst = b.spans[0];
  if (aLast && bFirst) {
    return aLast.turn === bFirst.turn ? bFirst.charStart >= aLast.charEnd : bFirst.turn > aLast.turn;
  }
  return b.start >= a.end && !(b.turn === a.lastTurn && b.start === a.start);
}

/** A match of the whole call. */
export function callLevelMatch(duration: number): Match {
  return {
    start: 0,
    end: duration,
    turn: -1,
    lastTurn: -1,
    spans: [],
    tokenStart: -1,
    tokenEnd: -1,
    callLevel: true,
  };
}

/** A match of a stretch of time with no words (silence, hold, overtalk, monologue). */
export function timeMatch(start: number, end: number, turn: number): Match {
  return { start, end, turn, lastTurn: turn, spans: [], tokenStart: -1, tokenEnd: -1, callLevel: false };
}
