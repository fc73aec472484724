/** The transcript formats Vigie reads (docs/transcripts.md), by the name `--format` takes. */
export const TRANSCRIPT_FORMATS = [
  'vigie',
  'text',
  'vtt',
  'srt',
  'gridspace',
  'aws',
  'whisper',
  'contact-lens',
  'deepgram',
  'assemblyai',
] as const;
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];
