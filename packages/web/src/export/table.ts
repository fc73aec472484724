import type { Period } from '../api/kpi';

/** How a column's values are written: numbers stay numbers, with a display format in XLSX. */
export type ExportKind = 'text' | 'number' | 'percent';

export interface ExportColumn {
  /** the header as the page shows it */
  readonly header: string;
  readonly kind: ExportKind;
}

export type ExportValue = string | number | null;

/** A table as displayed: its headers, then one array of raw values per row, in column order. */
export interface ExportTable {
  /** names the sheet */
  readonly title: string;
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly (readonly ExportValue[])[];
}

export type ExportFormat = 'xlsx' | 'csv';

/** "Sites – Armor" → "sites-armor": safe in a file name on every system. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** vigie-vendors-2026-10-01_2026-10-31.xlsx: what, and over which period. */
export function exportFileName(name: string, period: Period | null, format: ExportFormat): string {
  const parts = ['vigie', slug(name) || 'export'];
  if (period) parts.push(period.from === period.to ? period.from : `${period.from}_${period.to}`);
  return `${parts.join('-')}.${format}`;
}
