import type { Turn } from './transcript.ts';

/** A stretch of time, seconds from the start of the call. */
export type Interval = readonly [start: number, end: number];

/** Union of intervals of turns already sorted by start; touching intervals merge. */
export function union(sorted: readonly Turn[]): Interval[] {
  const out: [number, number][] = [];
  for (const { start, end } of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

export function total(intervals: readonly Interval[]): number {
  return intervals.reduce((sum, [start, end]) => sum + (end - start), 0);
}

/** Intersection of two sorted, disjoint interval lists (two-pointer sweep). */
export function intersection(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [aStart, aEnd] = a[i] as Interval;
    const [bStart, bEnd] = b[j] as Interval;
    const start = Math.max(aStart, bStart);
    const end = Math.min(aEnd, bEnd);
    if (end > start) out.push([start, end]);
    if (aEnd < bEnd) i++;
    else j++;
  }
  return out;
}
