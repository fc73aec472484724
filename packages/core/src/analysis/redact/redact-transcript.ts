import type { Transcript, Turn, Word } from '../transcript.ts';
import { applyRedactions, redactText } from './redact-text.ts';
import { REDACTION_TYPES, type Redaction, type RedactionType, type RedactOptions } from './types.ts';

export interface TranscriptRedaction {
  /** the call with its personal data replaced by markers, in the text and in the words */
  readonly transcript: Transcript;
  /** how many spans of each kind were redacted in the turns' text */
  readonly counts: Record<RedactionType, number>;
}

/**
 * Redacts every turn of a call: its text, and its words when it has them. The words are
 * redacted on their own text (joined by spaces), since a file may give a reference text and
 * ASR words that differ; the words a redaction covers become one word, the marker, spanning
 * their times, so that the words read like the redacted text and a hit's time span stays
 * exact. Nothing of the original values is kept in the result.
 */
export function redactTranscript(transcript: Transcript, options: RedactOptions = {}): TranscriptRedaction {
  const counts = Object.fromEntries(REDACTION_TYPES.map((type) => [type, 0])) as Record<
    RedactionType,
    number
  >;
  const turns = transcript.turns.map((turn): Turn => {
    const { text, redactions } = redactText(turn.text, options);
    for (const r of redactions) counts[r.type] += 1;
    const words = turn.words && redactWords(turn.words, options, turn.text, redactions);
    if (redactions.length === 0 && words === turn.words) return turn;
    return words ? { ...turn, text, words } : { ...turn, text };
  });
  return { transcript: { ...transcript, turns }, counts };
}

/**
 * The words with those a redaction covers merged into one marker word; the same array when none.
 * When the words joined by spaces are the turn's text, its redactions serve as they are.
 */
function redactWords(
  words: Word[],
  options: RedactOptions,
  text: string,
  textRedactions: readonly Redaction[],
): Word[] {
  const starts: number[] = [];
  let joined = '';
  for (const w of words) {
    if (starts.length > 0) joined += ' ';
    starts.push(joined.length);
    joined += w.text;
  }
  const redactions = joined === text ? textRedactions : redactText(joined, options).redactions;
  if (redactions.length === 0) return words;
  const endOf = (k: number) => (starts[k] as number) + (words[k] as Word).text.length;
  const out: Word[] = [];
  let r = 0;
  for (let k = 0; k < words.length; k++) {
    const first = redactions[r];
    if (first === undefined || endOf(k) <= first.start) {
      out.push(words[k] as Word);
      continue;
    }
    // the words the redaction covers, and any further redaction that starts in them
    const group: Redaction[] = [];
    let last = k;
    while (redactions[r] !== undefined && (redactions[r] as Redaction).start < endOf(last)) {
      const red = redactions[r] as Redaction;
      group.push(red);
      while (last + 1 < words.length && (starts[last + 1] as number) < red.end) last++;
      r++;
    }
    const from = starts[k] as number;
    // a word may hold more than the number ("numéro:0612345678,"): its other characters stay
    const text = applyRedactions(joined.slice(from, endOf(last)), group, from);
    out.push({ text, start: (words[k] as Word).start, end: (words[last] as Word).end });
    k = last;
  }
  return out;
}
