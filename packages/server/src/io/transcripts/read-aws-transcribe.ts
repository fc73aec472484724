import type { SpeakerRole } from '@vigie/core';
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

// AWS Transcribe writes times as strings of seconds ("0.44"); a few tools write them as numbers
const awsTime = z
  .union([z.string(), z.number()], { error: 'must be a time in seconds such as "0.44"' })
  .refine((t) => (typeof t === 'number' ? Number.isFinite(t) && t >= 0 : /^\d+(?:\.\d+)?$/.test(t.trim())), {
    error: 'must be a time in seconds such as "0.44"',
  })
  .transform((t) => roundSeconds(Number(t)));

const itemSchema = z.object({
  type: z.enum(['pronunciation', 'punctuation'], { error: 'must be "pronunciation" or "punctuation"' }),
  start_time: awsTime.optional(),
  end_time: awsTime.optional(),
  alternatives: z
    .array(z.object({ content: z.string() }))
    .min(1, { error: 'needs at least one alternative' }),
  /** newer outputs label each item directly */
  speaker_label: z.string().optional(),
});
type AwsItem = z.output<typeof itemSchema>;

const awsSchema = z.object(
  {
    jobName: z.string().optional(),
    results: z.object(
      {
        transcripts: z.array(z.object({ transcript: z.string() })).optional(),
        speaker_labels: z
          .object({
            segments: z.array(
              z.object({
                speaker_label: z.string(),
                start_time: awsTime,
                end_time: awsTime,
                items: z.array(
                  z.object({ start_time: awsTime, end_time: awsTime, speaker_label: z.string() }),
                ),
              }),
            ),
          })
          .optional(),
        channel_labels: z
          .object({ channels: z.array(z.object({ channel_label: z.string(), items: z.array(itemSchema) })) })
          .optional(),
        items: z.array(itemSchema).optional(),
      },
      { error: 'expected an object with "items" and "speaker_labels"' },
    ),
  },
  { error: 'expected an object (the AWS Transcribe output has "jobName" and "results")' },
);

/** A spoken word of the output with its speaker label, its JSON path and the punctuation after it. */
interface SpokenWord {
  readonly content: string;
  readonly start: number;
  readonly end: number;
  readonly path: string;
  label: string;
  punctuation: string;
}

/** The words of a list of items: punctuation goes to the word before it (dropped when none). */
function spokenWords(file: string, items: readonly AwsItem[], at: string): SpokenWord[] {
  const words: SpokenWord[] = [];
  items.forEach((item, k) => {
    const path = `${at}[${k}]`;
    const content = (item.alternatives[0]?.content ?? '').trim();
    if (item.type === 'punctuation') {
      const last = words.at(-1);
      if (last) last.punctuation += content;
      return;
    }
    if (item.start_time === undefined || item.end_time === undefined) {
      throw new TranscriptFormatError(
        file,
        null,
        'bad_timing',
        `${path}: a pronunciation item needs start_time and end_time`,
      );
    }
    if (item.end_time < item.start_time) {
      throw new TranscriptFormatError(
        file,
        null,
        'time_backwards',
        `${path}: "${content}" ends at ${formatTime(item.end_time)}, before it starts (${formatTime(item.start_time)})`,
      );
    }
    words.push({
      content,
      start: item.start_time,
      end: item.end_time,
      path,
      label: item.speaker_label ?? '',
      punctuation: '',
    });
  });
  return words;
}

const timeKey = (start: number, end: number) => `${start}|${end}`;

/**
 * A call transcribed by an Amazon Transcribe batch job: the job's output JSON (`jobName`,
 * `results.items`, `results.speaker_labels`). Each pronunciation item is a word with its times
 * (strings of seconds); its speaker is its own `speaker_label` when the output has one, else the
 * one `speaker_labels.segments[].items` gives for the same start and end time, else the segment
 * whose span holds it. A punctuation item is glued to the word before it. Consecutive words of
 * the same speaker label make one turn, with word timings (the words without punctuation).
 * Channel identification output (`results.channel_labels.channels[]`, labels `ch_0`, `ch_1`) is
 * read too: each channel is a speaker. AWS labels (`spk_0`, `ch_0`) say nothing of roles, so a
 * speaker mapping is needed; without one the error lists the labels. `callId` defaults to the
 * job name, else the file name; times are the file's (`estimatedTiming` false).
 */
