import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { CsvFormatError, CsvRecordParser, type CsvRecordRow } from './csv-record-parser.ts';

export type { CsvRecordRow } from './csv-record-parser.ts';
export { CsvFormatError } from './csv-record-parser.ts';

/** A warning about the file as a whole (encoding); same shape as core's ImportIssue. */
export interface CsvReadWarning {
  readonly line: number;
  readonly code: string;
  readonly message: string;
  readonly severity: 'warning';
}

export interface ReadCsvOptions {
  /** Columns the header must contain (a profile's required columns). */
  readonly requiredColumns?: readonly string[];
  /**
   * For a file without a header line (Asterisk's Master.csv): the names of its columns, in
   * order. Every line is then a record, numbered from 1 as the file's lines. A row may lack
   * trailing columns that are not required (read as ''), never a required one; a row with
   * more fields than `columns` is an error.
   */
  readonly columns?: readonly string[];
  /** Field delimiter; ',' by default. */
  readonly delimiter?: string;
  /** Receives warnings (text decoded as Windows-1252). */
  readonly onWarning?: (warning: CsvReadWarning) => void;
  /** Receives the column names once known (the header's, or `columns`), before the first row. */
  readonly onHeader?: (columns: readonly string[]) => void;
  /** Receives the bytes read so far, once per chunk (for a progress bar). */
  readonly onBytes?: (bytesRead: number) => void;
}

const LF = 0x0a;
/**
 * Bytes read at a time: enough for the per-piece work (a decode, a promise) to be rare, few
 * enough that a batch of rows dies young (1 MB pieces kept ~6,000 rows alive across young
 * collections: a quarter of `vigie kpi`'s time went to the garbage collector, against a tenth).
 */
const CHUNK_BYTES = 1 << 17;

const utf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * Windows-1252 characters of bytes 0x80-0x9F (the rest is Latin-1). Node's TextDecoder
 * decodes 'windows-1252' as plain ISO-8859-1 on some versions (0x80 → U+0080, not €), so the
 * mapping is done here. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as U+0081 etc.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Buffer): string {
  return bytes
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string);
}

/**
 * Decodes whole lines of the file. The common case, valid UTF-8, is one decode for the whole
 * piece; otherwise each line is decoded on its own, as UTF-8 when it is valid, else as
 * Windows-1252, so a file mixing both encodings is read line by line sensibly. Also used line
 * by line by `vigie kpi`'s byte reader, so that both say the same of the same lines.
 */
export class LineDecoder {
  latin1Lines = 0;
  firstLatin1Line = 0;
  constructor(
    private readonly file: string,
    private readonly onWarning: ((warning: CsvReadWarning) => void) | undefined,
  ) {}

  /** `bytes` starts at line `firstLine` of the file; a BOM at the start of the file is dropped. */
  decode(bytes: Buffer, firstLine: number): string {
    const start = firstLine === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    try {
      return utf8.decode(start === 0 ? bytes : bytes.subarray(start));
    } catch {
      return this.decodeLines(bytes.subarray(start), firstLine);
    }
  }

  private decodeLines(bytes: Buffer, firstLine: number): string {
    const lines: string[] = [];
    let line = firstLine;
    for (let pos = 0; pos <= bytes.length; line++) {
      let nl = bytes.indexOf(LF, pos);
      if (nl === -1) nl = bytes.length;
      lines.push(this.decodeLine(bytes.subarray(pos, nl), line));
      pos = nl + 1;
    }
    return lines.join('\n');
  }

  /**
   * One line (without its line feed), line `line` of the file: as UTF-8 when it is valid, else
   * as Windows-1252, counted and, the first time, reported.
   */
  decodeLine(part: Buffer, line: number): string {
    try {
      return utf8.decode(part);
    } catch {
      this.latin1Lines++;
      if (this.latin1Lines === 1) {
        this.firstLatin1Line = line;
        this.onWarning?.({
          line,
          code: 'not_utf8',
          severity: 'warning',
          message: `${this.file}, line ${line}: the text is not valid UTF-8; decoded as Windows-1252 (Latin-1).`,
        });
      }
      return decodeWindows1252(part);
    }
  }

