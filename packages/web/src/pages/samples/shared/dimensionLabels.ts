import { DURATION_BUCKETS, UNKNOWN_BUCKET } from '@vigie/core';
import type { TFunction } from 'i18next';
import type { ComparedDimension, ComparisonRow, DimensionComparison } from '../../../api/samples';
import type { Names } from './useNames';

/** A compared value in words: vendor and site ids named, '' and 'unknown' said so. */
export function dimensionValue(
  t: TFunction,
  dimension: ComparedDimension,
  value: string,
  names: Names,
): string {
  if (value === '' || value === UNKNOWN_BUCKET) return t('samples.noValue');
  if (dimension === 'vendor') return names.vendor(value);
  if (dimension === 'site') return names.site(value);
  return value;
}

/**
 * core's warnings name vendors and sites by id: the names instead, so a reader can tell which.
 * (They are English sentences: core does not give them as codes yet.)
 */
export function namedWarnings(c: DimensionComparison, names: Names): string[] {
  if (c.dimension !== 'vendor' && c.dimension !== 'site') return [...c.warnings];
  const name = c.dimension === 'vendor' ? names.vendor : names.site;
  return c.warnings.map((w) =>
    c.rows.reduce((text, row) => (row.value ? text.replaceAll(row.value, name(row.value)) : text), w),
  );
}

/** Rows in reading order: hours and durations in time order, the others largest first (as given). */
export function orderedRows(c: DimensionComparison): readonly ComparisonRow[] {
  if (c.dimension === 'hour')
    return [...c.rows].sort((a, b) => rank(a.value, []) - rank(b.value, []) || (a.value < b.value ? -1 : 1));
  if (c.dimension === 'duration')
    return [...c.rows].sort((a, b) => rank(a.value, DURATION_BUCKETS) - rank(b.value, DURATION_BUCKETS));
  return c.rows;
}

/** unknown values last; otherwise their place in `order` (0 when none is given) */
function rank(value: string, order: readonly string[]): number {
  if (value === UNKNOWN_BUCKET || value === '') return Number.MAX_SAFE_INTEGER;
  return Math.max(0, order.indexOf(value));
}
