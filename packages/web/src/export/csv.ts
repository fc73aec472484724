import type { ExportTable, ExportValue } from './table';

export interface CsvDialect {
  readonly delimiter: ',' | ';';
  readonly decimal: '.' | ',';
}

/** What a spreadsheet of this language opens by double-click: French Excel expects `;` and `1,5`. */
export function csvDialect(language: 'fr' | 'en'): CsvDialect {
  return language === 'fr' ? { delimiter: ';', decimal: ',' } : { delimiter: ',', decimal: '.' };
}

// A text starting with one of these is run as a formula by spreadsheets (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: ExportValue, isText: boolean, dialect: CsvDialect): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    const text = String(value);
    return dialect.decimal === ',' ? text.replace('.', ',') : text;
  }
  const safe = isText && FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** RFC 4180 text (CRLF line ends), numbers without thousands separators so that they stay numbers. */
export function toCsv(table: ExportTable, dialect: CsvDialect): string {
  const line = (values: readonly ExportValue[], header: boolean) =>
    values
      .map((v, i) => field(v, header || table.columns[i]?.kind === 'text', dialect))
      .join(dialect.delimiter);
  return [
    line(
      table.columns.map((c) => c.header),
      true,
    ),
    ...table.rows.map((row) => line(row, false)),
  ].join('\r\n');
}
