import { extname } from 'node:path';
import type { RecordFormat } from '@vigie/core';
import { readCsvRecordBatches } from './read-csv-records.ts';
import { readJsonlRecords } from './read-jsonl-records.ts';
import { readXlsxRecords } from './read-xlsx-records.ts';
import type { RecordReadWarning, RecordRow } from './record-format-error.ts';

export type { RecordFormat } from '@vigie/core';
export { RECORD_FORMATS } from '@vigie/core';

const BY_EXTENSION: Readonly<Record<string, RecordFormat>> = {
  '.csv': 'csv',
  '.txt': 'csv',
  '.xlsx': 'xlsx',
  '.json': 'jsonl',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/**
 * The format a file's extension names (case-insensitive): `.csv` and `.txt` → csv, `.xlsx` →
 * xlsx, `.json`, `.jsonl`, `.ndjson` → jsonl; null for any other (Amazon Connect files
 * delivered by Firehose have no extension: their profile names the format).
 */
export function formatOfFile(path: string): RecordFormat | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

export interface ReadRecordsOptions {
  readonly format: RecordFormat;
  /** Columns the header (CSV, XLSX) or the first object (JSON) must have. */
  readonly requiredColumns?: readonly string[];
  /** CSV only: the columns of a file without a header line. */
  readonly columns?: readonly string[];
  /** CSV only: the field delimiter (',' by default). */
  readonly delimiter?: string;
  /** Warnings about the file (CSV: text decoded as Windows-1252). */
  readonly onWarning?: (warning: RecordReadWarning) => void;
  /** The column names once known (CSV and XLSX header, CSV `columns`); not called for JSON. */
  readonly onHeader?: (columns: readonly string[]) => void;
  /** CSV and JSON: the bytes read so far, once per chunk (XLSX is read zipped: not reported). */
  readonly onBytes?: (bytesRead: number) => void;
}

/** Rows per batch for the readers that produce one row at a time (XLSX, JSON). */
const BATCH_ROWS = 2000;

async function* batched<T>(rows: AsyncIterable<T>): AsyncGenerator<T[], void, undefined> {
  let batch: T[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= BATCH_ROWS) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Reads the records of a file in any supported format as one stream of batches of
 * `{ line, record }` (a consumer pays one promise per batch, not per row): `line` is the
 * file's line (CSV: header = 1, or first line = 1 without header; JSON: the line where the
 * object starts) or the sheet's row number (XLSX); `record` maps column names (JSON: dotted
 * keys) to text. Each reader streams: memory never holds the file. Format errors are thrown as
 * {@link RecordFormatError} (CsvFormatError for CSV, a subclass) naming the file and line.
 */
export function readRecordBatches(
  file: string,
  options: ReadRecordsOptions,
): AsyncGenerator<RecordRow[], void, undefined> {
  const { format, requiredColumns = [] } = options;
  if (format !== 'csv' && options.columns !== undefined) {
    throw new Error(`columns (a headerless file) apply to CSV only, not ${format}`);
  }
  switch (format) {
    case 'csv':
      return readCsvRecordBatches(file, {
        requiredColumns,
        ...(options.columns ? { columns: options.columns } : {}),
        ...(options.delimiter ? { delimiter: options.delimiter } : {}),
        ...(options.onWarning ? { onWarning: options.onWarning } : {}),
        ...(options.onHeader ? { onHeader: options.onHeader } : {}),
        ...(options.onBytes ? { onBytes: options.onBytes } : {}),
      });
    case 'xlsx':
      return batched(
        readXlsxRecords(file, {
          requiredColumns,
          ...(options.onHeader ? { onHeader: options.onHeader } : {}),
        }),
      );
    case 'jsonl':
      return batched(
        readJsonlRecords(file, {
          requiredColumns,
          ...(options.onBytes ? { onBytes: options.onBytes } : {}),
        }),
      );
    default:
      throw new Error(`unknown record format "${String(format)}"`);
  }
}

/** Same records as {@link readRecordBatches}, one at a time. */
export function readRecords(
  file: string,
  options: ReadRecordsOptions,
): AsyncGenerator<RecordRow, void, undefined> {
  return flatten(readRecordBatches(file, options)); // options are checked now, not at the first read
}

async function* flatten<T>(batches: AsyncIterable<T[]>): AsyncGenerator<T, void, undefined> {
  for await (const rows of batches) yield* rows;
}
