import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';
import {
  CHANNELS,
  DIRECTIONS,
  DISPOSITIONS,
  type Disposition,
  defaultOffered,
  hashBytes,
  type InteractionProfile,
  type KpiEngine,
  localEpochOfBytes,
  OUTCOMES,
  outcomeFlags,
  type ParsedContact,
  VIGIE_CSV_COLUMNS,
  VIGIE_CSV_REQUIRED_COLUMNS,
  vigieTextCell,
} from '@vigie/core';
import { ByteVocabulary } from './byte-vocabulary.ts';
import { recordMaker, splitFields } from './csv-record-parser.ts';
import { ByteInterner, KpiGroupCodes } from './kpi-group-codes.ts';
import { type CsvReadWarning, LineDecoder } from './read-csv-records.ts';
import { SeenIds } from './seen-ids.ts';

/**
 * The byte reader met something only the generic reader can report as it always has (a row
 * the profile rejects, a duplicate id, a quoted field over several lines...): the caller
 * computes again with the generic reader, which stops with its usual message.
 */
export class FastReadBail extends Error {
  override name = 'FastReadBail';
}

const LF = 0x0a;
const CR = 0x0d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const SEMICOLON = 0x3b;
const BOM = [0xef, 0xbb, 0xbf] as const;
/** Bytes read at a time: a few hundred kB stay in the processor's caches while scanned. */
const CHUNK_BYTES = 1 << 18;

/** Column kinds: 0 is a column the profile does not read, then VIGIE_CSV_COLUMNS' order + 1. */
const IGNORED = 0;
const ID = 1;
const CHANNEL = 2;
const DIRECTION = 3;
const ACTIVITY = 4;
const VENDOR = 5;
const SITE = 6;
const AGENT = 7;
const CUSTOMER = 8;
const OFFERED_AT = 9;
const ANSWERED_AT = 10;
const ENDED_AT = 11;
const WAIT = 12;
const TALK = 13;
const HOLD = 14;
const WRAP_UP = 15;
const DISPOSITION = 16;
const OFFERED = 17;
const OUTCOMES_COLUMN = 18;

/** The `by` keys read from a column, by column kind. */
const DIMENSION_OF_KIND: Readonly<Record<number, string>> = {
  [CHANNEL]: 'channel',
  [ACTIVITY]: 'activity',
  [VENDOR]: 'vendor',
  [SITE]: 'site',
  [AGENT]: 'agent',
};

const channels = new ByteVocabulary(CHANNELS);
const directions = new ByteVocabulary(DIRECTIONS);
const dispositions = new ByteVocabulary(DISPOSITIONS);
const outcomes = new ByteVocabulary(OUTCOMES);
/** per outcome, what it adds to a contact's outcome flags (core's rule, outcome by outcome) */
const OUTCOME_FLAGS = OUTCOMES.map((o) => outcomeFlags([o]));
const DEFAULT_OFFERED = DISPOSITIONS.map((d) => defaultOffered(d));

/** A byte the mapping's trimming leaves alone at either end of a cell (visible ASCII). */
const visible = (b: number): boolean => b > 32 && b < 127;

/**
 * A whole number of seconds in ASCII digits, as the mapping reads it ('' is 0), or -1 for
 * anything else. At most 15 digits: every such number is exact, and longer ones (huge, even
 * infinite, which the engine refuses) are left to the generic path.
 */
