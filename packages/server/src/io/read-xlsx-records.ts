import { stat } from 'node:fs/promises';
import { posix } from 'node:path';
import { civilFromDays, daysFromCivil } from '@vigie/core';
import { RecordFormatError, type RecordRow } from './record-format-error.ts';
import { XmlScanner } from './xml-scanner.ts';
import { readZipDirectory, readZipEntry, type ZipEntry } from './zip-entries.ts';

export interface ReadXlsxOptions {
  /** Columns the header row must contain (a profile's required columns). */
  readonly requiredColumns?: readonly string[];
  /** Receives the header's column names (empty cells left out) once read, before the first row. */
  readonly onHeader?: (columns: readonly string[]) => void;
}

/** How a numeric cell is shown, from its style: as a number, a date (and time), or a time or duration. */
type CellKind = 'number' | 'date' | 'time' | 'elapsed';

/** Built-in number formats that show dates (14-17, 22; 27-36 and 50-58 are East Asian dates). */
const BUILTIN_DATE = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58,
]);
/** Built-in formats that show a time of day (18-21, 45, 47; 32-33, 55-56 East Asian) or a duration (46 `[h]:mm:ss`). */
const BUILTIN_TIME = new Set([18, 19, 20, 21, 32, 33, 45, 47, 55, 56]);
const BUILTIN_ELAPSED = new Set([46]);

