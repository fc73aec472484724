import type { ImportIssue, Interaction, InteractionProfile } from '@vigie/core';
import { type CsvReadWarning, readCsvRecords } from './read-csv-records.ts';

export type RowIssue = ImportIssue;

export interface ImportOptions {
  /** Receives every issue: the profile's, the reader's encoding warnings, duplicate ids. */
  readonly onIssue?: (issue: RowIssue | CsvReadWarning) => void;
}

/**
 * Streams a CSV file through a profile and yields the accepted interactions with their line.
 * Rows the profile rejects are not yielded (their errors go to `onIssue`). A second row with
 * the id of an earlier one is rejected with a `duplicate_id` error naming both lines; this
 * keeps one map entry (id → line) per accepted row in memory. Format errors of the file
 * itself are thrown by {@link readCsvRecords}.
 */
export async function* importInteractions(
  file: string,
  profile: InteractionProfile,
  options: ImportOptions = {},
): AsyncGenerator<{ line: number; interaction: Interaction }, void, undefined> {
  const seen = new Map<string, number>();
  const rows = readCsvRecords(file, {
    requiredColumns: profile.requiredColumns,
    ...(options.onIssue ? { onWarning: options.onIssue } : {}),
  });
  for await (const { line, record } of rows) {
    const { interaction, issues } = profile.map(record, line);
    for (const issue of issues) options.onIssue?.(issue);
    if (interaction === null) continue;
    const first = seen.get(interaction.id);
    if (first !== undefined) {
      options.onIssue?.({
        line,
        field: 'id',
        code: 'duplicate_id',
        severity: 'error',
        message: `Line ${line}: id "${interaction.id}" was already imported from line ${first}; row rejected.`,
      });
      continue;
    }
    seen.set(interaction.id, line);
    yield { line, interaction };
  }
}