export function readAwsTranscribeTranscript(
  file: string,
  bytes: Uint8Array,
  options: TranscriptReadOptions,
): TranscriptReadResult {
  const speakers = new SpeakerMap(file, options.speakers);
  const json = parseTranscriptJson(file, bytes, 'AWS Transcribe');
  const parsed = awsSchema.safeParse(json);
  if (!parsed.success) throw shapeError(file, parsed.error);
  const { jobName, results } = parsed.data;

  let words: SpokenWord[];
  if (results.speaker_labels || !results.channel_labels) {
    words = spokenWords(file, results.items ?? [], 'results.items');
    if (words.length === 0) {
      throw new TranscriptFormatError(
        file,
        null,
        'empty_call',
        'results.items: no pronunciation item, no speech in this call',
      );
    }
    const segments = results.speaker_labels?.segments ?? [];
    const byTime = new Map<string, string>();
    for (const segment of segments) {
      for (const item of segment.items)
        byTime.set(timeKey(item.start_time, item.end_time), item.speaker_label);
    }
    for (const word of words) {
      if (word.label !== '') continue;
      const label =
        byTime.get(timeKey(word.start, word.end)) ??
        segments.find((s) => word.start >= s.start_time && word.end <= s.end_time)?.speaker_label;
      if (label === undefined) {
        throw new TranscriptFormatError(
          file,
          null,
          'missing_speaker',
          results.speaker_labels
            ? `${word.path}: no speaker for "${word.content}" at ${formatTime(word.start)} in results.speaker_labels.segments`
            : 'results.speaker_labels: AWS Transcribe says who speaks only when the job was run with ' +
                'speaker partitioning (ShowSpeakerLabels) or channel identification; rerun it with one of them',
        );
      }
      word.label = label;
    }
    words.forEach((word, i) => {
      const previous = words[i - 1];
      if (previous && word.start < previous.start - 1) {
        throw new TranscriptFormatError(
          file,
          null,
          'time_backwards',
          `${word.path}: "${word.content}" starts at ${formatTime(word.start)}, before the previous word ` +
            `(${formatTime(previous.start)}, ${previous.path}): times go backwards`,
        );
      }
    });
  } else {
    // channel identification: one speaker per channel, the channels' words put on one time line
    words = results.channel_labels.channels
      .flatMap((channel, c) =>
        spokenWords(file, channel.items, `results.channel_labels.channels[${c}].items`).map((word) => {
          word.label = channel.channel_label;
          return word;
        }),
      )
      .map((word, i) => ({ word, i }))
      .sort((a, b) => a.word.start - b.word.start || a.i - b.i)
      .map(({ word }) => word);
    if (words.length === 0) {
      throw new TranscriptFormatError(
        file,
        null,
        'empty_call',
        'results.channel_labels.channels: no pronunciation item, no speech in this call',
      );
    }
  }

  const roles = resolveJsonSpeakers(
    file,
    speakers,
    words.map((w) => ({ label: w.label, path: w.path })),
    'AWS Transcribe labels do not say who is the agent and who the customer',
  );
  const runs: { label: string; speaker: SpeakerRole; words: SpokenWord[] }[] = [];
  words.forEach((word, i) => {
    const last = runs.at(-1);
    if (last && last.label === word.label) last.words.push(word);
    else runs.push({ label: word.label, speaker: roles[i] ?? 'agent', words: [word] });
  });
  const turns: JsonDraftTurn[] = runs.map((run) => ({
    speaker: run.speaker,
    start: run.words[0]?.start ?? 0,
    end: Math.max(...run.words.map((w) => w.end)),
    text: run.words.map((w) => `${w.content}${w.punctuation}`).join(' '),
    path: run.words[0]?.path ?? '',
    words: run.words.map((w) => ({ text: w.content, start: w.start, end: w.end })),
  }));

  return checkJsonTranscript(file, {
    callId: options.callId ?? (jobName?.trim() || defaultCallId(file)),
    language: options.language,
    turns,
  });
}
