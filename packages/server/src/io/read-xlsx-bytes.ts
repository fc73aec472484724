import { posix } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { RecordFormatError } from './record-format-error.ts';
import { XmlScanner } from './xml-scanner.ts';

/** A non-empty row of a sheet: its 1-based sheet row number and its cells as text by column. */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** Inflated bytes allowed per member: an uploaded workbook is small; this refuses a zip bomb. */
const MAX_MEMBER_BYTES = 32 * 1024 * 1024;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The non-empty rows of the first worksheet of an XLSX workbook held in memory, read at once
 * (read-xlsx-records.ts streams a file from disk for large imports; an uploaded invoice is a
 * few kilobytes and is checked synchronously). Cells are text: strings as written, numbers in
 * their shortest decimal form, booleans `true`/`false`; styles are not read (an invoice has no
 * dates to decode). Throws a {@link RecordFormatError} (code `not_xlsx` or `no_worksheet`,
 * line null) naming `file` when the bytes are not a readable workbook.
 */
export function readXlsxBytes(file: string, bytes: Buffer): SheetRow[] {
  const fault = (why: string) =>
    new RecordFormatError(file, null, 'not_xlsx', `not an XLSX workbook: ${why}`);
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0)
    throw fault('it is an Excel 97-2003 (.xls) file; save it as .xlsx or CSV.');
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== LOCAL)
    throw fault('it is not a zip archive (an XLSX file is one).');
  const members = zipMembers(bytes, fault);
  const text = (path: string): string | null => {
    const read = members.get(path);
    return read ? read().toString('utf8') : null;
  };
  const book = locateSheet(text);
  const sheet = text(book.sheet);
  if (sheet === null)
    throw new RecordFormatError(file, null, 'no_worksheet', 'the workbook has no worksheet.');
  const shared: string[] = [];
  scanText(text(book.sharedStrings) ?? '', 'si', (value) => shared.push(value));
  return sheetRows(sheet, shared);
}

/** The members of the archive by name, each inflated on demand. */
function zipMembers(bytes: Buffer, fault: (why: string) => Error): Map<string, () => Buffer> {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw fault('its zip directory is missing (the file is truncated?).');
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const members = new Map<string, () => Buffer>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL)
      throw fault('its zip directory is damaged.');
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    members.set(name, () => {
      if (flags & 1) throw fault(`${name} is encrypted (a password-protected workbook).`);
      if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL)
        throw fault(`${name} is damaged.`);
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const raw = bytes.subarray(start, start + size);
      if (method === 0) return raw;
      if (method !== 8) throw fault(`${name} uses the unsupported compression method ${method}.`);
      try {
        return inflateRawSync(raw, { maxOutputLength: MAX_MEMBER_BYTES });
      } catch (err) {
        throw fault(`${name} cannot be inflated (${err instanceof Error ? err.message : String(err)}).`);
      }
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return members;
}

/** The first worksheet in tab order and the shared strings, through the workbook's relationships. */
function locateSheet(text: (path: string) => string | null): { sheet: string; sharedStrings: string } {
  const rels = (path: string) => {
    const found: { id: string; type: string; target: string }[] = [];
    new XmlScanner({
      open(name, a) {
        if (name === 'Relationship')
          found.push({ id: a.Id ?? '', type: a.Type ?? '', target: a.Target ?? '' });
      },
    }).write(text(path) ?? '');
    return found;
  };
  const resolve = (base: string, target: string) =>
    target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(base), target));
  const root = rels('_rels/.rels').find((r) => r.type.endsWith('/officeDocument'));
  const workbook = root ? resolve('', root.target) : 'xl/workbook.xml';
  const sheetIds: string[] = [];
  new XmlScanner({
    open(name, a) {
      if (name === 'sheet') sheetIds.push(a.id ?? '');
    },
  }).write(text(workbook) ?? '');
  const bookRels = rels(posix.join(posix.dirname(workbook), '_rels', `${posix.basename(workbook)}.rels`));
  const sheetRel = sheetIds
    .map((id) => bookRels.find((r) => r.id === id))
    .find((r) => r?.type.endsWith('/worksheet'));
  const sst = bookRels.find((r) => r.type.endsWith('/sharedStrings'));
  const sheet = sheetRel ? resolve(workbook, sheetRel.target) : 'xl/worksheets/sheet1.xml';
  return { sheet, sharedStrings: sst ? resolve(workbook, sst.target) : 'xl/sharedStrings.xml' };
}

/** Calls `each` with the text of every `element` (its <t> runs joined, phonetic runs left out). */
function scanText(xml: string, element: string, each: (value: string) => void): void {
  let current = '';
  let inT = false;
  let phonetic = false;
  new XmlScanner({
    open(name) {
      if (name === element) current = '';
      else if (name === 't') inT = !phonetic;
      else if (name === 'rPh') phonetic = true;
    },
    close(name) {
      if (name === element) each(current);
      else if (name === 't') inT = false;
      else if (name === 'rPh') phonetic = false;
    },
    text(t) {
      if (inT) current += t;
    },
  }).write(xml);
}

function sheetRows(xml: string, shared: readonly string[]): SheetRow[] {
  const rows: SheetRow[] = [];
  let row = 0;
  let cells: string[] = [];
  let column = -1;
  let type = '';
  let value = '';
  let inValue = false;
  let inline = false;
  new XmlScanner({
    open(name, a) {
      if (name === 'row') {
        row = a.r === undefined ? row + 1 : Number(a.r);
        cells = [];
        column = -1;
      } else if (name === 'c') {
        const letters = /^[A-Z]+/i.exec(a.r ?? '')?.[0];
        column = letters
          ? [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1
          : column + 1;
        type = a.t ?? 'n';
        value = '';
      } else if (name === 'v') inValue = true;
      else if (name === 'is') inline = true;
      else if (name === 't') inValue = inline;
    },
    close(name) {
      if (name === 'v' || name === 't') inValue = false;
      else if (name === 'is') inline = false;
      else if (name === 'c') cells[column] = cellText(type, value, shared);
      else if (name === 'row' && cells.some((c) => c !== undefined && c.trim() !== ''))
        rows.push({ row, cells: Array.from(cells, (c) => c ?? '') });
    },
    text(t) {
      if (inValue) value += t;
    },
  }).write(xml);
  return rows;
}

function cellText(type: string, value: string, shared: readonly string[]): string {
  if (type === 's') return shared[Number(value)] ?? '';
  if (type === 'b') return value === '1' || value === 'true' ? 'true' : 'false';
  // Excel writes a double's 17 digits (267.85 computed as 267.84999999999997) but shows 15: read what it shows
  if (type === 'n' && value !== '' && Number.isFinite(Number(value)))
    return String(Number(Number(value).toPrecision(15)));
  return value; // inline and formula strings, errors (#N/A), ISO dates
}
