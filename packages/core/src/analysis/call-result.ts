import type { CallLinks } from './transcript.ts';

/**
 * What the analysis engine says of one call (issue 5). Small and plain (no transcript text besides
 * the matched words) so millions of results can stream to storage, statistics or JSON lines.
 */

/** Part of a hit inside one turn: `text.slice(charStart, charEnd)` of that turn is `text`. */
export interface HitSpan {
  /** index of the turn in the transcript's turns */
  turn: number;
  charStart: number;
  charEnd: number;
  text: string;
}

/**
 * One occurrence of a practice or reaction. A phrase hit has one span; a sequence (`A THEN B`) or
 * proximity hit has one span per part; a non-verbal hit (silence, hold, overtalk) has none, and a
 * call-level hit (`NOT x`, talk ratio) has none and covers the whole call.
 */
export interface Hit {
  ruleId: string;
  /** seconds from the start of the call */
  start: number;
  end: number;
  spans: HitSpan[];
}

/** The call's derived measures, as numbers (see callMeasures). */
export interface CallMeasureSummary {
  durationSeconds: number;
  agentTalkSeconds: number;
  customerTalkSeconds: number;
  overtalkSeconds: number;
  silenceSeconds: number;
  longestSilenceSeconds: number;
  holdSeconds: number;
  longestMonologueSeconds: number;
  agentTalkRatio: number | null;
}

export interface CallResult {
  callId: string;
  language: string;
  links: CallLinks;
  measures: CallMeasureSummary;
  /** hits of the library's practices and reactions (never of definitions), in time order */
  hits: Hit[];
  /** seconds each practice found in the call costs, by rule id (per the practice's cost measure) */
  costs: Record<string, number>;
}
