import type { SpeakerRole, Word } from '@vigie/core';
import { z } from 'zod';
import {
  defaultCallId,
  formatTime,
  roundSeconds,
  type TranscriptReadOptions,
  type TranscriptReadResult,
} from './check-transcript.ts';
import {
  checkJsonTranscript,
  type JsonDraftTurn,
  parseTranscriptJson,
  resolveJsonSpeakers,
  shapeError,
} from './json-transcript.ts';
import { SpeakerMap } from './speaker-map.ts';
import { TranscriptFormatError } from './transcript-format-error.ts';

/** Options of a Whisper import: the language may be left to the file's `language`. */
export type WhisperReadOptions = Omit<TranscriptReadOptions, 'language'> & { readonly language?: string };

/** Whisper names the language it detected in English (`french`); the model wants a code. */
const LANGUAGE_CODES: Readonly<Record<string, string>> = {
  french: 'fr',
  english: 'en',
  spanish: 'es',
  german: 'de',
  italian: 'it',
  portuguese: 'pt',
  dutch: 'nl',
  arabic: 'ar',
};

const time = z
  .number({ error: 'must be a number of seconds' })
  .finite()
  .min(0, { error: 'cannot be negative' });

const whisperSchema = z.object(
  {
    text: z.string().optional(),
    language: z.string().optional(),
    duration: time.optional(),
    segments: z.array(
      z.object({
        start: time,
        end: time,
        text: z.string(),
        speaker: z.string().optional(),
        // WhisperX leaves the times out for a word it could not align (often numbers)
        words: z
          .array(
            z.object({
              word: z.string(),
              start: time.optional(),
              end: time.optional(),
              speaker: z.string().optional(),
            }),
          )
          .optional(),
      }),
      { error: 'expected a list of segments' },
    ),
  },
  { error: 'expected an object (Whisper verbose_json output, with "segments")' },
);
type WhisperSegment = z.output<typeof whisperSchema>['segments'][number];

/** The language code of a Whisper `language` (`french` → `fr`, `fr` kept), or undefined. */
export function whisperLanguageCode(language: string): string | undefined {
  const trimmed = language.trim();
  return (
    LANGUAGE_CODES[trimmed.toLowerCase()] ??
    (/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(trimmed) ? trimmed : undefined)
  );
}

/** The segment's words with their times, or undefined when some word has none (the text stays). */
function wordsOf(segment: WhisperSegment): Word[] | undefined {
  const words = (segment.words ?? []).filter((w) => w.word.trim() !== '');
  if (words.length === 0 || words.some((w) => w.start === undefined || w.end === undefined)) return undefined;
  return words.map((w) => ({
    text: w.word.trim(),
    start: roundSeconds(w.start ?? 0),
    end: roundSeconds(w.end ?? 0),
  }));
}

