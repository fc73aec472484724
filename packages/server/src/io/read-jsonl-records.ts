import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { RecordFormatError, type RecordRow } from './record-format-error.ts';

export interface ReadJsonlOptions {
  /**
   * Keys the first object must have once flattened (a profile's required columns). Later
   * objects may lack any key: it reads as ''.
   */
  readonly requiredColumns?: readonly string[];
  /** Receives the bytes read so far, once per chunk (for a progress bar). */
  readonly onBytes?: (bytesRead: number) => void;
}

const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const isSpace = (b: number) => b === SPACE || b === LF || b === CR || b === TAB;

/**
 * Flattens a parsed JSON object to dotted string keys: `{"Queue": {"Name": "Ventes"}}` →
 * `Queue.Name: "Ventes"`; array items by index (`MediaStreams.0.Type`); numbers and booleans
 * as their JSON text; null, empty objects and empty arrays as ''.
 */
export function flattenJson(
  value: unknown,
  prefix = '',
  out: Record<string, string> = {},
): Record<string, string> {
  if (value === null || value === undefined) {
    if (prefix !== '') out[prefix] = '';
  } else if (Array.isArray(value)) {
    if (value.length === 0 && prefix !== '') out[prefix] = '';
    value.forEach((v, i) => {
      flattenJson(v, prefix === '' ? String(i) : `${prefix}.${i}`, out);
    });
  } else if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0 && prefix !== '') out[prefix] = '';
    for (const [k, v] of entries) flattenJson(v, prefix === '' ? k : `${prefix}.${k}`, out);
  } else {
    out[prefix] = String(value);
  }
  return out;
}

/** A short, printable view of the byte found where it does not belong. */
function show(b: number): string {
  return b >= 0x21 && b < 0x7f ? `"${String.fromCharCode(b)}"` : `byte 0x${b.toString(16).padStart(2, '0')}`;
}

/**
 * Reads JSON records as a stream (memory holds one object at a time) and yields each object
 * flattened to dotted string keys ({@link flattenJson}) with the line it starts on. Three
 * layouts are read, told apart by the first character of the file:
 * - JSON Lines / NDJSON: one object per line;
 * - objects simply concatenated, with or without white space between them (Amazon Connect
 *   contact records delivered to S3 by Kinesis Data Firehose: `{...}{...}`);
 * - one JSON array of objects (`[ {...}, {...} ]`), pretty-printed or not.
 *
 * Only objects are records: another value at the top level (or as an array item) is an error.
 * A UTF-8 byte-order mark is stripped.
 *
 * Throws a {@link RecordFormatError} naming the file and line for a 0-byte or blank file, bad
 * JSON (the line of the fault when JSON.parse tells its position, else the object's first
 * line), a file that ends inside an object or an array (truncated), text between objects, and
 * a first object without the required keys.
 */
