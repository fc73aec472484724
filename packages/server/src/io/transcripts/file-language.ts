import type { TranscriptReadOptions } from './check-transcript.ts';
import { TranscriptFormatError } from './transcript-format-error.ts';

/** Options of an import from a format that names its language: the import's language may be left out. */
export type FileLanguageReadOptions = Omit<TranscriptReadOptions, 'language'> & {
  readonly language?: string;
};

/** The shape core's transcript schema accepts (fr, fr-FR, en-GB...). */
const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/**
 * The language of the call: the import's when given (it knows the call), else the code the file
 * names at `path`. A file that names none, or something that is not a language code, is refused
 * with a hint to pass the language with the import.
 */
export function callLanguage(
  file: string,
  given: string | undefined,
  named: string | null | undefined,
  path: string,
): string {
  if (given !== undefined) return given;
  const code = named?.trim() ?? '';
  if (code === '') {
    throw new TranscriptFormatError(
      file,
      null,
      'missing_language',
      `${path}: the file does not give its language; pass one with the import (fr, en-GB...)`,
    );
  }
  if (!LANGUAGE_CODE.test(code)) {
    throw new TranscriptFormatError(
      file,
      null,
      'bad_language',
      `${path}: "${code}" is not a language code; pass one with the import (fr, en-GB...)`,
    );
  }
  return code;
}
