import { GROUP_KEYS, type GroupKey, type KpiResult, type KpiRow } from '@vigie/core';

/** The columns printed for each row, after the group keys: the figures people read first. */
const METRICS = [
  'offered',
  'answered',
  'abandoned',
  'shortAbandoned',
  'answerRate',
  'abandonRate',
  'serviceLevel',
  'asaSeconds',
  'ahtSeconds',
  'fcr',
  'conversion',
] as const satisfies readonly (keyof KpiRow)[];

function keysOf(result: KpiResult): GroupKey[] {
  const first = result.rows[0];
  return first ? GROUP_KEYS.filter((k) => k in first) : [];
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? String(Math.round(value * 1e6) / 1e6) : String(value);
}

function csvField(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One header line, then one line per row; empty fields for null rates. */
export function toCsv(result: KpiResult): string {
  const columns = [...keysOf(result), ...METRICS];
  const lines = [columns.join(',')];
  for (const row of result.rows) lines.push(columns.map((c) => csvField(cell(row[c]))).join(','));
  return `${lines.join('\n')}\n`;
}

function human(column: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'number') return String(value);
  if (/Rate$|^serviceLevel$|^fcr$|^conversion$/.test(column)) return `${(value * 100).toFixed(1)} %`;
  if (/Seconds$/.test(column)) return `${value.toFixed(1)} s`;
  return String(value);
}

/** Aligned columns for a terminal; rates in %, durations in seconds. */
export function toTable(result: KpiResult): string {
  const columns = [...keysOf(result), ...METRICS];
  const body = result.rows.map((row) => columns.map((c) => human(c, row[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((v, i) => (i < keysOf(result).length ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0)))
      .join('  ');
  return `${[line(columns), ...body.map(line)].join('\n')}\n`;
}
