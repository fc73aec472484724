import { RecordFormatError } from './record-format-error.ts';

/** One data row of a CSV file: its 1-based line (header = line 1) and its values by column name. */
export interface CsvRecordRow {
  readonly line: number;
  readonly record: Readonly<Record<string, string>>;
}

/** The file cannot be read as CSV at all; `message` names the file and the line. */
export class CsvFormatError extends RecordFormatError {
  declare readonly line: number;
  constructor(file: string, line: number, code: string, detail: string) {
    super(file, line, code, detail);
    this.name = 'CsvFormatError';
  }
}

const OTHER_DELIMITERS = [';', '\t', '|', ','];
const QUOTE = '"';

/**
 * Splits one record (no line terminator) into fields, RFC 4180 style: a quote opens a quoted
 * field only at the start of a field, elsewhere it is a literal character. Returns null when
 * the text ends inside a quoted field (the record goes on at the next line). A final CR (CRLF
 * files) is not part of the last field, unless it sits inside a quoted field that is still open.
 */
export function splitFields(text: string, delimiter: string): string[] | null {
  const end = text.charCodeAt(text.length - 1) === 0x0d ? text.length - 1 : text.length;
  if (text.indexOf(QUOTE) === -1) return (end === text.length ? text : text.slice(0, end)).split(delimiter);
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field: string;
    if (text[i] === QUOTE && i < end) {
      // a quoted field: copy the runs between quotes, "" being one quote
      field = '';
      let from = i + 1;
      for (;;) {
        const q = text.indexOf(QUOTE, from);
        if (q === -1 || q >= end) return null; // still open at the end of the line
        field += text.slice(from, q);
        if (text[q + 1] === QUOTE && q + 1 < end) {
          field += QUOTE;
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // anything after the closing quote up to the delimiter is kept as written
      const d = text.indexOf(delimiter, i);
      const stop = d === -1 || d >= end ? end : d;
      field += text.slice(i, stop);
      i = stop;
    } else {
      const d = text.indexOf(delimiter, i);
      const stop = d === -1 || d >= end ? end : d;
      field = text.slice(i, stop);
      i = stop;
    }
    fields.push(field);
    if (i >= end) return fields;
    i += delimiter.length;
    if (i >= end) {
      fields.push('');
      return fields;
    }
  }
}

/** The other delimiter that splits `text` into the most fields, if any. */
function otherDelimiter(text: string, delimiter: string): string | undefined {
  return OTHER_DELIMITERS.filter((d) => d !== delimiter && text.includes(d)).sort(
    (a, b) => text.split(b).length - text.split(a).length,
  )[0];
}

export interface CsvParserOptions {
  readonly delimiter: string;
  readonly requiredColumns?: readonly string[] | undefined;
  /** The columns of a headerless file (see ReadCsvOptions.columns). */
  readonly columns?: readonly string[] | undefined;
  readonly onHeader?: ((columns: readonly string[]) => void) | undefined;
}

/**
 * Turns decoded text into records, line by line, keeping what spans two calls (a quoted field
 * over several lines). Text is pushed in pieces that end with a line feed; line numbers are the
 * file's. Knows nothing of bytes or encodings (see readCsvRecordBatches).
 */
export class CsvRecordParser {
  /** the next physical line to read, 1-based */
  line = 1;
  private header: string[] | null;
  private readonly headerless: boolean;
  private readonly minFields: number;
  /** text of a record still inside a quoted field, and the line it started on */
  private pending: string | null = null;
  private pendingLine = 0;
  private makeRecord: (fields: readonly string[]) => Record<string, string> = () => ({});

  constructor(
    private readonly file: string,
    private readonly options: CsvParserOptions,
  ) {
    this.headerless = options.columns !== undefined;
    this.header = this.headerless ? checkColumns(options.columns ?? [], options.requiredColumns) : null;
    const header = this.header;
    // Headerless rows need at least the fields up to the last required column.
    this.minFields =
      header === null ? 0 : Math.max(1, ...(options.requiredColumns ?? []).map((c) => header.indexOf(c) + 1));
    if (header !== null) this.useHeader(header);
  }

  private useHeader(header: string[]): void {
    this.header = header;
    this.makeRecord = recordMaker(header);
    this.options.onHeader?.(header);
  }

  /** Parses `text` (whole lines, each ending with '\n') and returns the data rows completed. */
  push(text: string): CsvRecordRow[] {
    const rows: CsvRecordRow[] = [];
    const delimiter = this.options.delimiter;
    let pos = 0;
    while (pos < text.length) {
      let nl = text.indexOf('\n', pos);
      if (nl === -1) nl = text.length;
      const raw = text.slice(pos, nl);
      pos = nl + 1;
      const physical = this.line++;
      const recordText = this.pending === null ? raw : `${this.pending}\n${raw}`;
      const recordLine = this.pending === null ? physical : this.pendingLine;
      const fields = splitFields(recordText, delimiter);
      if (fields === null) {
        if (this.pending === null) this.pendingLine = physical;
        this.pending = recordText;
        continue;
      }
      this.pending = null;
      const row = this.toRow(fields, recordText, recordLine);
      if (row !== null) rows.push(row);
    }
    return rows;
  }

  /** Checks the end of the file: no quoted field left open, a header seen. */
  finish(): void {
    if (this.pending !== null) {
      throw new CsvFormatError(
        this.file,
        this.pendingLine,
        'unterminated_quote',
        'a quoted field opened on this line is never closed: the file is truncated or a quote is missing.',
      );
    }
    if (this.header === null) {
      throw new CsvFormatError(this.file, 1, 'no_header', 'the file has no header line.');
    }
  }

  private toRow(fields: string[], text: string, line: number): CsvRecordRow | null {
    const header = this.header;
    if (header === null) {
      if (text.trim() === '') {
        throw new CsvFormatError(this.file, line, 'no_header', 'the header line is empty.');
      }
      this.useHeader(checkHeader(this.file, line, fields, text, this.options));
      return null;
    }
    if (fields.length === 1 && (fields[0] as string) === '') return null; // an empty line
    if (this.headerless) {
      if (fields.length < this.minFields || fields.length > header.length) {
        this.wrongHeaderlessCount(fields, text, line, header);
      }
    } else if (fields.length !== header.length) {
      throw new CsvFormatError(
        this.file,
        line,
        'wrong_field_count',
        `the row has ${fields.length} field(s), the header has ${header.length}.`,
      );
    }
    return { line, record: this.makeRecord(fields) };
  }

  private wrongHeaderlessCount(fields: string[], text: string, line: number, header: string[]): never {
    const delimiter = this.options.delimiter;
    const found = fields.length === 1 ? otherDelimiter(text, delimiter) : undefined;
    if (found !== undefined) {
      throw new CsvFormatError(
        this.file,
        line,
        'wrong_delimiter',
        `the row has a single field: the file is separated by ${JSON.stringify(found)}, not ${JSON.stringify(delimiter)}.`,
      );
    }
    const expected =
      this.minFields === header.length ? `${header.length}` : `${this.minFields} to ${header.length}`;
    throw new CsvFormatError(
      this.file,
      line,
      'wrong_field_count',
      `the row has ${fields.length} field(s), expected ${expected} (${header.join(', ')}).`,
    );
  }
}

/**
 * A function that builds a record from a row's fields with one object literal, keys in the
 * header's order (missing trailing fields read ''). Every record then has the same shape, made
 * in one step: assigning the keys one by one from a list is a slow generic store per field, and
 * profiles read records by literal names, which is fast only on records of one shape. Names
 * are written as JSON strings; `__proto__` as a computed key, which defines a plain property.
 */
export function recordMaker(
  header: readonly string[],
): (fields: readonly string[]) => Record<string, string> {
  const entries = header.map((name, k) => {
    const key = JSON.stringify(name);
    return `${name === '__proto__' ? `[${key}]` : key}: f[${k}] ?? ''`;
  });
  return new Function('f', `return { ${entries.join(', ')} };`) as (
    fields: readonly string[],
  ) => Record<string, string>;
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
  options: CsvParserOptions,
): string[] {
  const required = options.requiredColumns ?? [];
  const header = names.map((n) => n.trim());
  const missing = required.filter((c) => !header.includes(c));
  if (header.length === 1 && (required.length > 1 || missing.length > 0)) {
    const found = otherDelimiter(text, options.delimiter);
    if (found !== undefined) {
      throw new CsvFormatError(
        file,
        line,
        'wrong_delimiter',
        `the header has a single column: the file is separated by ${JSON.stringify(found)}, not ${JSON.stringify(options.delimiter)}.`,
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
