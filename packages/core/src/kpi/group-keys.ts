import { isoWeekLabel, type LocalTimestamp } from './local-time.ts';

/** Dimensions a KPI table can be cut by: who handled the contact, and on what. */
export const DIMENSION_KEYS = ['vendor', 'site', 'activity', 'channel', 'agent'] as const;
export type DimensionKey = (typeof DIMENSION_KEYS)[number];

/** Time buckets, cut on the local `offeredAt` (the interval a contact belongs to in WFM). */
export const TIME_BUCKET_KEYS = ['interval15', 'interval30', 'hour', 'day', 'week', 'month'] as const;
export type TimeBucketKey = (typeof TIME_BUCKET_KEYS)[number];

/** Every key `computeKpis` can group by. */
export const GROUP_KEYS = [...DIMENSION_KEYS, ...TIME_BUCKET_KEYS] as const;
export type GroupKey = DimensionKey | TimeBucketKey;

const isGroupKey = (k: string): k is GroupKey => (GROUP_KEYS as readonly string[]).includes(k);
const isTimeBucket = (k: GroupKey): k is TimeBucketKey => (TIME_BUCKET_KEYS as readonly string[]).includes(k);

/**
 * Checks a list of group keys: known names, no duplicates, at most one time bucket (two buckets
 * would nest, e.g. day inside week, which only adds noise to the row keys). Returns a copy.
 */
export function validateGroupKeys(keys: readonly string[]): GroupKey[] {
  const out: GroupKey[] = [];
  let bucket: TimeBucketKey | null = null;
  for (const key of keys) {
    if (!isGroupKey(key)) {
      throw new Error(`Unknown group key "${key}"; expected one of ${GROUP_KEYS.join(', ')}`);
    }
    if (out.includes(key)) throw new Error(`Group key "${key}" is given twice`);
    if (isTimeBucket(key)) {
      if (bucket !== null) {
        throw new Error(`At most one time bucket can be used; got "${bucket}" and "${key}"`);
      }
      bucket = key;
    }
    out.push(key);
  }
  return out;
}

/** Parses a comma list such as `'vendor,day'` (spaces allowed, empty string = no grouping). */
export function parseGroupKeys(list: string): GroupKey[] {
  const parts = list
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return validateGroupKeys(parts);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Label of the time bucket holding `ts`: interval15/30 and hour give the bucket start
 * (`2010-08-04T10:15`), day `2010-08-04`, week `2010-W31` (ISO), month `2010-08`.
 */
export function timeBucketLabel(bucket: TimeBucketKey, ts: LocalTimestamp): string {
  const day = `${ts.year}-${pad2(ts.month)}-${pad2(ts.day)}`;
  switch (bucket) {
    case 'interval15':
      return `${day}T${pad2(ts.hour)}:${pad2(ts.minute - (ts.minute % 15))}`;
    case 'interval30':
      return `${day}T${pad2(ts.hour)}:${pad2(ts.minute - (ts.minute % 30))}`;
    case 'hour':
      return `${day}T${pad2(ts.hour)}:00`;
    case 'day':
      return day;
    case 'week':
      return isoWeekLabel(ts.year, ts.month, ts.day);
    case 'month':
      return `${ts.year}-${pad2(ts.month)}`;
  }
}

/** Orders group values key by key; null sorts first, strings by code unit (stable across locales). */
export function compareGroupValues(a: readonly (string | null)[], b: readonly (string | null)[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return -1;
    if (y === null) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
