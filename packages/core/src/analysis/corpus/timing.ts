import type { Rng } from '../../shared/seeded-rng.ts';
import type { Turn } from '../transcript.ts';
import type { Line } from './types.ts';

/**
 * Puts times on a call's lines: speech at 2.5 to 3 words a second (each side its own pace),
 * short gaps between turns, the planned silences and overtalk, and now and then a turn that
 * starts a little before the other side has finished (under a second: not an interruption).
 */

/** Gaps after which a turn never starts early (it follows a planned silence or hold). */
const NATURAL_OVERLAP_CHANCE = 0.05;

function words(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Seconds a line is expected to take with its gap, for sizing a call before timing it. */
export function estimateSeconds(line: Line): number {
  return (line.seconds ?? words(line.text) / 2.75 + 0.3) + (line.pauseAfter ?? 0.7);
}

const round = (x: number): number => Math.round(x * 100) / 100;

/** The timed turns of the lines, in time order, and the end of the recording. */
export function timeLines(lines: readonly Line[], rng: Rng): { turns: Turn[]; duration: number } {
  const pace = { agent: rng.between(2.5, 3), customer: rng.between(2.45, 3), system: 2.6 };
  const turns: Turn[] = [];
  let clock = rng.between(0.2, 0.9);
  let prev: { line: Line; start: number; end: number } | null = null;
  for (const line of lines) {
    const length = line.seconds ?? (words(line.text) / pace[line.speaker]) * rng.between(0.93, 1.07) + 0.25;
    let start: number;
    if (!prev) start = clock;
    else if (line.overlap !== undefined) start = Math.max(prev.start + 1, prev.end - line.overlap);
    else if (prev.line.pauseAfter !== undefined) start = clock + prev.line.pauseAfter;
    else {
      const talk =
        line.speaker !== 'system' && prev.line.speaker !== 'system' && line.speaker !== prev.line.speaker;
      const early = Math.min(rng.between(0.2, 0.9), prev.end - prev.start - 0.6, length - 0.3);
      start =
        talk && early > 0.15 && rng.chance(NATURAL_OVERLAP_CHANCE)
          ? prev.end - early
          : clock + Math.min(2.4, 0.2 + rng.exp(0.45));
    }
    const turn: Turn = {
      speaker: line.speaker,
      start: round(start),
      end: round(start + length),
      text: line.text,
    };
    turns.push(turn);
    prev = { line, start: turn.start, end: turn.end };
    clock = Math.max(clock, turn.end);
  }
  return { turns, duration: round(clock + rng.between(0.3, 1.5)) };
}
