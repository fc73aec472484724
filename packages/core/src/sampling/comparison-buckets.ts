/**
 * Buckets for comparing a sample with its population on continuous columns. The keys are stable
 * strings, meant to be stored and translated at the edge.
 */

/** Bucket of a missing or unreadable value. */
export const UNKNOWN_BUCKET = 'unknown';

/** Duration buckets in display order, with their upper bounds in seconds (exclusive). */
const DURATION_LIMITS: readonly (readonly [string, number])[] = [
  ['<2 min', 120],
  ['2-4 min', 240],
  ['4-6 min', 360],
  ['6-8 min', 480],
  ['8-12 min', 720],
  ['>=12 min', Number.POSITIVE_INFINITY],
];

/** The duration bucket keys, shortest first. */
export const DURATION_BUCKETS: readonly string[] = DURATION_LIMITS.map(([key]) => key);

/**
 * Bucket of a call duration: '<2 min', '2-4 min', '4-6 min', '6-8 min', '8-12 min' or '>=12 min'.
 * Lower bounds are inclusive (120 s is '2-4 min'). A negative or non-finite duration, which no
 * call has, goes to 'unknown' rather than into a real bucket.
 */
export function durationBucket(seconds: number): string {
  if (!(seconds >= 0) || !Number.isFinite(seconds)) return UNKNOWN_BUCKET;
  for (const [key, limit] of DURATION_LIMITS) if (seconds < limit) return key;
  return UNKNOWN_BUCKET;
}

/** 'YYYY-MM-DD', then 'T' (or a space, as many exports write it), then 'HH:mm'. */
const LOCAL_DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[T ]([01]\d|2[0-3]):[0-5]\d/;

/**
 * Hour-of-day bucket ('08h') of a local ISO date-time ('2024-03-05T08:42:10'). The hour is read
 * from the text, not through Date, so no time zone shifts it. 'unknown' when absent or invalid.
 */
export function hourBucket(isoLocalDateTime: string | null | undefined): string {
  const match = LOCAL_DATE_TIME.exec(isoLocalDateTime ?? '');
  const hour = match?.[3];
  return hour === undefined ? UNKNOWN_BUCKET : `${hour}h`;
}
