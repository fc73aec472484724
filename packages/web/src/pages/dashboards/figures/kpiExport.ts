import type { KpiRow } from '../../../api/kpi';
import type { ExportColumn, ExportTable, ExportValue } from '../../../export/table';
import type { KpiColumn, RowLabel } from './KpiTable';
import { EXPORT_KIND } from './kpiFormat';

/** A KPI table as shown (same headers, same order of rows), with raw numbers: rates as ratios. */
export function kpiExportTable(
  title: string,
  label: RowLabel,
  columns: readonly KpiColumn[],
  rows: readonly KpiRow[],
): ExportTable {
  const headers: ExportColumn[] = [{ header: label.header, kind: 'text' }];
  for (const c of columns) {
    headers.push({ header: c.header, kind: EXPORT_KIND[c.kind] });
    if (c.n) headers.push({ header: c.nHeader ?? `${c.header} n`, kind: 'number' });
  }
  const values = (row: KpiRow): ExportValue[] => [
    label.text(row),
    ...columns.flatMap((c) => (c.n ? [c.value(row), c.n(row)] : [c.value(row)])),
  ];
  return { title, columns: headers, rows: rows.map(values) };
}
