import { z } from 'zod';
import { defaultCallId, roundSeconds, type TranscriptReadResult } from './check-transcript.ts';
import { callLanguage, type FileLanguageReadOptions } from './file-language.ts';
import {
  checkJsonTranscript,
  parseTranscriptJson,
  resolveJsonSpeakers,
  shapeError,
} from './json-transcript.ts';
import { SpeakerMap } from './speaker-map.ts';
import { TranscriptFormatError } from './transcript-format-error.ts';
import { checkWordTimes, type LabelledWord, type Speech, wordTurns } from './word-turns.ts';

const seconds = z
  .number({ error: 'must be a number of seconds' })
  .finite()
  .min(0, { error: 'cannot be negative' });
const index = z.number({ error: 'must be a number such as 0' }).int().min(0, { error: 'cannot be negative' });

const wordSchema = z.object({
  word: z.string(),
  /** with punctuate=true or smart_format=true */
  punctuated_word: z.string().optional(),
  start: seconds,
  end: seconds,
  /** with diarize=true */
  speaker: index.optional(),
});
type DeepgramWord = z.output<typeof wordSchema>;

const utteranceSchema = z.object({
  start: seconds,
  end: seconds,
  transcript: z.string(),
  channel: index.optional(),
  speaker: index.optional(),
  words: z.array(wordSchema).optional(),
});
type DeepgramUtterance = z.output<typeof utteranceSchema>;

const deepgramSchema = z.object(
  {
    metadata: z.object({ duration: seconds.optional() }).optional(),
    results: z.object(
      {
        channels: z
          .array(
            z.object({
              /** with detect_language=true */
              detected_language: z.string().optional(),
              alternatives: z
                .array(z.object({ words: z.array(wordSchema, { error: 'expected a list of words' }) }))
                .min(1, { error: 'needs at least one alternative' }),
            }),
            { error: 'expected a list of channels' },
          )
          .min(1, { error: 'needs at least one channel' }),
        /** with utterances=true */
        utterances: z.array(utteranceSchema).optional(),
      },
      { error: 'expected an object with "channels"' },
    ),
  },
  { error: 'expected an object (the Deepgram response has "metadata" and "results")' },
);

type DeepgramChannel = z.output<typeof deepgramSchema>['results']['channels'][number];

const WHO_SPEAKS =
  'Deepgram says who speaks only with diarize=true, or multichannel=true with one side per channel; rerun it with one of them';

/** A Deepgram word as a labelled word: its punctuated form when the response has one. */
function labelled(word: DeepgramWord, label: string, path: string): LabelledWord {
  return {
    text: (word.punctuated_word ?? word.word).trim(),
    start: roundSeconds(word.start),
    end: roundSeconds(word.end),
    label,
    path,
  };
}

/** One turn per utterance; `key` says whether the speaker is the `speaker` or the `channel`. */
function fromUtterances(
  file: string,
  utterances: readonly DeepgramUtterance[],
  key: 'speaker' | 'channel',
): Speech {
  const read = utterances.map((u, k) => {
    const path = `results.utterances[${k}]`;
    const number = u[key];
    const label = number === undefined ? '' : String(number);
    const words = (u.words ?? []).map((w, i) => labelled(w, label, `${path}.words[${i}]`));
    checkWordTimes(file, words);
    return { u, path, label, number, words };
  });
  if (read.every((r) => r.number === undefined)) {
    throw new TranscriptFormatError(
      file,
      null,
      'missing_speaker',
      `results.utterances: no "${key}" on any utterance; ${WHO_SPEAKS}`,
    );
  }
  const missing = read.find((r) => r.number === undefined);
  if (missing) throw new TranscriptFormatError(file, null, 'missing_speaker', `${missing.path}: no "${key}"`);
  // the channels' utterances on one time line, should a response list them channel by channel
  const ordered = key === 'channel' ? [...read].sort((a, b) => a.u.start - b.u.start) : read;
  return {
    labels: ordered.map((r) => ({ label: r.label, path: `${r.path}.${key}` })),
    turns: (roles) =>
      ordered.map((r, i) => ({
        speaker: roles[i] ?? 'agent',
        start: roundSeconds(r.u.start),
        end: roundSeconds(r.u.end),
        text: r.u.transcript.replace(/\s+/g, ' '),
        path: r.path,
        ...(r.words.length > 0
          ? { words: r.words.map(({ text, start, end }) => ({ text, start, end })) }
          : {}),
      })),
  };
}