  /** The closing warning when more than one line was decoded as Windows-1252. */
  finish(): void {
    if (this.latin1Lines > 1) {
      this.onWarning?.({
        line: this.firstLatin1Line,
        code: 'not_utf8',
        severity: 'warning',
        message: `${this.file}: ${this.latin1Lines} lines were not valid UTF-8 and were decoded as Windows-1252 (Latin-1), the first at line ${this.firstLatin1Line}.`,
      });
    }
  }
}

/**
 * Reads a CSV file as a stream and yields its data rows in batches (one batch per megabyte
 * read or so: a consumer pays one promise per batch, not per row), each row with its 1-based
 * line number, the header being line 1. Memory holds one chunk of the file at a time, so a
 * file of any size works. A quoted field may span lines; the row's line is the one it starts
 * on. Empty lines are skipped. Values are not trimmed.
 *
 * Throws a {@link CsvFormatError} naming the file and line when the file is empty, when the
 * header lacks required columns (named) or has a single column because another delimiter
 * was used (named), when a row has the wrong number of fields, or when the file ends inside a
 * quoted field (truncated file).
 *
 * Encoding: text is read as UTF-8; a line whose bytes are not valid UTF-8 is decoded as
 * Windows-1252 (a superset of Latin-1: exports from Excel with French accents). The first such
 * line is reported by a warning; if more follow, a last warning gives their count. A UTF-8
 * byte-order mark at the start is stripped. Line endings may be LF or CRLF.
 *
 * With `options.columns` the file has no header: every non-empty line is a record keyed by
 * those names, the first line of the file being line 1 (see {@link ReadCsvOptions.columns}).
 */
export async function* readCsvRecordBatches(
  file: string,
  options: ReadCsvOptions = {},
): AsyncGenerator<CsvRecordRow[], void, undefined> {
  const info = await stat(file);
  if (info.size === 0) throw new CsvFormatError(file, 1, 'empty_file', 'the file is empty (0 bytes).');
  const parser = new CsvRecordParser(file, {
    delimiter: options.delimiter ?? ',',
    requiredColumns: options.requiredColumns,
    columns: options.columns,
    onHeader: options.onHeader,
  });
  const decoder = new LineDecoder(file, options.onWarning);
  // Pieces are cut after the last line feed of what was read; the rest waits for the next read
  // (a line feed never occurs inside a UTF-8 multi-byte sequence, so the cut is safe).
  let rest: Buffer | null = null;
  let bytesRead = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>) {
    bytesRead += chunk.length;
    options.onBytes?.(bytesRead);
    const bytes: Buffer = rest === null ? chunk : Buffer.concat([rest, chunk]);
    const last = bytes.lastIndexOf(LF);
    if (last === -1) {
      rest = bytes;
      continue;
    }
    rest = last + 1 < bytes.length ? bytes.subarray(last + 1) : null;
    const whole = bytes.subarray(0, last + 1);
    const text = decoder.decode(whole, parser.line);
    const rows = parser.push(text);
    if (rows.length > 0) yield rows;
  }
  if (rest !== null && rest.length > 0) {
    // the last line has no line feed
    const rows = parser.push(`${decoder.decode(rest, parser.line)}\n`);
    if (rows.length > 0) yield rows;
  }
  parser.finish();
  decoder.finish();
}

/** Same rows as {@link readCsvRecordBatches}, one at a time. */
export async function* readCsvRecords(
  file: string,
  options: ReadCsvOptions = {},
): AsyncGenerator<CsvRecordRow, void, undefined> {
  for await (const rows of readCsvRecordBatches(file, options)) yield* rows;
}
