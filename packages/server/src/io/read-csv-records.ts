import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { RecordFormatError } from './record-format-error.ts';

/** One data row of a CSV file: its 1-based line (header = line 1) and its values by column name. */
export interface CsvRecordRow {
  readonly line: number;
  readonly record: Readonly<Record<string, string>>;
}

/** A warning about the file as a whole (encoding); same shape as core's ImportIssue. */
export interface CsvReadWarning {
  readonly line: number;
  readonly code: string;
  readonly message: string;
  readonly severity: 'warning';
}

/** The file cannot be read as CSV at all; `message` names the file and the line. */
export class CsvFormatError extends RecordFormatError {
  declare readonly line: number;
  constructor(file: string, line: number, code: string, detail: string) {
    super(file, line, code, detail);
    this.name = 'CsvFormatError';
  }
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
const QUOTE = 0x22;
const OTHER_DELIMITERS = [';', '\t', '|', ','];

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

/** Splits one decoded record (quotes balanced, no trailing newline) into fields, RFC 4180 style. */
function splitFields(text: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === '') {
      inQuotes = true;
    } else if (c === delimiter) {
      fields.push(field);
      field = '';
    } else {
      field += c;
    }
    i++;
  }
  fields.push(field);
  return fields;
}

/**
 * Reads a CSV file as a stream (memory holds one record at a time, so a file of any size
 * works) and yields its data rows with their 1-based line numbers, the header being line 1.
 * A quoted field may span lines; the row's line is the one it starts on. Empty lines are
 * skipped. Values are not trimmed.
 *
 * Throws a {@link CsvFormatError} naming the file and line when the file is empty, when the
 * header lacks required columns (named) or has a single column because another delimiter
 * was used (named), when a row has the wrong number of fields, or when the file ends inside a
 * quoted field (truncated file).
 *
 * Encoding: each record is decoded on its own, as UTF-8 when its bytes are valid UTF-8, else
 * as Windows-1252 (a superset of Latin-1: exports from Excel with French accents). The first
 * record decoded as Windows-1252 is reported by a warning; if more follow, a last warning gives
 * their count. A file mixing both encodings is thus read record by record sensibly. A UTF-8
 * byte-order mark at the start is stripped. Line endings may be LF or CRLF.
 *
 * With `options.columns` the file has no header: every non-empty line is a record keyed by
 * those names, the first line of the file being line 1 (see {@link ReadCsvOptions.columns}).
 */
