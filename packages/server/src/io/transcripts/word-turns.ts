import type { SpeakerRole, Word } from '@vigie/core';
import { formatTime } from './check-transcript.ts';
import type { JsonDraftTurn, LabelAt } from './json-transcript.ts';
import { TranscriptFormatError } from './transcript-format-error.ts';

/**
 * What the readers of word-level JSON (Deepgram, AssemblyAI) share: words carrying their speaker
 * label and JSON path, checked for times, then grouped into turns.
 */

/** A word read from JSON, with its speaker label and where it was read (for messages). */
export interface LabelledWord extends Word {
  readonly label: string;
  readonly path: string;
}

/**
 * The speakers of a call as a reader found them (a label and its path each), and its turns once
 * their roles are known: the labels are resolved all at once so that one error lists them all.
 */
export interface Speech {
  readonly labels: readonly LabelAt[];
  readonly turns: (roles: readonly SpeakerRole[]) => JsonDraftTurn[];
}

/** How far back (seconds) a word may start before the previous one: timing jitter, as for turns. */
const BACKWARDS_TOLERANCE = 1;

/**
 * A pause (seconds) between two words of one speaker from which they make two turns. Silences
 * and hold are measured on the gaps between turns (callMeasures), so a long pause must not hide
 * inside a turn; a shorter one is part of speech (and a monologue is merged back across it).
 */
export const TURN_PAUSE_SECONDS = 1;

/**
 * Refuses, naming the word's path, a word that ends before it starts or starts more than a
 * second before the word read before it (`time_backwards`).
 */
export function checkWordTimes(file: string, words: readonly LabelledWord[]): void {
  words.forEach((word, i) => {
    if (word.end < word.start) {
      throw new TranscriptFormatError(
        file,
        null,
        'time_backwards',
        `${word.path}: "${word.text}" ends at ${formatTime(word.end)}, before it starts (${formatTime(word.start)})`,
      );
    }
    const previous = words[i - 1];
    if (previous && word.start < previous.start - BACKWARDS_TOLERANCE) {
      throw new TranscriptFormatError(
        file,
        null,
        'time_backwards',
        `${word.path}: "${word.text}" starts at ${formatTime(word.start)}, before the previous word ` +
          `(${formatTime(previous.start)}, ${previous.path}): times go backwards`,
      );
    }
  });
}

/**
 * Turns from words in time order, `roles[i]` being the role of `words[i]`: consecutive words of
 * one label make a turn until a pause of {@link TURN_PAUSE_SECONDS}; each turn keeps its words.
 */
export function wordTurns(words: readonly LabelledWord[], roles: readonly SpeakerRole[]): JsonDraftTurn[] {
  const runs: { speaker: SpeakerRole; label: string; words: LabelledWord[] }[] = [];
  words.forEach((word, i) => {
    const last = runs.at(-1);
    const before = last?.words.at(-1);
    if (last && before && last.label === word.label && word.start - before.end < TURN_PAUSE_SECONDS) {
      last.words.push(word);
    } else {
      runs.push({ speaker: roles[i] ?? 'agent', label: word.label, words: [word] });
    }
  });
  return runs.map((run) => ({
    speaker: run.speaker,
    start: run.words[0]?.start ?? 0,
    end: Math.max(...run.words.map((w) => w.end)),
    text: run.words.map((w) => w.text).join(' '),
    path: run.words[0]?.path ?? '',
    words: run.words.map(({ text, start, end }) => ({ text, start, end })),
  }));
}
