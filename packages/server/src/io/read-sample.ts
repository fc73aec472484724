import { open } from 'node:fs/promises';
import { formatOfFile, type RecordFormat, readRecords } from './read-records.ts';

/** The first records of a file, for the mapping screen of the web app. */
export interface RecordSample {
  readonly format: RecordFormat;
  /** CSV only: the delimiter found on the first line (or the one given). */
  readonly delimiter?: string;
  /** Column names: the header (CSV, XLSX), or every key of the sampled objects in first-seen order (JSON). */
  readonly columns: string[];
  readonly records: Record<string, string>[];
}

export interface ReadSampleOptions {
  /** CSV: the delimiter; found from the first line when absent. */
  readonly delimiter?: string;
  /** CSV: the columns of a headerless file. */
  readonly columns?: readonly string[];
}

const DELIMITERS = [',', ';', '\t', '|'];

/** The delimiter that splits the first line of a CSV file into the most fields, quotes aside. */
export async function sniffDelimiter(file: string): Promise<string> {
  const handle = await open(file, 'r');
  const buffer = Buffer.alloc(64 * 1024);
  try {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString('latin1');
    const end = text.search(/\r?\n/);
    const first = (end === -1 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
    let best = ',';
    let bestCount = 0;
    for (const d of DELIMITERS) {
      const count = first.split(d).length - 1;
      if (count > bestCount) {
        best = d;
        bestCount = count;
      }
    }
    return best;
  } finally {
    await handle.close();
  }
}

/**
 * Reads the first `n` records of a file and its columns, without required columns, for the
 * web app's mapping screen. `format` defaults to the one the extension names, else CSV; a CSV
 * delimiter is found from the first line unless given. Format errors are thrown as by
 * {@link readRecords}. Reading stops after `n` records: the rest of the file is not read.
 */
export async function readSample(
  file: string,
  format: RecordFormat | undefined = undefined,
  n = 20,
  options: ReadSampleOptions = {},
): Promise<RecordSample> {
  const resolved = format ?? formatOfFile(file) ?? 'csv';
  const delimiter = resolved === 'csv' ? (options.delimiter ?? (await sniffDelimiter(file))) : undefined;
  let columns: string[] | null = null;
  const keys = new Set<string>();
  const records: Record<string, string>[] = [];
  const rows = readRecords(file, {
    format: resolved,
    ...(delimiter !== undefined ? { delimiter } : {}),
    ...(options.columns ? { columns: options.columns } : {}),
    onHeader: (c) => {
      columns = [...c];
    },
  });
  // Leaving the loop closes the reader (and its file); the header is known after one record.
  for await (const { record } of rows) {
    if (records.length >= n) break;
    records.push({ ...record });
    for (const k of Object.keys(record)) keys.add(k);
  }
  return {
    format: resolved,
    ...(delimiter !== undefined ? { delimiter } : {}),
    columns: columns ?? [...keys],
    records,
  };
}