/** Classifies a custom number format code (`dd/mm/yyyy hh:mm`, `[h]:mm:ss`, `#,##0.00`...). */
export function kindOfFormatCode(code: string): CellKind {
  const section = code.split(';')[0] ?? '';
  const elapsed = /\[(h+|m+|s+)\]/i.test(section);
  // Drop quoted text, escaped characters and bracketed parts ([Red], [$-40C]) before looking for date letters.
  const bare = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .toLowerCase();
  if (/[yd]/.test(bare)) return 'date';
  if (elapsed) return 'elapsed';
  if (/[hs]/.test(bare) || /m+\s*:|:\s*m+/.test(bare)) return 'time';
  return 'number';
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An Excel serial date as a local wall-clock `YYYY-MM-DDTHH:MM:SS` (rounded to the second).
 * Serial 1 is 1900-01-01 (Excel's fictitious 1900-02-29, serial 60, reads 1900-03-01), or
 * 1904-01-02 in the 1904 date system.
 */
export function excelSerialToLocal(serial: number, date1904 = false): string {
  const total = Math.round(serial * 86400);
  let days = Math.floor(total / 86400);
  const seconds = total - days * 86400;
  if (!date1904 && days < 61) days += 1;
  const epoch = date1904 ? daysFromCivil(1904, 1, 1) : daysFromCivil(1899, 12, 30);
  const { year, month, day } = civilFromDays(epoch + days);
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}T${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

/** A time or duration cell as `HH:MM:SS` (hours beyond 24 for a duration). */
function excelTime(serial: number, kind: 'time' | 'elapsed'): string {
  let total = Math.round(serial * 86400);
  if (kind === 'time') total = ((total % 86400) + 86400) % 86400;
  const sign = total < 0 ? '-' : '';
  total = Math.abs(total);
  return `${sign}${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

/** Column index (0-based) of a cell reference such as `AB12`; -1 when there is none. */
function columnOf(ref: string | undefined): number {
  if (!ref) return -1;
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return i === 0 ? -1 : n - 1;
}

/** Reads a whole (small) XML part through the scanner. */
async function scanPart(file: string, entry: ZipEntry, scanner: XmlScanner): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of readZipEntry(file, entry)) scanner.write(decoder.decode(chunk, { stream: true }));
  scanner.write(decoder.decode());
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

async function readRelationships(
  file: string,
  entries: Map<string, ZipEntry>,
  path: string,
): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  const entry = entries.get(path);
  if (!entry) return rels;
  await scanPart(
    file,
    entry,
    new XmlScanner({
      open(name, a) {
        if (name === 'Relationship' && a.Id && a.Target)
          rels.set(a.Id, { type: a.Type ?? '', target: a.Target });
      },
    }),
  );
  return rels;
}

/** The zip path of a relationship target, relative to the folder of the part that names it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(base), target));
}

interface Workbook {
  readonly sheetName: string;
  readonly sheetPath: string;
  readonly date1904: boolean;
  readonly sharedStrings: readonly string[];
  readonly styles: readonly CellKind[];
}

async function readWorkbook(file: string, entries: Map<string, ZipEntry>): Promise<Workbook> {
  const rootRels = await readRelationships(file, entries, '_rels/.rels');
  const officeDocument = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'));
  const workbookPath = officeDocument ? resolveTarget('', officeDocument.target) : 'xl/workbook.xml';
  const workbookEntry = entries.get(workbookPath);
  if (!workbookEntry) {
    throw new RecordFormatError(
      file,
      null,
      'not_xlsx',
      'not an XLSX workbook: the zip archive holds no workbook (xl/workbook.xml).',
    );
  }
  const sheets: { name: string; rid: string }[] = [];
  let date1904 = false;
  await scanPart(
    file,
    workbookEntry,
    new XmlScanner({
      open(name, a) {
        if (name === 'sheet') sheets.push({ name: a.name ?? '', rid: a.id ?? '' });
        else if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      },
    }),
  );
  const rels = await readRelationships(
    file,
    entries,
    posix.join(posix.dirname(workbookPath), '_rels', `${posix.basename(workbookPath)}.rels`),
  );
  // The first sheet in tab order that is a worksheet (not a chart sheet).
  let sheetName = '';
  let sheetPath = '';
  for (const sheet of sheets) {
    const rel = rels.get(sheet.rid);
    if (rel?.type.endsWith('/worksheet')) {
      sheetName = sheet.name;
      sheetPath = resolveTarget(workbookPath, rel.target);
      break;
    }
  }
  if (sheetPath === '' && entries.has('xl/worksheets/sheet1.xml')) {
    sheetName = sheets[0]?.name ?? 'sheet1';
    sheetPath = 'xl/worksheets/sheet1.xml';
  }
  if (sheetPath === '' || !entries.has(sheetPath)) {
    throw new RecordFormatError(file, null, 'no_worksheet', 'the workbook has no worksheet.');
  }

  const relOf = (suffix: string, fallback: string) => {
    const rel = [...rels.values()].find((r) => r.type.endsWith(suffix));
    return rel ? resolveTarget(workbookPath, rel.target) : fallback;
  };

  // Shared strings: the text of each <si>, rich-text runs joined, phonetic runs (<rPh>) left out.
  const sharedStrings: string[] = [];
  const sstEntry = entries.get(relOf('/sharedStrings', 'xl/sharedStrings.xml'));
  if (sstEntry) {
    let current = '';
    let inT = false;
    let inPhonetic = false;
    await scanPart(
      file,
      sstEntry,
      new XmlScanner({
        open(name) {
          if (name === 'si') current = '';
          else if (name === 't') inT = !inPhonetic;
          else if (name === 'rPh') inPhonetic = true;
        },
        close(name) {
          if (name === 'si') sharedStrings.push(current);
          else if (name === 't') inT = false;
          else if (name === 'rPh') inPhonetic = false;
        },
        text(t) {
          if (inT) current += t;
        },
      }),
    );
  }

  // Styles: the kind of each cell format (<cellXfs><xf numFmtId>), custom formats by code.
  const styles: CellKind[] = [];
  const stylesEntry = entries.get(relOf('/styles', 'xl/styles.xml'));
  if (stylesEntry) {
    const custom = new Map<number, CellKind>();
    let inCellXfs = false;
    await scanPart(
      file,
      stylesEntry,
      new XmlScanner({
        open(name, a) {
          if (name === 'numFmt' && a.numFmtId !== undefined) {
            custom.set(Number(a.numFmtId), kindOfFormatCode(a.formatCode ?? ''));
          } else if (name === 'cellXfs') {
            inCellXfs = true;
          } else if (name === 'xf' && inCellXfs) {
            const id = Number(a.numFmtId ?? 0);
            styles.push(
              custom.get(id) ??
                (BUILTIN_DATE.has(id)
                  ? 'date'
                  : BUILTIN_TIME.has(id)
                    ? 'time'
                    : BUILTIN_ELAPSED.has(id)
                      ? 'elapsed'
                      : 'number'),
            );
          }
        },
        close(name) {
          if (name === 'cellXfs') inCellXfs = false;
        },
      }),
    );
  }
  return { sheetName, sheetPath, date1904, sharedStrings, styles };
}

/**
 * Reads the first worksheet of an XLSX workbook as a stream: the sheet is inflated and parsed
 * piece by piece, so memory holds the shared-strings table and one batch of rows, never the
 * sheet. The first non-empty row is the header (names trimmed); each later non-empty row is
 * yielded with its sheet row number as `line` and its values by header name ('' for an empty
 * cell; cells under an empty header cell are ignored).
 *
 * Values are text: shared and inline strings as written; numbers in their shortest decimal
 * form (`42`, `0.5`); booleans `true`/`false`; error cells as shown (`#N/A`); a number whose
 * style is a date as the local wall-clock `YYYY-MM-DDTHH:MM:SS` (Excel stores no time zone;
 * the 1904 date system is honoured), a time of day as `HH:MM:SS`, a duration (`[h]:mm:ss`) as
 * `HH:MM:SS` with hours beyond 24.
 *
 * Throws a {@link RecordFormatError} naming the file: `not_xlsx` (not a zip archive, an old
 * .xls, no workbook inside, damaged data), `no_worksheet`, `empty_sheet` (no header row), and,
 * with the header's row, `missing_columns` (named) and `duplicate_column`.
 */
export async function* readXlsxRecords(
  file: string,
  options: ReadXlsxOptions = {},
): AsyncGenerator<RecordRow, void, undefined> {
  const info = await stat(file);
  if (info.size === 0) throw new RecordFormatError(file, null, 'empty_file', 'the file is empty (0 bytes).');
  const entries = await readZipDirectory(file);
  const book = await readWorkbook(file, entries);

  let header: (string | null)[] | null = null;
  let pending: RecordRow[] = [];
  let rowNumber = 0;
  let cells: string[] = [];
  let column = -1;
  let cellType = '';
  let cellStyle = 0;
  let value = '';
  let inValue = false;
  let inInline = false;
  let inPhonetic = false;

  const cellText = (): string => {
    switch (cellType) {
      case 's': {
        const s = book.sharedStrings[Number(value)];
        return s ?? '';
      }
      case 'inlineStr':
      case 'str':
      case 'e':
        return value;
      case 'b':
        return value === '1' || value === 'true' ? 'true' : value === '' ? '' : 'false';
      case 'd':
        // ISO 8601 text; keep the local date and time part.
        return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(value) ? value.slice(0, 19) : value;
      default: {
        if (value === '') return '';
        const n = Number(value);
        if (!Number.isFinite(n)) return value;
        const kind = book.styles[cellStyle] ?? 'number';
        if (kind === 'date') return excelSerialToLocal(n, book.date1904);
        if (kind === 'time' || kind === 'elapsed') return excelTime(n, kind);
        return String(n);
      }
    }
  };

  const endRow = () => {
    if (!cells.some((c) => c.trim() !== '')) return;
    if (header === null) {
      header = checkHeader(file, rowNumber, cells, options.requiredColumns ?? []);
      options.onHeader?.(header.filter((c): c is string => c !== null));
      return;
    }
    const record: Record<string, string> = {};
    header.forEach((name, i) => {
      if (name !== null) record[name] = cells[i] ?? '';
    });
    pending.push({ line: rowNumber, record });
  };

  const scanner = new XmlScanner({
    open(name, a) {
      switch (name) {
        case 'row':
          rowNumber = a.r !== undefined ? Number(a.r) : rowNumber + 1;
          cells = [];
          column = -1;
          break;
        case 'c': {
          const at = columnOf(a.r);
          column = at === -1 ? column + 1 : at;
          cellType = a.t ?? 'n';
          cellStyle = a.s !== undefined ? Number(a.s) : 0;
          value = '';
          break;
        }
        case 'v':
          inValue = true;
          break;
        case 'is':
          inInline = true;
          break;
        case 'rPh':
          inPhonetic = true;
          break;
        case 't':
          inValue = inInline && !inPhonetic;
          break;
      }
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          inValue = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        case 'c':
          if (column >= 0) cells[column] = cellText();
          break;
        case 'row':
          endRow();
          break;
      }
    },
    text(t) {
      if (inValue) value += t;
    },
  });

  const sheet = entries.get(book.sheetPath) as ZipEntry;
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of readZipEntry(file, sheet)) {
    scanner.write(decoder.decode(chunk, { stream: true }));
    if (pending.length > 0) {
      const rows = pending;
      pending = [];
      yield* rows;
    }
  }
  scanner.write(decoder.decode());
  yield* pending;
  if (scanner.unfinished) {
    throw new RecordFormatError(
      file,
      rowNumber || null,
      'not_xlsx',
      'the worksheet ends abruptly: the file is damaged.',
    );
  }
  if (header === null) {
    throw new RecordFormatError(
      file,
      null,
      'empty_sheet',
      `the first worksheet ("${book.sheetName}") is empty: no header row.`,
    );
  }
}

function checkHeader(
  file: string,
  row: number,
  cells: readonly string[],
  required: readonly string[],
): (string | null)[] {
  const header: (string | null)[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < cells.length; i++) {
    const name = (cells[i] ?? '').trim();
    if (name === '') {
      header.push(null);
      continue;
    }
    if (seen.has(name)) {
      throw new RecordFormatError(file, row, 'duplicate_column', `the header names column "${name}" twice.`);
    }
    seen.add(name);
    header.push(name);
  }
  const missing = required.filter((c) => !seen.has(c));
  if (missing.length > 0) {
    throw new RecordFormatError(
      file,
      row,
      'missing_columns',
      `the header lacks the required column(s) ${missing.join(', ')}.`,
    );
  }
  return header;
}