/**
 * Words of the first alternative: labelled by `speaker`, or, when there are several channels, by
 * channel. The channels' turns are built apart, then put on one time line: merging their words
 * first would cut both sides' turns into pieces wherever they talk over each other.
 */
function fromWords(file: string, channels: readonly DeepgramChannel[]): Speech {
  let words: LabelledWord[];
  if (channels.length > 1) {
    words = channels.flatMap((channel, c) => {
      const at = `results.channels[${c}].alternatives[0].words`;
      const read = (channel.alternatives[0]?.words ?? []).map((w, i) =>
        labelled(w, String(c), `${at}[${i}]`),
      );
      checkWordTimes(file, read);
      return read;
    });
  } else {
    const at = 'results.channels[0].alternatives[0].words';
    const raw = channels[0]?.alternatives[0]?.words ?? [];
    if (raw.length > 0 && raw.every((w) => w.speaker === undefined)) {
      throw new TranscriptFormatError(
        file,
        null,
        'missing_speaker',
        `${at}: no "speaker" on any word; ${WHO_SPEAKS}`,
      );
    }
    words = raw.map((w, i) => {
      if (w.speaker === undefined) {
        throw new TranscriptFormatError(file, null, 'missing_speaker', `${at}[${i}]: no "speaker"`);
      }
      return labelled(w, String(w.speaker), `${at}[${i}]`);
    });
    checkWordTimes(file, words);
  }
  words = words.filter((w) => w.text !== '');
  if (words.length === 0) {
    throw new TranscriptFormatError(
      file,
      null,
      'empty_call',
      'results.channels: no word, no speech in this call',
    );
  }
  return {
    labels: words.map((w) => ({ label: w.label, path: channels.length > 1 ? w.path : `${w.path}.speaker` })),
    // a channel's words are contiguous, so its runs never mix with another's; sort() is stable
    turns: (roles) => wordTurns(words, roles).sort((a, b) => a.start - b.start),
  };
}

/**
 * A call transcribed by Deepgram's pre-recorded API: the response JSON (`metadata`, `results`).
 * With utterances=true each of `results.utterances` is a turn (its `transcript`, its words);
 * else the words of `results.channels[].alternatives[0]` make the turns, consecutive words of one
 * speaker until a pause of a second. Who speaks is the `speaker` number of diarize=true, or, when
 * the response has several channels (multichannel=true, a side per channel), the channel. Those
 * numbers (`0`, `1`) say nothing of roles, so a speaker mapping is needed (`{ "0": "agent" }`);
 * without one the error lists them. The language is the import's, else the channels'
 * `detected_language`; `metadata.duration` becomes `durationSeconds`; `callId` defaults to the
 * file name (`request_id` names Deepgram's request, not the call).
 */
export function readDeepgramTranscript(
  file: string,
  bytes: Uint8Array,
  options: FileLanguageReadOptions,
): TranscriptReadResult {
  const speakers = new SpeakerMap(file, options.speakers);
  const json = parseTranscriptJson(file, bytes, 'Deepgram');
  const parsed = deepgramSchema.safeParse(json);
  if (!parsed.success) throw shapeError(file, parsed.error);
  const { metadata, results } = parsed.data;
  const multichannel = results.channels.length > 1;

  const utterances = results.utterances ?? [];
  const speech =
    utterances.length > 0
      ? fromUtterances(file, utterances, multichannel ? 'channel' : 'speaker')
      : fromWords(file, results.channels);
  const language = callLanguage(
    file,
    options.language,
    results.channels.find((c) => c.detected_language)?.detected_language,
    'results.channels[0].detected_language',
  );
  const roles = resolveJsonSpeakers(
    file,
    speakers,
    speech.labels,
    multichannel
      ? 'Deepgram channels do not say who is the agent and who the customer'
      : 'Deepgram speaker numbers do not say who is the agent and who the customer',
  );
  return checkJsonTranscript(file, {
    callId: options.callId ?? defaultCallId(file),
    language,
    ...(metadata?.duration === undefined ? {} : { durationSeconds: roundSeconds(metadata.duration) }),
    turns: speech.turns(roles),
  });
}