function secondsOf(bytes: Uint8Array, start: number, end: number): number {
  if (end - start > 15) return -1;
  let n = 0;
  for (let k = start; k < end; k++) {
    const c = (bytes[k] as number) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** A `YYYY-MM-DDTHH:MM:SS` instant (19 bytes) as local epoch seconds, else NaN. */
function instantOf(bytes: Uint8Array, start: number, end: number): number {
  return end - start === 19 ? localEpochOfBytes(bytes, start, end) : Number.NaN;
}

/** The `offered` column: 2 when empty (the disposition's default), 1 true, 0 false, -1 other. */
function offeredOf(bytes: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n === 0) return 2;
  // `| 0x20` lower-cases an ASCII letter and maps no other byte onto one of these letters
  const lower = (k: number): number => (bytes[start + k] as number) | 0x20;
  if (n === 4 && lower(0) === 0x74 && lower(1) === 0x72 && lower(2) === 0x75 && lower(3) === 0x65) return 1;
  if (n === 5 && lower(0) === 0x66 && lower(1) === 0x61 && lower(2) === 0x6c && lower(3) === 0x73) {
    return lower(4) === 0x65 ? 0 : -1;
  }
  return -1;
}

/** The outcome flags of a `;` list of outcomes (empty entries skipped), or -1. */
function outcomesOf(bytes: Uint8Array, start: number, end: number): number {
  let flags = 0;
  let from = start;
  for (let k = start; k <= end; k++) {
    if (k < end && bytes[k] !== SEMICOLON) continue;
    if (k > from) {
      const o = outcomes.indexOf(bytes, from, k);
      if (o < 0) return -1;
      flags |= OUTCOME_FLAGS[o] as number;
    }
    from = k + 1;
  }
  return flags;
}

/** The contact of the row being read, filled again for every row (no object per row). */
class RowContact implements ParsedContact {
  group = 0;
  offeredAt = 0;
  disposition: Disposition = 'answered';
  offered = true;
  hasAnswerTime = false;
  waitSeconds = 0;
  talkSeconds = 0;
  holdSeconds = 0;
  wrapUpSeconds = 0;
  outcomeFlags = 0;
  customerKey: Uint8Array = new Uint8Array(0);
  customerStart = 0;
  customerEnd = 0;
  customerHash = 0;
  /** where the row's id lies, for {@link contactId} */
  idBytes: Buffer = Buffer.alloc(0);
  idStart = 0;
  idEnd = 0;
  readonly contactId = (): string => this.idBytes.toString('utf8', this.idStart, this.idEnd);
}

/**
 * Reads files of the canonical Vigie CSV format (the `vigie` profile) into a {@link KpiEngine}
 * straight from their bytes: no string per field, no record, no Interaction, no string per id.
 * Built for `vigie kpi` on files of millions of rows; imports keep the generic reader.
 *
 * It gives the engine exactly what the generic reader (readCsvRecordBatches, the profile's
 * mapping, the duplicate check of importInteractionBatches) would. A row it can vouch for from
 * its bytes (fields as the mapping accepts them without trimming, quoted fields without
 * doubled quotes, valid UTF-8) is added with {@link KpiEngine.addParsed}; any other row goes
 * through the generic code (split, mapping, {@link KpiEngine.add}) with the same duplicate
 * check: lines not valid UTF-8 decoded as Windows-1252 with the same warnings, values to trim,
 * quotes to unescape. Errors are not reported here: a row the mapping rejects, a duplicate
 * id, a quoted field that goes on to the next line, a wrong number of fields throw
 * {@link FastReadBail}, and the caller computes again with the generic reader, which says what
 * it always said (an error stops `vigie kpi`, so its speed does not matter). Likewise an
 * UnorderedInputError: its message is the generic reader's to give.
 */
export class VigieCsvKpiReader {
  private readonly contact = new RowContact();
  /** the read buffer's bytes as int32s, for {@link nextDelimiter} */
  private words = new Int32Array(0);
  private readonly interner = new ByteInterner((bytes, start, end) =>
    vigieTextCell(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8', start, end)),
  );
  private readonly groups: KpiGroupCodes;
  /** where each dimension column's code goes in the group codes, by column kind (-1: not grouped) */
  private readonly codePosition = new Int32Array(OUTCOMES_COLUMN + 1).fill(-1);

  /** rows added from their bytes, and rows read by the generic code (for tests and tuning) */
  rowsFromBytes = 0;
  rowsDecoded = 0;

  // per file
  private kinds = new Uint8Array(0);
  private makeRecord: (fields: readonly string[]) => Record<string, string> = () => ({});
  private columnCount = 0;
  private seen = new SeenIds();
  private decoder = new LineDecoder('', undefined);
  private line = 1;

  constructor(
    private readonly engine: KpiEngine,
    private readonly profile: InteractionProfile,
    private readonly timeOrdered: boolean,
  ) {
    this.groups = new KpiGroupCodes(engine, this.interner);
    for (const [kind, key] of Object.entries(DIMENSION_OF_KIND)) {
      this.codePosition[Number(kind)] = engine.by.indexOf(key as (typeof engine.by)[number]);
    }
  }

  /**
   * Reads one file into the engine. Returns false, having read no row, when the file is not
   * one it reads (empty, or a header other than Vigie columns written plainly): the caller
   * reads that file with the generic reader. Throws {@link FastReadBail} (see the class).
   */
  readFile(file: string, onWarning: (warning: CsvReadWarning) => void): boolean {
    const fd = fs.openSync(file, 'r');
    try {
      return this.readOpen(fd, file, onWarning);
    } finally {
      fs.closeSync(fd);
    }
  }

  private readOpen(fd: number, file: string, onWarning: (warning: CsvReadWarning) => void): boolean {
    this.seen = new SeenIds(this.timeOrdered);
    this.decoder = new LineDecoder(file, onWarning);
    this.line = 1;
    let buf = this.useBuffer(CHUNK_BYTES);
    let length = 0;
    let header = true;
    for (;;) {
      const n = fs.readSync(fd, buf, length, buf.length - length, null);
      length += n;
      if (n === 0) {
        if (length === 0) break;
        // the last line has no line feed: as the generic reader, read it as if it had one
        if (buf[length - 1] !== LF) {
          if (length === buf.length) buf = this.grown(buf, length);
          buf[length++] = LF;
        }
      }
      const end = buf.lastIndexOf(LF, length - 1) + 1;
      if (end === 0) {
        if (length === buf.length) buf = this.grown(buf, length);
        continue;
      }
      let from = 0;
      if (header) {
        from = this.readHeader(buf, end);
        if (from < 0) return false;
        header = false;
      }
      this.readRows(buf, from, end);
      buf.copyWithin(0, end, length);
      length -= end;
      if (n === 0 && length === 0) break;
      if (length === buf.length) buf = this.grown(buf, length);
    }
    if (header) return false; // an empty file: the generic reader says so
    this.decoder.finish();
    return true;
  }

  /** A read buffer of `size` bytes (a multiple of 4), with its int32 view. */
  private useBuffer(size: number): Buffer {
    const buf = Buffer.from(new ArrayBuffer(size));
    this.words = new Int32Array(buf.buffer, buf.byteOffset, size >> 2);
    return buf;
  }

  /** A buffer twice as long holding the first `length` bytes of `buf` (a line longer than a read). */
  private grown(buf: Buffer, length: number): Buffer {
    const bigger = this.useBuffer(buf.length * 2);
    buf.copy(bigger, 0, 0, length);
    return bigger;
  }

  /**
   * Reads the header (line 1); returns where the rows start, or -1 when the file is left to the
   * generic reader: a header not plain ASCII, quoted, lacking a required column or naming one
   * twice (it reports those), or a header it reads differently in any way.
   */
  private readHeader(buf: Buffer, end: number): number {
    const bom = buf[0] === BOM[0] && buf[1] === BOM[1] && buf[2] === BOM[2] ? 3 : 0;
    const lf = buf.indexOf(LF, bom);
    for (let k = bom; k < lf; k++) {
      const b = buf[k] as number;
      if (b >= 0x80 || b === QUOTE) return -1;
    }
    if (lf < 0 || lf >= end) return -1;
    const fields = splitFields(buf.toString('latin1', bom, lf), ',');
    if (fields === null) return -1;
    const names = fields.map((n) => n.trim());
    if (new Set(names).size !== names.length) return -1;
    if (!VIGIE_CSV_REQUIRED_COLUMNS.every((c) => names.includes(c))) return -1;
    const columns: readonly string[] = VIGIE_CSV_COLUMNS;
    this.kinds = Uint8Array.from(names, (name) => columns.indexOf(name) + 1);
    this.columnCount = names.length;
    this.makeRecord = recordMaker(names);
    // dimension columns the file lacks stay null
    this.groups.codes.fill(0);
    this.line = 2;
    return lf + 1;
  }

  /** The rows in `buf[from, to)`, whole lines. */
  private readRows(buf: Buffer, from: number, to: number): void {
    const valid = isUtf8(buf.subarray(from, to));
    let p = from;
    while (p < to) {
      let next = valid ? this.scanRow(buf, p) : -1;
      if (next < 0) next = this.otherRow(buf, p, valid);
      p = next;
      this.line++;
    }
  }

  /**
   * A row the byte scan could not vouch for, or any row of a piece that is not all valid UTF-8:
   * decoded (as Windows-1252 when it is not UTF-8, as the generic reader would) and read by the
   * generic code. Returns where the next row starts.
   */
  private otherRow(buf: Buffer, p: number, valid: boolean): number {
    const lf = buf.indexOf(LF, p);
    const bytes = buf.subarray(p, lf);
    let text: string;
    if (valid) text = bytes.toString('utf8');
    else {
      const latin1Before = this.decoder.latin1Lines;
      text = this.decoder.decodeLine(bytes, this.line);
      if (this.decoder.latin1Lines === latin1Before) {
        const next = this.scanRow(buf, p);
        if (next >= 0) return next;
      }
    }
    this.genericRow(text);
    return lf + 1;
  }

  /** One row through the generic split, mapping, duplicate check and engine. */
  private genericRow(text: string): void {
    const line = this.line;
    const fields = splitFields(text, ',');
    if (fields === null) throw new FastReadBail(`line ${line}: a quoted field goes on to the next line`);
    if (fields.length === 1 && fields[0] === '') return; // an empty line
    if (fields.length !== this.columnCount) throw new FastReadBail(`line ${line}: wrong number of fields`);
    const { interaction, issues } = this.profile.map(this.makeRecord(fields), line);
    if (interaction === null || issues.length > 0)
      throw new FastReadBail(`line ${line}: rejected by the profile`);
    if (this.seen.firstLineOf(interaction, line) !== undefined) {
      throw new FastReadBail(`line ${line}: duplicate id`);
    }
    this.engine.add(interaction);
    this.rowsDecoded++;
  }

  /**
   * Reads the row starting at `p` from its bytes and adds it to the engine; returns where the
   * next row starts, or -1, having changed nothing, when the row is not one it can vouch for.
   * Throws FastReadBail on a duplicate id.
   */
  private scanRow(buf: Buffer, p: number): number {
    let b = buf[p] as number;
    // an empty line (the generic reader skips it, CR or not)
    if (b === LF) return p + 1;
    if (b === CR && buf[p + 1] === LF) return p + 2;
    const kinds = this.kinds;
    const last = kinds.length - 1;
    const codes = this.groups.codes;
    const codePosition = this.codePosition;
    let idStart = -1;
    let idEnd = -1;
    let customerStart = 0;
    let customerEnd = 0;
    let offeredAt = Number.NaN;
    let disposition = -1;
    let offered = 2;
    let hasAnswerTime = false;
    let wait = 0;
    let talk = 0;
    let hold = 0;
    let wrapUp = 0;
    let flags = 0;
    for (let f = 0; f <= last; f++) {
      const kind = kinds[f] as number;
      let start = p;
      let end: number;
      /** the seconds of a duration column */
      let seconds = 0;
      b = buf[p] as number;
      const quoted = b === QUOTE;
      if (quoted) {
        // a quoted field: taken as is up to the closing quote, which must end the field
        start = ++p;
        b = buf[p] as number;
        while (b !== QUOTE && b !== LF) b = buf[++p] as number;
        if (b === LF) return -1; // goes on to the next line
        end = p;
        b = buf[++p] as number;
        if (kind >= WAIT && kind <= WRAP_UP) seconds = secondsOf(buf, start, end);
      } else if (kind >= WAIT && kind <= WRAP_UP) {
        // digits, read as they are scanned
        let c = b - 48;
        while (c >= 0 && c <= 9) {
          seconds = seconds * 10 + c;
          c = (buf[++p] as number) - 48;
        }
        end = p;
        if (end - start > 15) seconds = -1; // see secondsOf
        b = buf[p] as number;
      } else if (kind >= OFFERED_AT && kind <= ENDED_AT) {
        // an instant has 19 bytes: checked below, which also rules out a delimiter inside
        if (b !== COMMA && b !== LF && b !== CR) p += 19;
        end = p;
        b = buf[p] as number;
      } else {
        p = nextDelimiter(this.words, p);
        b = buf[p] as number;
        end = p;
      }
      // a CR before the line feed ends the line, not the field (unless quoted)
      if (b === CR && buf[p + 1] === LF) b = buf[++p] as number;
      else if (b === LF && !quoted && end > start && buf[end - 1] === CR) end--;
      if (f < last ? b !== COMMA : b !== LF) return -1;
      p++;
      switch (kind) {
        case ID:
          if (end === start || !visible(buf[start] as number) || !visible(buf[end - 1] as number)) return -1;
          idStart = start;
          idEnd = end;
          break;
        case CUSTOMER:
          if (end > start && (!visible(buf[start] as number) || !visible(buf[end - 1] as number))) return -1;
          customerStart = start;
          customerEnd = end;
          break;
        case CHANNEL:
          if (channels.indexOf(buf, start, end) < 0) return -1;
          if (codePosition[CHANNEL] !== -1)
            codes[codePosition[CHANNEL] as number] = this.interner.codeOf(buf, start, end);
          break;
        case DIRECTION:
          if (directions.indexOf(buf, start, end) < 0) return -1;
          break;
        case DISPOSITION:
          disposition = dispositions.indexOf(buf, start, end);
          if (disposition < 0) return -1;
          break;
        case ACTIVITY:
        case VENDOR:
        case SITE:
        case AGENT: {
          const at = codePosition[kinds[f] as number] as number;
          if (at !== -1) codes[at] = this.interner.codeOf(buf, start, end);
          break;
        }
        case OFFERED_AT:
          offeredAt = instantOf(buf, start, end);
          if (Number.isNaN(offeredAt)) return -1;
          break;
        case ANSWERED_AT:
          hasAnswerTime = end > start;
          if (hasAnswerTime && Number.isNaN(instantOf(buf, start, end))) return -1;
          break;
        case ENDED_AT:
          if (end > start && Number.isNaN(instantOf(buf, start, end))) return -1;
          break;
        case WAIT:
          wait = seconds;
          if (wait < 0) return -1;
          break;
        case TALK:
          talk = seconds;
          if (talk < 0) return -1;
          break;
        case HOLD:
          hold = seconds;
          if (hold < 0) return -1;
          break;
        case WRAP_UP:
          wrapUp = seconds;
          if (wrapUp < 0) return -1;
          break;
        case OFFERED:
          offered = offeredOf(buf, start, end);
          if (offered < 0) return -1;
          break;
        case OUTCOMES_COLUMN:
          flags = outcomesOf(buf, start, end);
          if (flags < 0) return -1;
          break;
        case IGNORED:
          break;
      }
    }
    // vouched for: from here on the row counts
    const c = this.contact;
    c.idBytes = buf;
    c.idStart = idStart;
    c.idEnd = idEnd;
    const first = this.seen.firstLineOfKey(
      buf,
      idStart,
      idEnd,
      hashBytes(buf, idStart, idEnd),
      offeredAt,
      this.line,
      c.contactId,
    );
    if (first !== undefined) throw new FastReadBail(`line ${this.line}: duplicate id`);
    c.group = this.groups.groupOf(offeredAt);
    c.offeredAt = offeredAt;
    c.disposition = DISPOSITIONS[disposition] as Disposition;
    c.offered = offered === 2 ? (DEFAULT_OFFERED[disposition] as boolean) : offered === 1;
    c.hasAnswerTime = hasAnswerTime;
    c.waitSeconds = wait;
    c.talkSeconds = talk;
    c.holdSeconds = hold;
    c.wrapUpSeconds = wrapUp;
    c.outcomeFlags = flags;
    c.customerKey = buf;
    c.customerStart = customerStart;
    c.customerEnd = customerEnd;
    c.customerHash = customerEnd > customerStart ? hashBytes(buf, customerStart, customerEnd) : 0;
    this.engine.addParsed(c);
    this.rowsFromBytes++;
    return p;
  }
}

/**
 * The first ',' or line feed at or after `p` in the bytes under `words` (rows end with a line
 * feed, so there is one), four bytes at a time: the text columns are most of a row's bytes.
 */
function nextDelimiter(words: Int32Array, p: number): number {
  let w = p >> 2;
  // bytes of the first word before p are masked out (little-endian: byte k is bits 8k to 8k + 7)
  let found = delimiterBits(words[w] as number) & (-1 << ((p & 3) << 3));
  while (found === 0) found = delimiterBits(words[++w] as number);
  return (w << 2) + ((31 - Math.clz32(found & -found)) >> 3);
}

/**
 * The high bit of each byte of `x` that is ',' or a line feed (the classic "has a zero byte"
 * test on x XOR the delimiter). A byte above a match may be flagged too, never one below, so
 * the lowest flag is exact, which is the one used.
 */
function delimiterBits(x: number): number {
  const comma = x ^ 0x2c2c2c2c;
  const lf = x ^ 0x0a0a0a0a;
  return (((comma - 0x01010101) & ~comma) | ((lf - 0x01010101) & ~lf)) & 0x80808080;
}
