import { extname } from 'node:path';
import { CsvRecordParser } from './csv-record-parser.ts';
import { LineDecoder } from './read-csv-records.ts';
import { readXlsxBytes, type SheetRow } from './read-xlsx-bytes.ts';
import { RecordFormatError } from './record-format-error.ts';

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
export function readInvoiceTable(fileName: string, bytes: Buffer): InvoiceTable {
  const isZip = bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ext = extname(fileName).toLowerCase();
  if (ext === '.xlsx' || ext === '.xls' || (ext !== '.csv' && ext !== '.txt' && isZip)) {
    const [head, ...rows] = readXlsxBytes(fileName, bytes);
    if (!head)
      throw new RecordFormatError(
        fileName,
        null,
        'empty_sheet',
        'the first worksheet is empty: no header row.',
      );
    return { header: head.cells, headerRow: head.row, rows, decimalComma: false };
  }
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

/** The separator of the header line, quoted text left out: the one used most (a comma on a tie). */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}
