import { readFileSync } from 'node:fs';
import { TranscriptFormatError } from './transcript-format-error.ts';

/** A sample file of test/fixtures/transcripts. Test-only. */
export const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/transcripts/${name}`, import.meta.url));

/** The TranscriptFormatError `run` throws; fails the test when it throws nothing or something else. */
export function errorOf(run: () => unknown): TranscriptFormatError {
  try {
    run();
  } catch (e) {
    if (e instanceof TranscriptFormatError) return e;
    throw e;
  }
  throw new Error('expected a TranscriptFormatError');
}
