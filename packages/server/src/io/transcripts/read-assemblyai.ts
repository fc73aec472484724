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

// AssemblyAI gives word and utterance times in milliseconds, but the audio's length in seconds
const millis = z
  .number({ error: 'must be a number of milliseconds' })
  .finite()
  .min(0, { error: 'cannot be negative' });

const wordSchema = z.object({
  text: z.string(),
  start: millis,
  end: millis,
  /** null without speaker_labels */
  speaker: z.string().nullish(),
});
type AssemblyWord = z.output<typeof wordSchema>;

const utteranceSchema = z.object({
  speaker: z.string({ error: 'must be a speaker label such as "A"' }),
  start: millis,
  end: millis,
  text: z.string(),
  words: z.array(wordSchema).nullish(),
});
type AssemblyUtterance = z.output<typeof utteranceSchema>;

const assemblySchema = z.object(
  {
    status: z.string().optional(),
    error: z.string().nullish(),
    language_code: z.string().nullish(),
    audio_duration: z
      .number({ error: 'must be a number of seconds' })
      .finite()
      .min(0, { error: 'cannot be negative' })
      .nullish(),
    /** with speaker_labels=true (or multichannel=true, a speaker per channel) */
    utterances: z.array(utteranceSchema, { error: 'expected a list of utterances' }).nullish(),
    words: z.array(wordSchema, { error: 'expected a list of words' }).nullish(),
  },
  { error: 'expected an object (the AssemblyAI transcript has "id", "utterances" and "words")' },
);

const WHO_SPEAKS =
  'AssemblyAI says who speaks only with speaker_labels=true (or multichannel=true); rerun it with one of them';

/** `fr` → `fr`, `en_us` → `en-US`: AssemblyAI writes regions after an underscore, and UK for GB. */
export function assemblyLanguageCode(code: string): string {
  const [language = '', region] = code.trim().split('_');
  if (region === undefined) return language;
  return `${language}-${region.toLowerCase() === 'uk' ? 'GB' : region.toUpperCase()}`;
}

/** An AssemblyAI word in seconds, labelled with `label`. */
function labelled(word: AssemblyWord, label: string, path: string): LabelledWord {
  return {
    text: word.text.trim(),
    start: roundSeconds(word.start / 1000),
    end: roundSeconds(word.end / 1000),
    label,
    path,
  };
}

/** One turn per utterance, with its words. */
function fromUtterances(file: string, utterances: readonly AssemblyUtterance[]): Speech {
  const read = utterances.map((u, k) => {
    const path = `utterances[${k}]`;
    const words = (u.words ?? []).map((w, i) => labelled(w, u.speaker, `${path}.words[${i}]`));
    checkWordTimes(file, words);
    return { u, path, words };
  });
  return {
    labels: read.map((r) => ({ label: r.u.speaker, path: `${r.path}.speaker` })),
    turns: (roles) =>
      read.map((r, i) => ({
        speaker: roles[i] ?? 'agent',
        start: roundSeconds(r.u.start / 1000),
        end: roundSeconds(r.u.end / 1000),
        text: r.u.text.replace(/\s+/g, ' '),
        path: r.path,
        ...(r.words.length > 0
          ? { words: r.words.map(({ text, start, end }) => ({ text, start, end })) }
          : {}),
      })),
  };
}

/** Turns from the top-level words, which carry their speaker when diarized. */
function fromWords(file: string, raw: readonly AssemblyWord[]): Speech {
  if (raw.length > 0 && raw.every((w) => w.speaker == null)) {
    throw new TranscriptFormatError(
      file,
      null,
      'missing_speaker',
      `utterances: none, and no "speaker" on any word; ${WHO_SPEAKS}`,
    );
  }
  const words = raw.map((w, i) => {
    if (w.speaker == null) {
      throw new TranscriptFormatError(file, null, 'missing_speaker', `words[${i}]: no "speaker"`);
    }
    return labelled(w, w.speaker, `words[${i}]`);
  });
  checkWordTimes(file, words);
  return {
    labels: words.map((w) => ({ label: w.label, path: `${w.path}.speaker` })),
    turns: (roles) => wordTurns(words, roles),
  };
}

/**
 * A call transcribed by AssemblyAI: the transcript JSON its API returns (`id`, `status`,
 * `language_code`, `audio_duration`, `utterances`, `words`). With speaker_labels=true each of
 * `utterances` is a turn (`text`, `words`); without utterances the top-level `words` make the
 * turns, consecutive words of one `speaker` until a pause of a second. Times are milliseconds.
 * The labels (`A`, `B`; channel numbers with multichannel) say nothing of roles, so a speaker
 * mapping is needed; without one the error lists them. A transcript that is not `completed` is
 * refused. The language is the import's, else `language_code` (`en_us` → `en-US`);
 * `audio_duration` (seconds) becomes `durationSeconds`; `callId` defaults to the file name
 * (`id` names AssemblyAI's transcript, not the call).
 */
export function readAssemblyAiTranscript(
  file: string,
  bytes: Uint8Array,
  options: FileLanguageReadOptions,
): TranscriptReadResult {
  const speakers = new SpeakerMap(file, options.speakers);
  const json = parseTranscriptJson(file, bytes, 'AssemblyAI transcript');
  const parsed = assemblySchema.safeParse(json);
  if (!parsed.success) throw shapeError(file, parsed.error);
  const { status, error, utterances, words, audio_duration } = parsed.data;
  if (status !== undefined && status !== 'completed') {
    throw new TranscriptFormatError(
      file,
      null,
      'bad_shape',
      `status: the transcript is "${status}", not completed${error ? ` (${error})` : ''}`,
    );
  }
  if (utterances == null && words == null) {
    throw new TranscriptFormatError(
      file,
      null,
      'bad_shape',
      'words: expected a list of words (the transcript has neither "utterances" nor "words")',
    );
  }
  const speech =
    utterances && utterances.length > 0 ? fromUtterances(file, utterances) : fromWords(file, words ?? []);
  if (speech.labels.length === 0) {
    throw new TranscriptFormatError(file, null, 'empty_call', 'words: no word, no speech in this call');
  }
  const named = parsed.data.language_code;
  const language = callLanguage(
    file,
    options.language,
    named == null ? named : assemblyLanguageCode(named),
    'language_code',
  );
  const roles = resolveJsonSpeakers(
    file,
    speakers,
    speech.labels,
    'AssemblyAI speaker labels do not say who is the agent and who the customer',
  );
  return checkJsonTranscript(file, {
    callId: options.callId ?? defaultCallId(file),
    language,
    ...(audio_duration == null ? {} : { durationSeconds: roundSeconds(audio_duration) }),
    turns: speech.turns(roles),
  });
}
