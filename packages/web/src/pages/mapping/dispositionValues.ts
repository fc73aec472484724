import { guessDisposition } from './guessColumns';
import type { DispositionChoice } from './mappingValues';

/** The distinct non-empty values of a column in the sample, in the order first seen. */
export function distinctValues(
  records: readonly Readonly<Record<string, string>>[],
  column: string,
): string[] {
  const seen = new Map<string, string>();
  for (const record of records) {
    const value = (record[column] ?? '').trim();
    // the profile compares values case-insensitively: one row per value, whatever its case
    if (value !== '' && !seen.has(value.toLowerCase())) seen.set(value.toLowerCase(), value);
  }
  return [...seen.values()];
}

/**
 * The disposition rows once the sample shows `values`: the rows already chosen stay as they
 * are, each new value comes with the disposition its name makes obvious (or none).
 */
export function withSourceValues(
  current: readonly DispositionChoice[],
  values: readonly string[],
): DispositionChoice[] {
  const known = new Set(current.map((d) => d.source.trim().toLowerCase()));
  const added = values
    .filter((v) => !known.has(v.toLowerCase()))
    .map((source) => ({ source, disposition: guessDisposition(source) }));
  return [...current, ...added];
}
