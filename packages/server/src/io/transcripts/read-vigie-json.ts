import { safeParseTranscript, type Transcript } from '@vigie/core';
import type { TranscriptReadResult } from './check-transcript.ts';
import { decodeTranscriptText } from './decode-text.ts';
import { jsonPath } from './json-transcript.ts';
import { TranscriptFormatError } from './transcript-format-error.ts';

/**
 * A call in Vigie's own JSON format (docs/transcripts.md): the transcript model as it is, with
 * every field checked. Every problem is listed in one TranscriptFormatError naming the file and
 * the JSON path of each field (`turns[3].end: ends before it starts`).
 */
export function readVigieTranscript(file: string, bytes: Uint8Array): TranscriptReadResult {
  return {
    transcript: checkVigieTranscript(file, null, decodeTranscriptText(file, bytes)),
    estimatedTiming: false,
  };
}

/**
 * One call in Vigie's JSON format from its text: a whole file (`line` null) or one line of a JSON
 * Lines corpus, whose errors then name the line.
 */
export function checkVigieTranscript(file: string, line: number | null, text: string): Transcript {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new TranscriptFormatError(file, line, 'bad_json', `not valid JSON (${(err as Error).message})`);
  }
  const parsed = safeParseTranscript(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${jsonPath(i.path) || '(top level)'}: ${i.message}`);
    const empty = parsed.error.issues.some(
      (i) => i.path.length === 1 && i.path[0] === 'turns' && i.code === 'too_small',
    );
    throw new TranscriptFormatError(
      file,
      line,
      empty ? 'empty_call' : 'invalid_transcript',
      problems.join('; '),
    );
  }
  return parsed.data;
}
