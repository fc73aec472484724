import { type SpeakerRole, type Transcript, type TranscriptInput, transcriptSchema } from '@vigie/core';
import { z } from 'zod';
import { TranscriptFormatError } from './transcript-format-error.ts';

/**
 * One segment of a Gridspace transcript (the Harper Valley corpus's format): a speaker's
 * utterance on its own channel. `start_ms` counts from that channel's start and
 * `start_timestamp_ms` is the same instant as a Unix time, so the channels are put on one clock
 * with the latter. Words are timed for the ASR text (`transcript`) only.
 */
const segmentSchema = z.object({
  speaker_role: z.string(),
  start_ms: z.number().finite().min(0),
  duration_ms: z.number().finite().min(0),
  start_timestamp_ms: z.number().finite(),
  human_transcript: z.string().optional(),
  transcript: z.string(),
  word_offsets_ms: z.array(z.number()).optional(),
  word_durations_ms: z.array(z.number()).optional(),
});

const ROLES = { agent: 'agent', caller: 'customer' } as const;

/** A segment whose text is only bracketed annotations (`[noise]`, `[baby] [laughter]`). */
const SOUND_ONLY = /^\s*(\[[^\]]*\]\s*)+$/;

export interface GridspaceOptions {
  readonly callId: string;
  readonly language?: string;
  /** the reference transcription (default) or the ASR one, which has word timings */
  readonly text?: 'human' | 'asr';
}

/**
 * A call from a Gridspace JSON transcript (a list of segments). The call's clock starts when
 * the first channel does; each turn keeps its speaker role (`caller` is the customer) and, with
 * `text: 'asr'`, its word timings. Throws a TranscriptFormatError naming the file and the segment (1-based).
 */
export function readGridspaceTranscript(file: string, json: string, options: GridspaceOptions): Transcript {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new TranscriptFormatError(file, null, 'bad_json', `not valid JSON (${(err as Error).message})`);
  }
  if (!Array.isArray(raw))
    throw new TranscriptFormatError(file, null, 'bad_json', 'expected a list of segments');
  if (raw.length === 0)
    throw new TranscriptFormatError(file, null, 'empty_call', 'no segment: the call is empty');
  const segments = raw.map((item, k) => {
    const parsed = segmentSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new TranscriptFormatError(
        file,
        null,
        'invalid_transcript',
        `segment ${k + 1}: ${issue?.path.join('.') || 'segment'}: ${issue?.message}`,
      );
    }
    return parsed.data;
  });
  const clockZero = Math.min(...segments.map((s) => s.start_timestamp_ms - s.start_ms));
  const useAsr = options.text === 'asr';
  const turns = segments
    .map((s, k) => {
      let speaker: SpeakerRole | undefined = ROLES[s.speaker_role as keyof typeof ROLES];
      if (!speaker)
        throw new TranscriptFormatError(
          file,
          null,
          'unknown_speaker',
          `segment ${k + 1}: unknown speaker_role "${s.speaker_role}" (known: agent, caller)`,
        );
      const start = (s.start_timestamp_ms - clockZero) / 1000;
      const text = useAsr ? s.transcript : (s.human_transcript ?? s.transcript);
      // "[noise]", "[baby]": a sound the transcriber annotated, not the speaker's words, so it
      // must not count as talk or overtalk.
      if (SOUND_ONLY.test(text)) speaker = 'system';
      const words = useAsr ? wordsOf(s, start) : undefined;
      return { speaker, start, end: start + s.duration_ms / 1000, text, ...(words ? { words } : {}) };
    })
    .sort((a, b) => a.start - b.start);
  const input: TranscriptInput = { callId: options.callId, language: options.language ?? 'en', turns };
  const checked = transcriptSchema.safeParse(input);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new TranscriptFormatError(
      file,
      null,
      'invalid_transcript',
      `${issue?.path.join('.') || 'call'}: ${issue?.message}`,
    );
  }
  return checked.data;
}

/** The ASR words with their times, when the offsets and durations match the words. */
function wordsOf(s: z.output<typeof segmentSchema>, start: number) {
  const texts = s.transcript.split(/\s+/).filter(Boolean);
  const offsets = s.word_offsets_ms ?? [];
  const durations = s.word_durations_ms ?? [];
  if (texts.length === 0 || texts.length !== offsets.length || offsets.length !== durations.length)
    return undefined;
  return texts.map((text, i) => {
    const from = start + (offsets[i] ?? 0) / 1000;
    return { text, start: from, end: from + (durations[i] ?? 0) / 1000 };
  });
}
