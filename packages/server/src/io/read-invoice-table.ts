import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { CsvRecordParser } from './csv-record-parser.ts';
import { LineDecoder } from './read-csv-records.ts';
import { readXlsxRecords } from './read-xlsx-records.ts';
import { RecordFormatError, type RecordRow } from './record-format-error.ts';

/** A non-empty row of the table: its 1-based row number as a spreadsheet shows it, its cells. */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** An uploaded table: its header, its non-empty rows numbered as a spreadsheet shows them. */
export interface InvoiceTable {
  readonly header: readonly string[];
  readonly headerRow: number;
  readonly rows: readonly SheetRow[];
  /** A semicolon-separated file (a French export) writes decimals with a comma. */
  readonly decimalComma: boolean;
}

/**
 * The table of an uploaded CSV or XLSX file held in memory: XLSX for a `.xlsx`/`.xls` name or,
 * whatever the name, zip bytes; CSV otherwise, decoded as CsvRecordParser's readers do (UTF-8
 * with or without a BOM, a line in Windows-1252 tolerated), separated by commas or semicolons,
 * whichever the header line uses most. Throws a {@link RecordFormatError} naming `fileName`
 * when the bytes are not a table (a row with too many fields, a quote never closed, no sheet...).
 */
export async function readInvoiceTable(fileName: string, bytes: Buffer): Promise<InvoiceTable> {
  const isZip = bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ext = extname(fileName).toLowerCase();
  if (ext === '.xlsx' || ext === '.xls' || (ext !== '.csv' && ext !== '.txt' && isZip))
    return readWorkbookTable(fileName, bytes);
  const text = new LineDecoder(fileName, undefined).decode(bytes, 1);
  const delimiter = guessDelimiter(text);
  let header: readonly string[] = [];
  const onHeader = (names: readonly string[]) => {
    header = names;
  };
  const parser = new CsvRecordParser(fileName, { delimiter, onHeader });
  const records = parser.push(text.endsWith('\n') ? text : `${text}\n`);
  parser.finish();
  const rows = records.map(({ line, record }) => ({
    row: line,
    cells: header.map((name) => record[name] ?? ''),
  }));
  return { header, headerRow: 1, rows, decimalComma: delimiter === ';' };
}

/**
 * The first sheet of a workbook, through the importers' XLSX reader (which reads from disk: the
 * bytes go to a temporary file for the time of the read). Errors name the uploaded file.
 */
async function readWorkbookTable(fileName: string, bytes: Buffer): Promise<InvoiceTable> {
  const file = join(tmpdir(), `vigie-invoice-${randomUUID()}.xlsx`);
  await writeFile(file, bytes);
  let header: readonly string[] = [];
  const records: RecordRow[] = [];
  try {
    for await (const r of readXlsxRecords(file, { onHeader: (names) => (header = names) })) records.push(r);
  } catch (err) {
    if (!(err instanceof RecordFormatError)) throw err;
    const prefix = err.line === null ? `${file}: ` : `${file}, line ${err.line}: `;
    throw new RecordFormatError(fileName, err.line, err.code, err.message.slice(prefix.length));
  } finally {
    await rm(file, { force: true });
  }
  const rows = records.map(({ line, record }) => ({
    row: line,
    cells: header.map((name) => asDisplayed(record[name] ?? '')),
  }));
  return { header, headerRow: 1, rows, decimalComma: false };
}

/**
 * A number as Excel shows it, to 15 significant digits: a formula's 2160.0000000000005 is the
 * 2160.00 the vendor sees, not an amount with 13 decimals.
 */
function asDisplayed(cell: string): string {
  if (!/^-?\d+\.\d{3,}(e-?\d+)?$/i.test(cell)) return cell;
  return String(Number(Number(cell).toPrecision(15)));
}

/** The separator of the header line, quoted text left out: the one used most (a comma on a tie). */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}
