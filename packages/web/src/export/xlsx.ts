import type { SheetData } from 'write-excel-file/browser';
import type { ExportKind, ExportTable } from './table';

/** Excel display formats: the cell keeps the exact number, the sheet shows it as the page does. */
const FORMATS: Readonly<Record<ExportKind, string | undefined>> = {
  text: undefined,
  // rounded for display only: the page shows seconds and counts without decimals too
  number: '#,##0',
  percent: '0.0%',
};

/** Excel refuses sheet names over 31 characters or with any of []:*?/\ */
function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}

function sheetData(table: ExportTable): SheetData {
  const header = table.columns.map((c) => ({ value: c.header, fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) =>
    row.map((value, i) => {
      if (value === null) return null;
      const format = FORMATS[table.columns[i]?.kind ?? 'text'];
      return typeof value === 'number' && format ? { value, format } : value;
    }),
  );
  return [header, ...rows];
}

/**
 * An .xlsx of the table. The writer is loaded on first use only: most visits export nothing,
 * and it would otherwise weigh on every page load.
 */
export async function toXlsx(table: ExportTable): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const widths = table.columns.map((c) => ({ width: Math.max(10, Math.min(40, c.header.length + 2)) }));
  return writeXlsxFile(sheetData(table), {
    sheet: sheetName(table.title),
    columns: widths,
    stickyRowsCount: 1,
  }).toBlob();
}
