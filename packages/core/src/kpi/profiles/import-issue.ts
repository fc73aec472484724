import type { Interaction } from '../interaction.ts';

/**
 * A problem found while importing one line of a file. `line` is the 1-based line of the
 * file (the header is line 1); `field` names the column when one is at fault. `code` is
 * stable (for translation and counting), `message` is the English text shown to the user.
 * An `error` rejects the row; a `warning` keeps it, with the value handled as the message says.
 */
export interface ImportIssue {
  readonly line: number;
  readonly field?: string;
  readonly code: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** What a profile makes of one record: the interaction (null when rejected) and its issues. */
export interface MappedRecord {
  readonly interaction: Interaction | null;
  readonly issues: ImportIssue[];
}

/**
 * The file formats the importer reads: CSV (or any delimited text), the first sheet of an XLSX
 * workbook, JSON records (JSON Lines, a JSON array, or concatenated objects).
 */
export const RECORD_FORMATS = ['csv', 'xlsx', 'jsonl'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

/** A source format: the columns its header must have and the pure mapping of one record. */
export interface InteractionProfile {
  readonly name: string;
  readonly requiredColumns: readonly string[];
  readonly map: (record: Readonly<Record<string, string>>, line: number) => MappedRecord;
  /** The file format the source writes; absent: the importer goes by the file's extension. */
  readonly format?: RecordFormat;
  /**
   * For CSV files without a header line (Asterisk's Master.csv): the names of the columns, in
   * order. Rows may lack trailing columns that are not required.
   */
  readonly columns?: readonly string[];
  /** CSV field delimiter; ',' when absent. */
  readonly delimiter?: string;
  /**
   * A second record with the id of an earlier one: `error` (default) rejects it; `keep-first`
   * keeps the first and ignores the copy with a warning, for sources that deliver the same
   * record more than once (Amazon Connect).
   */
  readonly duplicateIds?: 'error' | 'keep-first';
}

function importIssue(
  severity: ImportIssue['severity'],
  line: number,
  field: string | undefined,
  code: string,
  message: string,
): ImportIssue {
  return field === undefined ? { line, code, message, severity } : { line, field, code, message, severity };
}

/** An issue that rejects the row. */
export function importError(
  line: number,
  field: string | undefined,
  code: string,
  message: string,
): ImportIssue {
  return importIssue('error', line, field, code, message);
}

/** An issue that keeps the row, the value handled as the message says. */
export function importWarning(
  line: number,
  field: string | undefined,
  code: string,
  message: string,
): ImportIssue {
  return importIssue('warning', line, field, code, message);
}
