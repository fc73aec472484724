import fs from 'node:fs';
import {
  compileLibrary,
  formatRuleError,
  type Library,
  librarySchema,
  RuleLanguageError,
  SHIPPED_LIBRARIES,
} from '@vigie/core';
import { jsonPath } from '../../io/transcripts/json-transcript.ts';

/** A library that cannot be used: the message names the file and each field or rule at fault. */
export class LibraryError extends Error {
  override name = 'LibraryError';
}

/**
 * The library `--library` names: `fr` or `en` (shipped), or a JSON file (docs/rule-language.md),
 * checked whole: its shape, then every rule, all errors listed.
 */
export function resolveLibrary(name: string): Library {
  const shipped = SHIPPED_LIBRARIES[name];
  if (shipped) return shipped;
  if (!fs.existsSync(name)) {
    throw new LibraryError(`${name}: no such library (give fr, en or a library file)`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(name, 'utf8'));
  } catch (err) {
    throw new LibraryError(`${name}: not valid JSON (${(err as Error).message})`);
  }
  return checkedLibrary(name, raw);
}

/** A library from parsed JSON, checked whole; errors name `source` and each place. */
export function checkedLibrary(source: string, raw: unknown): Library {
  const parsed = librarySchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${jsonPath(i.path) || '(top level)'}: ${i.message}`);
    throw new LibraryError(`${source}: ${problems.join('; ')}`);
  }
  try {
    compileLibrary(parsed.data);
  } catch (err) {
    if (err instanceof RuleLanguageError)
      throw new LibraryError(`${source}: ${err.issues.map((i) => `rule ${formatRuleError(i)}`).join('; ')}`);
    throw err;
  }
  return parsed.data;
}
