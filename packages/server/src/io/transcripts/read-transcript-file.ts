import path from 'node:path';
import type { TranscriptReadOptions, TranscriptReadResult } from './check-transcript.ts';
import { decodeTranscriptText } from './decode-text.ts';
import { readAssemblyAiTranscript } from './read-assemblyai.ts';
import { readAwsTranscribeTranscript } from './read-aws-transcribe.ts';
import { readContactLensTranscript } from './read-contact-lens.ts';
import { readDeepgramTranscript } from './read-deepgram.ts';
import { readGridspaceTranscript } from './read-gridspace.ts';
import { readPlainTranscript } from './read-plain-text.ts';
import { readSubtitleTranscript } from './read-subtitles.ts';
import { readVigieTranscript } from './read-vigie-json.ts';
import { readWhisperTranscript } from './read-whisper.ts';
import { TranscriptFormatError } from './transcript-format-error.ts';
import { TRANSCRIPT_FORMATS, type TranscriptFormat } from './transcript-formats.ts';

export { TRANSCRIPT_FORMATS, type TranscriptFormat };

/**
 * The format of a transcript file: by its name for subtitles and plain text, by its content for
 * JSON (each JSON format has a field no other has). Null when nothing tells.
 */
export function detectTranscriptFormat(file: string, text: string): TranscriptFormat | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.vtt' || text.startsWith('WEBVTT')) return 'vtt';
  if (ext === '.srt') return 'srt';
  if (ext === '.txt') return 'text';
  if (ext !== '.json') return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (Array.isArray(raw))
    return raw.some((s) => s && typeof s === 'object' && 'speaker_role' in s) ? 'gridspace' : null;
  if (!raw || typeof raw !== 'object') return null;
  if ('turns' in raw && 'callId' in raw) return 'vigie';
  // Contact Lens alone writes its keys in PascalCase ("Transcript", "Participants")
  if ('Transcript' in raw) return 'contact-lens';
  // Deepgram has a "results" too, but with "channels" (AWS has "items", "channel_labels")
  const results = 'results' in raw ? raw.results : undefined;
  if (results && typeof results === 'object' && 'channels' in results) return 'deepgram';
  if (results !== undefined) return 'aws';
  if ('segments' in raw) return 'whisper';
  // AssemblyAI alone has "audio_duration" (seconds) and top-level "utterances"
  if ('audio_duration' in raw || 'utterances' in raw) return 'assemblyai';
  return null;
}

/**
 * A transcript file in any format Vigie reads: the one given, or the one its name and content
 * tell (`auto`). A file whose format cannot be told is refused, naming the formats.
 */
export function readTranscriptFile(
  file: string,
  bytes: Uint8Array,
  options: TranscriptReadOptions & { format?: TranscriptFormat | 'auto' },
): TranscriptReadResult & { format: TranscriptFormat } {
  const text = decodeTranscriptText(file, bytes);
  const format =
    options.format && options.format !== 'auto' ? options.format : detectTranscriptFormat(file, text);
  if (!format)
    throw new TranscriptFormatError(
      file,
      null,
      'unknown_format',
      `cannot tell its format: name the format (${TRANSCRIPT_FORMATS.join(', ')})`,
    );
  const read = (): TranscriptReadResult => {
    switch (format) {
      case 'vigie':
        return readVigieTranscript(file, bytes);
      case 'text':
        return readPlainTranscript(file, bytes, options);
      case 'vtt':
      case 'srt':
        return readSubtitleTranscript(file, bytes, options);
      case 'gridspace':
        return {
          transcript: readGridspaceTranscript(file, text, {
            callId: options.callId ?? path.basename(file, path.extname(file)),
            language: options.language,
          }),
          estimatedTiming: false,
        };
      case 'aws':
        return readAwsTranscribeTranscript(file, bytes, options);
      case 'whisper':
        return readWhisperTranscript(file, bytes, options);
      case 'contact-lens':
        return readContactLensTranscript(file, bytes, options);
      case 'deepgram':
        return readDeepgramTranscript(file, bytes, options);
      case 'assemblyai':
        return readAssemblyAiTranscript(file, bytes, options);
    }
  };
  return { ...read(), format };
}
