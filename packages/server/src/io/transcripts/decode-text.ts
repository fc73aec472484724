import { TranscriptFormatError } from './transcript-format-error.ts';

/**
 * The text of a transcript file. Only UTF-8 is accepted (a leading BOM is dropped): guessing
 * another encoding (Windows-1252, UTF-16...) would silently garble accents in what the agent
 * and the customer said, so anything that is not valid UTF-8 is refused with `not_utf8`.
 */
export function decodeTranscriptText(file: string, bytes: Uint8Array): string {
  try {
    // the decoder drops a UTF-8 BOM by default (ignoreBOM: false)
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new TranscriptFormatError(file, null, 'not_utf8', 'not UTF-8 text (save it as UTF-8)');
  }
}