/** The segment's speaker, else the one most of its words have (WhisperX labels words too). */
function speakerOf(segment: WhisperSegment): string | undefined {
  if (segment.speaker !== undefined) return segment.speaker;
  const counts = new Map<string, number>();
  for (const w of segment.words ?? []) if (w.speaker) counts.set(w.speaker, (counts.get(w.speaker) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * A call transcribed by Whisper as `verbose_json` (`text`, `language`, `duration`, `segments`
 * with `start`, `end`, `text` and optional `words`). Whisper does not say who speaks: the file
 * must be diarized, as WhisperX does, with a `speaker` on each segment (`SPEAKER_00`), mapped to
 * a role through the speaker map; a segment without one takes the speaker most of its words
 * have. Consecutive segments of the same speaker label make one turn, with the words' timings
 * when every word has them. The language is the options', else the file's (`french` → `fr`);
 * `duration` becomes the transcript's `durationSeconds`. `callId` defaults to the file name.
 */
export function readWhisperTranscript(
  file: string,
  bytes: Uint8Array,
  options: WhisperReadOptions,
): TranscriptReadResult {
  const speakers = new SpeakerMap(file, options.speakers);
  const json = parseTranscriptJson(file, bytes, 'Whisper verbose_json');
  const parsed = whisperSchema.safeParse(json);
  if (!parsed.success) throw shapeError(file, parsed.error);
  const { segments, duration } = parsed.data;

  const spoken = segments
    .map((segment, k) => ({
      segment,
      path: `segments[${k}]`,
      text: segment.text.replace(/\s+/g, ' ').trim(),
    }))
    .filter((s) => s.text !== '');
  if (spoken.length === 0) {
    throw new TranscriptFormatError(
      file,
      null,
      'empty_call',
      'segments: no segment with text, no speech in this call',
    );
  }

  let language = options.language;
  if (language === undefined) {
    const named = parsed.data.language;
    if (named === undefined) {
      throw new TranscriptFormatError(
        file,
        null,
        'missing_language',
        'language: the file does not give its language; pass one with the import (fr, en-GB...)',
      );
    }
    language = whisperLanguageCode(named);
    if (language === undefined) {
      throw new TranscriptFormatError(
        file,
        null,
        'bad_language',
        `language: unknown language "${named}"; pass a language code with the import (fr, en-GB...)`,
      );
    }
  }

  const labels = spoken.map((s) => ({ ...s, label: speakerOf(s.segment) }));
  if (labels.every((s) => s.label === undefined)) {
    throw new TranscriptFormatError(
      file,
      null,
      'missing_speaker',
      'segments: no "speaker" on any segment; Whisper does not say who speaks: ' +
        'give a diarized file (WhisperX with diarization adds a speaker to each segment)',
    );
  }
  labels.forEach(({ segment, label, path }, i) => {
    if (label === undefined) {
      throw new TranscriptFormatError(
        file,
        null,
        'missing_speaker',
        `${path}: segment at ${formatTime(segment.start)} without a speaker (diarization left it out)`,
      );
    }
    if (segment.end < segment.start) {
      throw new TranscriptFormatError(
        file,
        null,
        'time_backwards',
        `${path}: ends at ${formatTime(segment.end)}, before it starts (${formatTime(segment.start)})`,
      );
    }
    const previous = labels[i - 1];
    if (previous && segment.start < previous.segment.start - 1) {
      throw new TranscriptFormatError(
        file,
        null,
        'time_backwards',
        `${path}: starts at ${formatTime(segment.start)}, before the previous segment ` +
          `(${formatTime(previous.segment.start)}, ${previous.path}): times go backwards`,
      );
    }
  });
  const roles = resolveJsonSpeakers(
    file,
    speakers,
    labels.map(({ label, path }) => ({ label: label ?? '', path: `${path}.speaker` })),
    'diarization labels do not say who is the agent and who the customer',
  );

  const runs: { label: string; speaker: SpeakerRole; path: string; parts: typeof labels }[] = [];
  labels.forEach((s, i) => {
    const last = runs.at(-1);
    if (last && last.label === s.label) last.parts.push(s);
    else runs.push({ label: s.label ?? '', speaker: roles[i] ?? 'agent', path: s.path, parts: [s] });
  });
  const turns: JsonDraftTurn[] = runs.map((run) => {
    const words = run.parts.map((p) => wordsOf(p.segment));
    return {
      speaker: run.speaker,
      start: roundSeconds(run.parts[0]?.segment.start ?? 0),
      end: roundSeconds(Math.max(...run.parts.map((p) => p.segment.end))),
      text: run.parts.map((p) => p.text).join(' '),
      path: run.path,
      ...(words.every((w) => w !== undefined) ? { words: words.flat() } : {}),
    };
  });

  return checkJsonTranscript(file, {
    callId: options.callId ?? defaultCallId(file),
    language,
    ...(duration === undefined ? {} : { durationSeconds: roundSeconds(duration) }),
    turns,
  });
}
