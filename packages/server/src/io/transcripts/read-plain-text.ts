import {
  checkTranscript,
  type DraftTurn,
  defaultCallId,
  roundSeconds,
  type TranscriptReadOptions,
  type TranscriptReadResult,
} from './check-transcript.ts';
import { decodeTranscriptText } from './decode-text.ts';
import { SpeakerMap, splitSpeakerPrefix } from './speaker-map.ts';
import { TranscriptFormatError } from './transcript-format-error.ts';

/**
 * Speaking rate used to estimate how long a turn lasts when the file does not say: 2.5 words
 * per second (150 words a minute, a usual rate for French and English phone conversation).
 * A turn lasts at least 1 s.
 */
export const WORDS_PER_SECOND = 2.5;
const MIN_TURN_SECONDS = 1;

/** Estimated length of a turn in seconds, from its word count (tenths of a second). */
export function estimateSpeechSeconds(text: string): number {
  const words = text.split(/\s+/).filter((w) => w !== '').length;
  return Math.max(MIN_TURN_SECONDS, Math.round((words / WORDS_PER_SECOND) * 10) / 10);
}

// H:MM:SS or M:SS, optional fraction: 00:01:02, 1:02.5, 01:02,250
const CLOCK = String.raw`(?:\d{1,2}:)?\d{1,3}:\d{2}(?:[.,]\d{1,3})?`;
const BRACKETED = new RegExp(
  String.raw`^(?:\[\s*(${CLOCK})\s*\]|\(\s*(${CLOCK})\s*\))\s*(?:[-–—|]\s*)?(.*)$`,
  'u',
);
const BARE = new RegExp(String.raw`^(${CLOCK})(?:\s+[-–—|]?\s*|\s*[-–—|]\s*)(.*)$`, 'u');
/** `[00:1x:02]`, `(1:2)`, `[00:61:00]`: brackets holding something meant as a time */
const LOOKS_LIKE_TIME = /^[[(]\s*\d[\d.,]*:[^\])]*[\])]/;

/** Seconds of `00:01:02`, `1:02.5`; null when a field is out of range (`00:61:00`). */
export function parseClock(clock: string): number | null {
  const parts = clock.replace(',', '.').split(':').map(Number);
  if (parts.some((n) => !Number.isFinite(n))) return null;
  const [a = 0, b = 0, c] = parts;
  if (c === undefined) return b < 60 ? a * 60 + b : null;
  return b < 60 && c < 60 ? a * 3600 + b * 60 + c : null;
}

interface PlainTurn {
  readonly label: string;
  readonly line: number;
  readonly start: number | null;
  readonly text: string[];
}

/**
 * A call transcribed as plain text, one turn per line: `Agent: Bonjour`, `Conseillère : ...`,
 * `Client: ...`, each optionally preceded by a timestamp (`[00:01:02]`, `(01:02)`, `[1:02.5]`,
 * or a bare `00:01:02` followed by the speaker). A line without a speaker continues the
 * previous turn; blank lines are skipped.
 *
 * Timing: with timestamps (on every turn; a file mixing timed and untimed turns is refused),
 * a turn ends where the next one begins and the last one lasts its estimated length. Without
 * any, turns are laid end to end from 0 s with lengths estimated from their word count
 * (`WORDS_PER_SECOND`) and `estimatedTiming` is true.
 */
export function readPlainTranscript(
  file: string,
  bytes: Uint8Array,
  options: TranscriptReadOptions,
): TranscriptReadResult {
  const speakers = new SpeakerMap(file, options.speakers);
  const lines = decodeTranscriptText(file, bytes).split(/\r\n|\r|\n/);
  const turns: PlainTurn[] = [];

  lines.forEach((raw, i) => {
    const line = i + 1;
    const content = raw.trim();
    if (content === '') return;

    let start: number | null = null;
    let rest = content;
    const bracketed = BRACKETED.exec(content);
    const bare = bracketed ? null : BARE.exec(content);
    if (bracketed) {
      start = parseClock(bracketed[1] ?? bracketed[2] ?? '');
      rest = bracketed[3] ?? '';
    } else if (bare && splitSpeakerPrefix(bare[2] ?? '', speakers)) {
      // a bare time counts only before a speaker: `12:30 c'est noté` is text
      start = parseClock(bare[1] ?? '');
      rest = bare[2] ?? '';
    }
    if ((bracketed || (bare && rest !== content)) && start === null) {
      throw new TranscriptFormatError(file, line, 'bad_timestamp', `cannot read the time in "${content}"`);
    }
    if (!bracketed && LOOKS_LIKE_TIME.test(content)) {
      throw new TranscriptFormatError(
        file,
        line,
        'bad_timestamp',
        `cannot read the time in "${content}" (expected [00:01:02], (01:02) or [1:02.5])`,
      );
    }

    const speaker = splitSpeakerPrefix(rest, speakers);
    if (speaker) {
      turns.push({ label: speaker.label, line, start, text: [speaker.text] });
      return;
    }
    const current = turns.at(-1);
    if (start !== null || !current) {
      throw new TranscriptFormatError(
        file,
        line,
        'missing_speaker',
        `no speaker before the text (expected "Agent: ..." or "Client: ...")`,
      );
    }
    current.text.push(content);
  });

  const untimed = turns.find((t) => t.start === null);
  const timed = turns.find((t) => t.start !== null);
  if (untimed && timed) {
    throw new TranscriptFormatError(
      file,
      untimed.line,
      'mixed_timestamps',
      `turn without a time while others have one (line ${timed.line}): give every turn a time or none`,
    );
  }

  const roles = speakers.resolveAll(turns);
  const texts = turns.map((t) => t.text.join(' ').replace(/\s+/g, ' ').trim());
  const drafts: DraftTurn[] = [];
  let clock = 0;
  turns.forEach((turn, i) => {
    const text = texts[i] ?? '';
    const speaker = roles[i] ?? 'agent';
    if (turn.start === null) {
      const end = roundSeconds(clock + estimateSpeechSeconds(text));
      drafts.push({ speaker, start: clock, end, text, line: turn.line });
      clock = end;
      return;
    }
    const next = turns[i + 1]?.start;
    // the next turn may start a little earlier (tolerated jitter): never end before starting
    const end = next == null ? turn.start + estimateSpeechSeconds(text) : Math.max(turn.start, next);
    drafts.push({ speaker, start: roundSeconds(turn.start), end: roundSeconds(end), text, line: turn.line });
  });

  const transcript = checkTranscript(file, {
    callId: options.callId ?? defaultCallId(file),
    language: options.language,
    turns: drafts,
  });
  return { transcript, estimatedTiming: turns.length > 0 && !timed };
}