export async function* readCsvRecords(
  file: string,
  options: ReadCsvOptions = {},
): AsyncGenerator<CsvRecordRow, void, undefined> {
  const delimiter = options.delimiter ?? ',';
  const info = await stat(file);
  if (info.size === 0) throw new CsvFormatError(file, 1, 'empty_file', 'the file is empty (0 bytes).');

  const headerless = options.columns !== undefined;
  let header: string[] | null = headerless
    ? checkColumns(options.columns ?? [], options.requiredColumns)
    : null;
  // Headerless rows need at least the fields up to the last required column.
  const minFields =
    header === null
      ? 0
      : Math.max(1, ...(options.requiredColumns ?? []).map((c) => (header as string[]).indexOf(c) + 1));
  if (header !== null) options.onHeader?.(header);
  let latin1Lines = 0;
  let firstLatin1Line = 0;

  const decode = (bytes: Buffer, line: number): string => {
    try {
      return utf8.decode(bytes);
    } catch {
      latin1Lines++;
      if (latin1Lines === 1) {
        firstLatin1Line = line;
        options.onWarning?.({
          line,
          code: 'not_utf8',
          severity: 'warning',
          message: `${file}, line ${line}: the text is not valid UTF-8; decoded as Windows-1252 (Latin-1).`,
        });
      }
      return decodeWindows1252(bytes);
    }
  };

  const toRow = (bytes: Buffer, line: number): CsvRecordRow | null => {
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === 0x0d) end--;
    let start = 0;
    if (line === 1 && end >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
    let text = decode(bytes.subarray(start, end), line);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (header === null) {
      if (text.trim() === '') {
        throw new CsvFormatError(file, line, 'no_header', 'the header line is empty.');
      }
      header = checkHeader(
        file,
        line,
        splitFields(text, delimiter),
        text,
        delimiter,
        options.requiredColumns,
      );
      options.onHeader?.(header);
      return null;
    }
    if (text === '') return null;
    const fields = splitFields(text, delimiter);
    if (headerless) {
      if (fields.length < minFields || fields.length > header.length) {
        const found = fields.length === 1 ? otherDelimiter(text, delimiter) : undefined;
        if (found !== undefined) {
          throw new CsvFormatError(
            file,
            line,
            'wrong_delimiter',
            `the row has a single field: the file is separated by ${JSON.stringify(found)}, not ${JSON.stringify(delimiter)}.`,
          );
        }
        const expected =
          minFields === header.length ? `${header.length}` : `${minFields} to ${header.length}`;
        throw new CsvFormatError(
          file,
          line,
          'wrong_field_count',
          `the row has ${fields.length} field(s), expected ${expected} (${header.join(', ')}).`,
        );
      }
    } else if (fields.length !== header.length) {
      throw new CsvFormatError(
        file,
        line,
        'wrong_field_count',
        `the row has ${fields.length} field(s), the header has ${header.length}.`,
      );
    }
    const record: Record<string, string> = {};
    header.forEach((name, i) => {
      record[name] = fields[i] ?? '';
    });
    return { line, record };
  };

  const delimiterByte = delimiter.charCodeAt(0);
  let parts: Buffer[] = [];
  let recordLine = 1;
  let line = 1;
  let inQuotes = false;
  let quoteLine = 0;
  let previous = -1; // the byte before the current chunk, -1 at the start of the file

  let bytesRead = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    bytesRead += chunk.length;
    options.onBytes?.(bytesRead);
    let pos = 0;
    while (pos < chunk.length) {
      if (inQuotes) {
        const q = chunk.indexOf(QUOTE, pos);
        const stop = q === -1 ? chunk.length : q;
        for (let i = chunk.indexOf(LF, pos); i !== -1 && i < stop; i = chunk.indexOf(LF, i + 1)) line++;
        if (q === -1) {
          parts.push(chunk.subarray(pos));
          pos = chunk.length;
        } else {
          // Closing quote; an escaped quote ("") reopens at once (see opensField).
          inQuotes = false;
          parts.push(chunk.subarray(pos, q + 1));
          pos = q + 1;
        }
        continue;
      }
      const nl = chunk.indexOf(LF, pos);
      let q = chunk.indexOf(QUOTE, pos);
      // A quote opens a quoted field only at the start of a field (or right after a closing
      // quote, for ""); elsewhere it is a literal character, as splitFields reads it.
      while (q !== -1 && (nl === -1 || q < nl)) {
        const before = q > 0 ? (chunk[q - 1] as number) : previous;
        const opensField =
          before === -1 ||
          before === delimiterByte ||
          before === LF ||
          before === QUOTE ||
          (before === 0xbf && recordLine === 1);
        if (opensField) break;
        q = chunk.indexOf(QUOTE, q + 1);
      }
      if (q !== -1 && (nl === -1 || q < nl)) {
        inQuotes = true;
        quoteLine = line;
        parts.push(chunk.subarray(pos, q + 1));
        pos = q + 1;
        continue;
      }
      if (nl === -1) {
        parts.push(chunk.subarray(pos));
        pos = chunk.length;
        continue;
      }
      parts.push(chunk.subarray(pos, nl));
      const bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
      parts = [];
      const row = toRow(bytes, recordLine);
      if (row) yield row;
      pos = nl + 1;
      line++;
      recordLine = line;
    }
    if (chunk.length > 0) previous = chunk[chunk.length - 1] as number;
  }
  if (inQuotes) {
    throw new CsvFormatError(
      file,
      quoteLine,
      'unterminated_quote',
      'a quoted field opened on this line is never closed: the file is truncated or a quote is missing.',
    );
  }
  if (parts.length > 0) {
    const bytes = Buffer.concat(parts);
    if (bytes.length > 0) {
      const row = toRow(bytes, recordLine);
      if (row) yield row;
    }
  }
  if (header === null) throw new CsvFormatError(file, 1, 'no_header', 'the file has no header line.');
  if (latin1Lines > 1) {
    options.onWarning?.({
      line: firstLatin1Line,
      code: 'not_utf8',
      severity: 'warning',
      message: `${file}: ${latin1Lines} lines were not valid UTF-8 and were decoded as Windows-1252 (Latin-1), the first at line ${firstLatin1Line}.`,
    });
  }
}

/** The other delimiter that splits `text` into the most fields, if any. */
function otherDelimiter(text: string, delimiter: string): string | undefined {
  return OTHER_DELIMITERS.filter((d) => d !== delimiter && text.includes(d)).sort(
    (a, b) => text.split(b).length - text.split(a).length,
  )[0];
}

/** Checks the names given for a headerless file (a programming error when wrong). */
function checkColumns(columns: readonly string[], required: readonly string[] = []): string[] {
  const unknown = required.filter((c) => !columns.includes(c));
  if (unknown.length > 0) throw new Error(`required column(s) ${unknown.join(', ')} not among the columns`);
  if (new Set(columns).size !== columns.length) throw new Error('a column is named twice');
  if (columns.length === 0) throw new Error('no columns given');
  return [...columns];
}

function checkHeader(
  file: string,
  line: number,
  names: string[],
  text: string,
  delimiter: string,
  required: readonly string[] = [],
): string[] {
  const header = names.map((n) => n.trim());
  const missing = required.filter((c) => !header.includes(c));
  if (header.length === 1 && (required.length > 1 || missing.length > 0)) {
    const found = otherDelimiter(text, delimiter);
    if (found !== undefined) {
      throw new CsvFormatError(
        file,
        line,
        'wrong_delimiter',
        `the header has a single column: the file is separated by ${JSON.stringify(found)}, not ${JSON.stringify(delimiter)}.`,
      );
    }
  }
  if (missing.length > 0) {
    throw new CsvFormatError(
      file,
      line,
      'missing_columns',
      `the header lacks the required column(s) ${missing.join(', ')}.`,
    );
  }
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) {
      throw new CsvFormatError(file, line, 'duplicate_column', `the header names column "${name}" twice.`);
    }
    seen.add(name);
  }
  return header;
}
