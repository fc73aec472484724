export { redactText } from './redact-text.ts';
export { redactTranscript, type TranscriptRedaction } from './redact-transcript.ts';
export * from './types.ts';
