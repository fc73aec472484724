import { type SpeakerRole, transcriptSchema, type Word } from '@vigie/core';
import type { z } from 'zod';
import { checkTranscript, type DraftTurn, type TranscriptReadResult } from './check-transcript.ts';
import { decodeTranscriptText } from './decode-text.ts';
import type { SpeakerMap } from './speaker-map.ts';
import { TranscriptFormatError } from './transcript-format-error.ts';

/**
 * What the JSON transcript readers (AWS Transcribe, Whisper) share: parsing with errors that name
 * the JSON path, speaker labels resolved through the speaker map, and the common checks with the
 * word timings kept.
 */

/** `['results', 'items', 3, 'start_time']` → `results.items[3].start_time` */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** The JSON value of a transcript file: UTF-8 text that parses, else `bad_json`. */
export function parseTranscriptJson(file: string, bytes: Uint8Array, format: string): unknown {
  const text = decodeTranscriptText(file, bytes);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new TranscriptFormatError(
      file,
      null,
      'bad_json',
      `not valid JSON, expected ${format} output (${(err as Error).message})`,
    );
  }
}

/** The first schema issue as an error naming the JSON path: `bad_timing` for a time, else `bad_shape`. */
export function shapeError(file: string, error: z.ZodError): TranscriptFormatError {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  const last = String(path.at(-1) ?? '');
  const code = /(?:^|_)(?:start|end|time)$/.test(last) ? 'bad_timing' : 'bad_shape';
  return new TranscriptFormatError(file, null, code, `${jsonPath(path) || '(top level)'}: ${issue?.message}`);
}

/** A label read at a JSON path, to resolve all labels of a file at once. */
export interface LabelAt {
  readonly label: string;
  readonly path: string;
}

/**
 * The role of every label through the speaker map; an unknown label is an `unknown_speaker`
 * error that lists all the file's labels and suggests a mapping for the unknown ones.
 */
export function resolveJsonSpeakers(
  file: string,
  speakers: SpeakerMap,
  labels: readonly LabelAt[],
  why: string,
): SpeakerRole[] {
  return labels.map(({ label, path }) => {
    const role = speakers.roleOf(label);
    if (role !== undefined) return role;
    const seen = [...new Set(labels.map((l) => l.label))];
    const unknown = seen.filter((l) => speakers.roleOf(l) === undefined);
    const example = `{ ${unknown.map((l, i) => `"${l}": "${i === 0 ? 'agent' : 'customer'}"`).join(', ')} }`;
    throw new TranscriptFormatError(
      file,
      null,
      'unknown_speaker',
      `unknown speaker "${label}" at ${path} (speakers in this file: ${seen.join(', ')}); ` +
        `${why}: pass a speaker mapping such as ${example}`,
    );
  });
}

/** A turn as a JSON reader builds it: a draft turn with its words and the JSON path it starts at. */
export interface JsonDraftTurn extends Omit<DraftTurn, 'line'> {
  readonly path: string;
  readonly words?: readonly Word[];
}

/**
 * The shared checks (checkTranscript) on turns read from JSON, which has no lines: a fault on a
 * turn is reported with its JSON path and line null. The words, which checkTranscript does not
 * carry, are put back on their turns, and the whole is validated again with core's schema.
 */
export function checkJsonTranscript(
  file: string,
  draft: {
    readonly callId: string;
    readonly language: string;
    readonly durationSeconds?: number;
    readonly turns: readonly JsonDraftTurn[];
  },
): TranscriptReadResult {
  const drafts = draft.turns.map((turn, i) => ({ ...turn, line: i + 1 }));
  let checked: ReturnType<typeof checkTranscript>;
  try {
    checked = checkTranscript(file, { callId: draft.callId, language: draft.language, turns: drafts });
  } catch (err) {
    if (!(err instanceof TranscriptFormatError) || err.line === null) throw err;
    const detail = err.message
      .slice(`${file}, line ${err.line}: `.length)
      .replace(/\bline (\d+)\)/g, (_, n) => `${drafts[Number(n) - 1]?.path ?? `turn ${n}`})`);
    throw new TranscriptFormatError(file, null, err.code, `${drafts[err.line - 1]?.path}: ${detail}`);
  }
  const used = new Set<number>();
  const turns = checked.turns.map((turn) => {
    const k = drafts.findIndex(
      (d, i) =>
        !used.has(i) &&
        d.speaker === turn.speaker &&
        d.start === turn.start &&
        d.end === turn.end &&
        d.text.trim() === turn.text,
    );
    used.add(k);
    const words = drafts[k]?.words;
    return words && words.length > 0 ? { ...turn, words: [...words] } : turn;
  });
  const parsed = transcriptSchema.safeParse({
    ...checked,
    ...(draft.durationSeconds === undefined ? {} : { durationSeconds: draft.durationSeconds }),
    turns,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TranscriptFormatError(
      file,
      null,
      'invalid_transcript',
      `${jsonPath(issue?.path ?? [])}: ${issue?.message}`,
    );
  }
  return { transcript: parsed.data, estimatedTiming: false };
}
