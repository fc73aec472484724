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

/** Consecutive cues of the same role closer than this (seconds) make one turn. */
export const MERGE_GAP_SECONDS = 1;

// (H+:)MM:SS.mmm; SRT writes a comma, WebVTT a dot: both are accepted in both
const CUE_TIME = String.raw`((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})`;
const TIMING = new RegExp(String.raw`^${CUE_TIME}\s*-->\s*${CUE_TIME}(?:\s+.*)?$`);
const VOICE = /<v(?:\.[^\s>]+)*\s+([^>]+)>/;
const BRACKET_SPEAKER = /^\[([^\]]{1,40})\]\s*(.*)$/u;

function cueSeconds(time: string): number {
  const parts = time.replace(',', '.').split(':').map(Number);
  return roundSeconds(parts.reduce((total, n) => total * 60 + n, 0));
}

function stripMarkup(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lrm;|&rlm;/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

interface Block {
  readonly firstLine: number;
  readonly lines: readonly string[];
}

function blocksOf(text: string): Block[] {
  const blocks: { firstLine: number; lines: string[] }[] = [];
  let current: { firstLine: number; lines: string[] } | null = null;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    if (raw.trim() === '') {
      current = null;
      return;
    }
    if (!current) {
      current = { firstLine: i + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push(raw.trim());
  });
  return blocks;
}

/** The speaker a cue line names: voice tag, then `Speaker: text`, then `[Speaker] text`. */
function speakerOfLine(
  raw: string,
  plain: string,
  speakers: SpeakerMap,
): { label: string; text: string } | null {
  const voice = VOICE.exec(raw);
  if (voice) return { label: (voice[1] ?? '').trim(), text: plain };
  const prefixed = splitSpeakerPrefix(plain, speakers);
  if (prefixed) return prefixed;
  const bracket = BRACKET_SPEAKER.exec(plain);
  return bracket ? { label: (bracket[1] ?? '').trim(), text: bracket[2] ?? '' } : null;
}

interface Segment {
  label: string;
  line: number;
  start: number;
  end: number;
  text: string[];
}

/**
 * A call transcribed as subtitles: WebVTT (`WEBVTT` header, cues `00:00:01.000 --> 00:00:04.000`
 * with optional settings after the timing, NOTE / STYLE / REGION blocks skipped) or SRT
 * (numbered cues, `00:00:01,000 --> 00:00:04,000`); the format is told by the `WEBVTT` header.
 * The speaker of a cue is its voice tag (`<v Agent>`, `<v.loud Client>`), a `Speaker: text`
 * prefix or a `[Speaker] text` prefix; a line of a cue without one continues the cue's
 * previous speaker, and a cue that starts without any speaker is an error on that line.
 * Other markup (`<i>`, `<c.x>`, `<00:00:01.500>`) is dropped. Consecutive cues of the same
 * role less than 1 s apart are merged into one turn. Times are the file's: `estimatedTiming`
 * is false.
 */
export function readSubtitleTranscript(
  file: string,
  bytes: Uint8Array,
  options: TranscriptReadOptions,
): TranscriptReadResult {
  const speakers = new SpeakerMap(file, options.speakers);
  const blocks = blocksOf(decodeTranscriptText(file, bytes));
  const isVtt = /^WEBVTT(?:[ \t].*)?$/.test(blocks[0]?.lines[0] ?? '');
  const example = isVtt ? '00:00:01.000 --> 00:00:04.000' : '00:00:01,000 --> 00:00:04,000';
  const segments: Segment[] = [];

  for (const [b, block] of blocks.entries()) {
    if (isVtt && (b === 0 || /^(?:NOTE|STYLE|REGION)(?:\s|$)/.test(block.lines[0] ?? ''))) continue;
    // a cue: an optional identifier (the cue number in SRT), the timing line, then the text
    const at = (block.lines[0] ?? '').includes('-->') ? 0 : (block.lines[1] ?? '').includes('-->') ? 1 : -1;
    if (at < 0) {
      throw new TranscriptFormatError(
        file,
        block.firstLine,
        'bad_cue',
        `expected a cue${isVtt ? '' : ' number and'} timing line such as ${example}`,
      );
    }
    const timingLine = block.firstLine + at;
    const timing = TIMING.exec(block.lines[at] ?? '');
    if (!timing) {
      throw new TranscriptFormatError(
        file,
        timingLine,
        'bad_timing',
        `cannot read the cue timing "${block.lines[at]}" (expected ${example})`,
      );
    }
    const start = cueSeconds(timing[1] ?? '');
    const end = cueSeconds(timing[2] ?? '');

    let current: Segment | null = null;
    for (const [k, raw] of block.lines.slice(at + 1).entries()) {
      const line = timingLine + 1 + k;
      const plain = stripMarkup(raw);
      const prefixed = speakerOfLine(raw, plain, speakers);
      if (prefixed) {
        current = { label: prefixed.label, line, start, end, text: [prefixed.text] };
        segments.push(current);
      } else if (current) {
        current.text.push(plain);
      } else {
        throw new TranscriptFormatError(
          file,
          line,
          'missing_speaker',
          `cue without a speaker (expected ${isVtt ? '<v Agent>, ' : ''}"Agent: ..." or "[Agent] ...")`,
        );
      }
    }
  }

  const roles = speakers.resolveAll(segments);
  const turns: { -readonly [K in keyof DraftTurn]: DraftTurn[K] }[] = [];
  segments.forEach((segment, i) => {
    const speaker = roles[i] ?? 'agent';
    const text = segment.text.join(' ').replace(/\s+/g, ' ').trim();
    const last = turns.at(-1);
    if (
      last &&
      last.speaker === speaker &&
      segment.start >= last.start &&
      segment.start - last.end < MERGE_GAP_SECONDS
    ) {
      last.end = Math.max(last.end, segment.end);
      last.text = `${last.text} ${text}`.trim();
      return;
    }
    turns.push({ speaker, start: segment.start, end: segment.end, text, line: segment.line });
  });

  const transcript = checkTranscript(file, {
    callId: options.callId ?? defaultCallId(file),
    language: options.language,
    turns,
  });
  return { transcript, estimatedTiming: false };
}
