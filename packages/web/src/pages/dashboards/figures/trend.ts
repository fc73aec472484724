import type { TFunction } from 'i18next';
import type { KpiRow } from '../../../api/kpi';
import type { TargetLine } from '../../../components/charts/TrendChart';
import { bucketLabel } from './timeLabels';

type Point = Record<string, string | number | null>;

/**
 * Rows of a summary by (series, bucket) as chart points: one per bucket in time order, with
 * the value of each series or null where the series has no row (a gap, not a zero).
 */
export function pivotTrend(
  t: TFunction,
  rows: readonly KpiRow[],
  bucketKey: 'day' | 'week',
  seriesKey: (row: KpiRow) => string,
  value: (row: KpiRow) => number | null,
): Point[] {
  const byBucket = new Map<string, Point>();
  for (const row of rows) {
    const bucket = row[bucketKey];
    if (!bucket) continue;
    const point = byBucket.get(bucket) ?? { bucket: bucketLabel(t, bucket) };
    point[seriesKey(row)] = value(row);
    byBucket.set(bucket, point);
  }
  return [...byBucket.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, point]) => point);
}

/**
 * One target line per distinct target: a single line when every series shares it, else one per
 * value naming whose target it is.
 */
export function targetLines(
  owners: readonly { readonly name: string; readonly target: number | undefined }[],
  label: (target: number, names: string | null) => string,
): TargetLine[] {
  const byValue = new Map<number, string[]>();
  for (const { name, target } of owners) {
    if (target === undefined) continue;
    byValue.set(target, [...(byValue.get(target) ?? []), name]);
  }
  const shared = byValue.size === 1 && owners.every((o) => o.target !== undefined);
  return [...byValue.entries()].map(([value, names]) => ({
    value,
    label: label(value, shared ? null : names.join(', ')),
  }));
}
