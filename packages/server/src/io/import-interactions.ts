import type { ImportIssue, Interaction, InteractionProfile, RecordFormat } from '@vigie/core';
import { formatOfFile, readRecordBatches } from './read-records.ts';
import type { RecordReadWarning } from './record-format-error.ts';
import { SeenIds } from './seen-ids.ts';

export type RowIssue = ImportIssue;

export interface ImportOptions {
  /** Receives every issue: the profile's, the reader's encoding warnings, duplicate ids. */
  readonly onIssue?: (issue: RowIssue | RecordReadWarning) => void;
  /**
   * The file's format. Default: the profile's `format`, else the one the file's extension names
   * (`.csv`/`.txt`, `.xlsx`, `.json`/`.jsonl`/`.ndjson`), else CSV.
   */
  readonly format?: RecordFormat;
  /** The bytes read so far (CSV and JSON), for a progress bar. */
  readonly onBytes?: (bytesRead: number) => void;
  /**
   * The rows come in time order: remember only recent ids for the duplicate check, so memory
   * stays flat (see {@link SeenIds}); may throw UnorderedInputError.
   */
  readonly timeOrdered?: boolean;
}

/** The format a file is read in: the option, else the profile's, else the extension's, else CSV. */
export function importFormat(
  file: string,
  profile: InteractionProfile,
  options: ImportOptions = {},
): RecordFormat {
  return options.format ?? profile.format ?? formatOfFile(file) ?? 'csv';
}

/** An accepted contact and the line of the file it comes from. */
export interface ImportedInteraction {
  readonly line: number;
  readonly interaction: Interaction;
}

/**
 * Streams a file (CSV, XLSX or JSON, see {@link importFormat}) through a profile and yields the
 * accepted interactions with their line, in batches (one promise per batch: a file of millions
 * of rows would otherwise spend much of its time passing rows one by one). Rows the profile
 * rejects are not yielded (their errors go to `onIssue`). A second row with the id of an
 * earlier one is rejected with a `duplicate_id` error naming both lines, or, for a profile
 * whose `duplicateIds` is `keep-first`, ignored with a `duplicate_id` warning; this keeps one
 * map entry (id → line) per accepted row in memory, or only the recent ones with
 * `timeOrdered`. A headerless CSV is read with the profile's
 * `columns`, with its `delimiter`. Format errors of the file itself are thrown by the reader
 * ({@link readRecordBatches}).
 */
export async function* importInteractionBatches(
  file: string,
  profile: InteractionProfile,
  options: ImportOptions = {},
): AsyncGenerator<ImportedInteraction[], void, undefined> {
  const seen = new SeenIds(options.timeOrdered ?? false);
  const format = importFormat(file, profile, options);
  const batches = readRecordBatches(file, {
    format,
    requiredColumns: profile.requiredColumns,
    ...(format === 'csv' && profile.columns ? { columns: profile.columns } : {}),
    ...(format === 'csv' && profile.delimiter ? { delimiter: profile.delimiter } : {}),
    ...(options.onIssue ? { onWarning: options.onIssue } : {}),
    ...(options.onBytes ? { onBytes: options.onBytes } : {}),
  });
  const keepFirst = profile.duplicateIds === 'keep-first';
  for await (const rows of batches) {
    const accepted: ImportedInteraction[] = [];
    for (const { line, record } of rows) {
      const { interaction, issues } = profile.map(record, line);
      for (const issue of issues) options.onIssue?.(issue);
      if (interaction === null) continue;
      const first = seen.firstLineOf(interaction, line);
      if (first !== undefined) {
        options.onIssue?.(duplicateIssue(interaction.id, line, first, keepFirst));
        continue;
      }
      accepted.push({ line, interaction });
    }
    if (accepted.length > 0) yield accepted;
  }
}

function duplicateIssue(id: string, line: number, first: number, keepFirst: boolean): RowIssue {
  return keepFirst
    ? {
        line,
        field: 'id',
        code: 'duplicate_id',
        severity: 'warning',
        message: `Line ${line}: id "${id}" was already imported from line ${first}; this copy is ignored (the source delivers some records twice).`,
      }
    : {
        line,
        field: 'id',
        code: 'duplicate_id',
        severity: 'error',
        message: `Line ${line}: id "${id}" was already imported from line ${first}; row rejected.`,
      };
}

/** Same contacts as {@link importInteractionBatches}, one at a time. */
export async function* importInteractions(
  file: string,
  profile: InteractionProfile,
  options: ImportOptions = {},
): AsyncGenerator<ImportedInteraction, void, undefined> {
  for await (const batch of importInteractionBatches(file, profile, options)) yield* batch;
}
