import fs from 'node:fs';
import readline from 'node:readline';
import type { PopulationCall } from '@vigie/core';
import { readCsvRecords } from './read-csv-records.ts';
import { RecordFormatError } from './record-format-error.ts';

/** Header names of the call id column of a population CSV (case and accents aside). */
const ID_COLUMNS = ['id', 'call_id', 'callid', 'call id', 'appel', 'id_appel'];

/**
 * A population file of `vigie sample`: one call id per line, or a CSV whose header has an id
 * column (`id` or `call_id`) and the stratification columns. Every id must be new: a duplicate is
 * an error naming both lines, so a sample is never drawn from a population the user did not mean.
 */
export async function readPopulation(file: string, strataColumn: string | null): Promise<PopulationCall[]> {
  if (!fs.existsSync(file)) throw new RecordFormatError(file, null, 'not_found', 'no such file');
  const first = await firstLine(file);
  const header = first === null ? null : headerColumns(first);
  if (header === null) {
    if (strataColumn !== null)
      throw new RecordFormatError(
        file,
        1,
        'no_header',
        `strata by "${strataColumn}" need a CSV with a header line naming an id column and a "${strataColumn}" column`,
      );
    return readIdLines(file);
  }
  const idColumn = header.columns.find((c) => ID_COLUMNS.includes(c.trim().toLowerCase()));
  if (idColumn === undefined)
    throw new RecordFormatError(file, 1, 'no_id_column', `the header names no id column (id or call_id)`);
  if (strataColumn !== null && !header.columns.includes(strataColumn))
    throw new RecordFormatError(
      file,
      1,
      'unknown_column',
      `no column "${strataColumn}" to stratify by (columns: ${header.columns.join(', ')})`,
    );
  const seen = new Map<string, number>();
  const calls: PopulationCall[] = [];
  for await (const row of readCsvRecords(file, { delimiter: header.delimiter })) {
    const id = (row.record[idColumn] ?? '').trim();
    addCall(file, row.line, id, seen);
    calls.push(strataColumn === null ? { id } : { id, stratum: (row.record[strataColumn] ?? '').trim() });
  }
  return calls;
}

async function readIdLines(file: string): Promise<PopulationCall[]> {
  const seen = new Map<string, number>();
  const calls: PopulationCall[] = [];
  let line = 0;
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const text of lines) {
    line++;
    const id = (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim();
    if (id === '') continue; // blank lines (a final newline, spacing) hold no call
    if (id.includes('\uFFFD'))
      throw new RecordFormatError(file, line, 'not_utf8', 'the file is not UTF-8 text');
    addCall(file, line, id, seen);
    calls.push({ id });
  }
  return calls;
}

function addCall(file: string, line: number, id: string, seen: Map<string, number>): void {
  if (id === '') throw new RecordFormatError(file, line, 'empty_id', 'the call id is empty');
  const before = seen.get(id);
  if (before !== undefined)
    throw new RecordFormatError(file, line, 'duplicate_id', `call ${id} is already at line ${before}`);
  seen.set(id, line);
}

async function firstLine(file: string): Promise<string | null> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const text of lines) {
    lines.close();
    return text.replace(/^\uFEFF/, '');
  }
  return null;
}

/** The columns and delimiter of a CSV header line, or null when the line is a lone call id. */
function headerColumns(line: string): { columns: string[]; delimiter: string } | null {
  for (const delimiter of [',', ';', '\t']) {
    if (!line.includes(delimiter)) continue;
    return { columns: line.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, '$1')), delimiter };
  }
  return ID_COLUMNS.includes(line.trim().toLowerCase()) ? { columns: [line.trim()], delimiter: ',' } : null;
}