export async function* readJsonlRecords(
  file: string,
  options: ReadJsonlOptions = {},
): AsyncGenerator<RecordRow, void, undefined> {
  const info = await stat(file);
  if (info.size === 0) throw new RecordFormatError(file, 1, 'empty_file', 'the file is empty (0 bytes).');

  let line = 1;
  let started = false; // first non-space byte seen
  let inArray = false;
  let arrayLine = 0;
  let arrayClosed = false;
  let expectItem = true; // in an array: a value may come (after "[" or ",")
  let afterComma = false;
  let first = true;

  // The object being read.
  let depth = 0;
  let inString = false;
  let escaped = false;
  let objectLine = 0;
  let parts: Buffer[] = [];
  let objectBytes = 0;

  let objects = 0;
  const parse = (bytes: Buffer, startLine: number): RecordRow => {
    objects++;
    const text = bytes.toString('utf8');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const at = /at position (\d+)/.exec(message);
      let faultLine = startLine;
      if (at) {
        const position = Number(at[1]);
        for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === LF) faultLine++;
      }
      throw new RecordFormatError(
        file,
        faultLine,
        'invalid_json',
        `invalid JSON in object no. ${objects} of the file (it starts on line ${startLine}): ${message}.`,
      );
    }
    const record = flattenJson(value);
    if (first) {
      first = false;
      const missing = (options.requiredColumns ?? []).filter((c) => !(c in record));
      if (missing.length > 0) {
        throw new RecordFormatError(
          file,
          startLine,
          'missing_columns',
          `the first object lacks the required key(s) ${missing.join(', ')}.`,
        );
      }
    }
    return { line: startLine, record };
  };

  const unexpected = (b: number, expected: string): never => {
    throw new RecordFormatError(
      file,
      line,
      'unexpected_text',
      `unexpected ${show(b)}: expected ${expected}.`,
    );
  };

  let start = -1; // where the current object starts in the chunk being scanned
  /** Scans one chunk, pushing the objects it completes to `rows`. */
  const scan = (chunk: Buffer, rows: RecordRow[]): void => {
    start = depth > 0 ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number;
      if (depth > 0) {
        if (b === LF) line++;
        if (inString) {
          if (escaped) escaped = false;
          else if (b === BACKSLASH) escaped = true;
          else if (b === QUOTE) inString = false;
        } else if (b === QUOTE) {
          inString = true;
        } else if (b === OPEN_BRACE || b === OPEN_BRACKET) {
          depth++;
        } else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
          depth--;
          if (depth === 0) {
            const piece = chunk.subarray(start, i + 1);
            const bytes =
              parts.length === 0 ? piece : Buffer.concat([...parts, piece], objectBytes + piece.length);
            parts = [];
            objectBytes = 0;
            rows.push(parse(bytes, objectLine));
            start = -1;
            if (inArray) {
              expectItem = false;
              afterComma = false;
            }
          }
        }
        continue;
      }
      if (isSpace(b)) {
        if (b === LF) line++;
        continue;
      }
      if (!started) {
        started = true;
        if (b === OPEN_BRACKET) {
          inArray = true;
          arrayLine = line;
          continue;
        }
      }
      if (arrayClosed) unexpected(b, 'nothing after the closing "]" of the array');
      if (inArray) {
        if (b === COMMA && !expectItem) {
          expectItem = true;
          afterComma = true;
          continue;
        }
        if (b === CLOSE_BRACKET && !afterComma) {
          arrayClosed = true;
          continue;
        }
        if (b !== OPEN_BRACE || !expectItem) unexpected(b, expectItem ? 'an object' : '"," or "]"');
      } else if (b !== OPEN_BRACE) {
        unexpected(b, 'a JSON object starting with "{"');
      }
      depth = 1;
      inString = false;
      escaped = false;
      objectLine = line;
      start = i;
    }
    if (depth > 0 && start !== -1) {
      const piece = chunk.subarray(start);
      parts.push(piece);
      objectBytes += piece.length;
    }
  };

  let bomChecked = false;
  let bytesRead = 0;
  for await (let chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    bytesRead += chunk.length;
    options.onBytes?.(bytesRead);
    if (!bomChecked) {
      bomChecked = true;
      if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
        chunk = chunk.subarray(3);
    }
    const rows: RecordRow[] = [];
    try {
      scan(chunk, rows);
    } catch (err) {
      yield* rows; // the records before the fault, then the fault
      throw err;
    }
    yield* rows;
  }
  if (depth > 0) {
    throw new RecordFormatError(
      file,
      objectLine,
      'truncated',
      'the file ends inside the object that starts on this line: the file is truncated.',
    );
  }
  if (inArray && !arrayClosed) {
    throw new RecordFormatError(
      file,
      arrayLine,
      'truncated',
      'the array opened on this line is never closed ("]" missing): the file is truncated.',
    );
  }
  if (!started) throw new RecordFormatError(file, 1, 'empty_file', 'the file holds only white space.');
}
