import { GROUP_KEYS, type GroupKey, type KpiDefinitions, type KpiResult, type KpiRow } from '@vigie/core';
import { csvField } from '../io/csv-field.ts';

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

/** A KPI table as the CLI prints it: the group keys, the definitions, the rows in order. */
export interface KpiTable {
  readonly by: readonly GroupKey[];
  readonly definitions: KpiDefinitions;
  readonly rows: Iterable<KpiRow>;
}

/** A table over a computed result (tests, small tables). */
export function tableOf(result: KpiResult, by: readonly GroupKey[]): KpiTable {
  return { by, definitions: result.definitions, rows: result.rows };
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? String(Math.round(value * 1e6) / 1e6) : String(value);
}

/** The key columns, in the usual order (vendor, site, activity, channel, agent, time). */
const keyColumns = (table: KpiTable): GroupKey[] => GROUP_KEYS.filter((k) => table.by.includes(k));

/** One header line, then one line per row; empty fields for null rates. */
export function* csvLines(table: KpiTable): Generator<string, void, undefined> {
  const columns = [...keyColumns(table), ...METRICS];
  yield `${columns.join(',')}\n`;
  for (const row of table.rows) yield `${columns.map((c) => csvField(cell(row[c]))).join(',')}\n`;
}

/**
 * The JSON object `{ definitions, rows }`, indented as `JSON.stringify(…, null, 2)` would print
 * it, one row at a time: the whole text of a large table does not fit in one string.
 */
export function* jsonLines(table: KpiTable): Generator<string, void, undefined> {
  const head = JSON.stringify({ definitions: table.definitions }, null, 2);
  yield `${head.slice(0, head.lastIndexOf('\n'))},\n  "rows": [`;
  let first = true;
  for (const row of table.rows) {
    yield `${first ? '' : ','}\n    ${JSON.stringify(row, null, 2).replace(/\n/g, '\n    ')}`;
    first = false;
  }
  yield first ? ']\n}\n' : '\n  ]\n}\n';
}

function human(column: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'number') return String(value);
  if (/Rate$|^serviceLevel$|^fcr$|^conversion$/.test(column)) return `${(value * 100).toFixed(1)} %`;
  if (/Seconds$/.test(column)) return `${value.toFixed(1)} s`;
  return String(value);
}

/** Aligned columns for a terminal; rates in %, durations in seconds (holds every row: widths). */
export function* tableLines(table: KpiTable): Generator<string, void, undefined> {
  const columns = [...keyColumns(table), ...METRICS];
  const body = [...table.rows].map((row) => columns.map((c) => human(c, row[c])));
  const widths = columns.map((c) => c.length);
  for (const cells of body) {
    cells.forEach((v, i) => {
      widths[i] = Math.max(widths[i] ?? 0, v.length);
    });
  }
  const line = (cells: string[]) =>
    `${cells.map((v, i) => (i < table.by.length ? v.padEnd(widths[i] ?? 0) : v.padStart(widths[i] ?? 0))).join('  ')}\n`;
  yield line(columns);
  for (const cells of body) yield line(cells);
}
