import path from 'node:path';
import { type SpeakerRole, type Transcript, transcriptSchema } from '@vigie/core';
import type { SpeakerMapping } from './speaker-map.ts';
import { TranscriptFormatError } from './transcript-format-error.ts';

/** What an import says about a transcript file the file itself does not. */
export interface TranscriptReadOptions {
  /** defaults to the file name without its extension */
  readonly callId?: string;
  /** BCP 47 language of the call (fr, en-GB...) */
  readonly language: string;
  /** roles of labels the built-in names do not know (`{ "spk_0": "agent" }`); wins over them */
  readonly speakers?: SpeakerMapping;
}

/**
 * A transcript read from a file. `estimatedTiming` is true when the file gives no times at all
 * and every turn's start and end were estimated from its length (core's model has no place
 * for that, so it travels beside the transcript).
 */
export interface TranscriptReadResult {
  readonly transcript: Transcript;
  readonly estimatedTiming: boolean;
}

/** A turn as a reader built it, with the line it starts on for messages. */
export interface DraftTurn {
  readonly speaker: SpeakerRole;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly line: number;
}

/** How far back (seconds) a turn may start before the previous one: timing jitter, not an error. */
const BACKWARDS_TOLERANCE = 1;

/** `appels/2025-03-04 appel.txt` → `2025-03-04 appel` */
export function defaultCallId(file: string): string {
  return path.basename(file, path.extname(file));
}

/** 75.5 → `00:01:15.5` */
export function formatTime(seconds: number): string {
  const whole = Math.floor(seconds);
  const fraction = Math.round((seconds - whole) * 1000);
  const hms = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
  return fraction === 0 ? hms : `${hms}.${String(fraction).padStart(3, '0').replace(/0+$/, '')}`;
}

/** Seconds rounded to the millisecond (parsing sums of fractions leaves float noise). */
export function roundSeconds(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/**
 * The checks shared by all transcript readers. Turns without text are dropped and a call left
 * with none is refused (`empty_call`). Overlapping turns are kept (customer and agent do talk
 * over each other), but a turn that ends before it starts, or starts more than 1 s before the
 * previous one (times going backwards), is an error on its line (`time_backwards`). Turns are
 * then put in time order and validated with core's schema; a schema issue names the turn.
 */
export function checkTranscript(
  file: string,
  draft: { readonly callId: string; readonly language: string; readonly turns: readonly DraftTurn[] },
): Transcript {
  const turns = draft.turns.filter((t) => t.text.trim() !== '');
  if (turns.length === 0) {
    throw new TranscriptFormatError(file, null, 'empty_call', 'no speech in this call (no turn with text)');
  }
  turns.forEach((turn, i) => {
    if (turn.end < turn.start) {
      throw new TranscriptFormatError(
        file,
        turn.line,
        'time_backwards',
        `turn ends at ${formatTime(turn.end)}, before it starts (${formatTime(turn.start)})`,
      );
    }
    const previous = turns[i - 1];
    if (previous && turn.start < previous.start - BACKWARDS_TOLERANCE) {
      throw new TranscriptFormatError(
        file,
        turn.line,
        'time_backwards',
        `turn starts at ${formatTime(turn.start)}, before the previous turn ` +
          `(${formatTime(previous.start)}, line ${previous.line}): times go backwards`,
      );
    }
  });
  // within the tolerance a turn may start slightly before the previous one: put them in order
  const ordered = turns
    .map((turn, i) => ({ turn, i }))
    .sort((a, b) => a.turn.start - b.turn.start || a.i - b.i)
    .map(({ turn }) => turn);

  const parsed = transcriptSchema.safeParse({
    callId: draft.callId,
    language: draft.language,
    turns: ordered.map(({ speaker, start, end, text }) => ({ speaker, start, end, text: text.trim() })),
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path ?? [];
  const index = where[0] === 'turns' && typeof where[1] === 'number' ? where[1] : null;
  const turn = index === null ? undefined : ordered[index];
  if (index !== null && turn) {
    const field = where.slice(2).join('.');
    throw new TranscriptFormatError(
      file,
      turn.line,
      'invalid_transcript',
      `turn ${index + 1} (${turn.speaker}): ${field ? `${field} ` : ''}${issue?.message}`,
    );
  }
  throw new TranscriptFormatError(file, null, 'invalid_transcript', `${where.join('.')}: ${issue?.message}`);
}
