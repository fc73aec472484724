import type { DurationFormat, TimestampFormat } from '@vigie/core';

const YEAR_FIRST = /^\d{4}-\d{1,2}-\d{1,2}([T ]\d{1,2}:\d{2}(:\d{2})?)?/;
const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}/;

/**
 * The timestamp format the sample's values are written in. Day and month are told apart by a
 * number above 12; when none is, day first, as French exports write them.
 */
export function guessTimestampFormat(values: readonly string[]): TimestampFormat | null {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length === 0) return null;
  if (filled.every((v) => /^\d{9,10}(\.\d+)?$/.test(v))) return 'epoch-seconds';
  if (filled.every((v) => YEAR_FIRST.test(v)))
    return filled.some((v) => /[zZ]|[+-]\d{2}:?\d{2}$/.test(v)) ? 'iso' : 'YYYY-MM-DD HH:mm:ss';
  const slashed = filled.map((v) => SLASHED.exec(v));
  if (slashed.every((m) => m !== null)) {
    const monthFirst = slashed.some((m) => Number(m?.[2]) > 12);
    return monthFirst ? 'MM/DD/YYYY HH:mm:ss' : 'DD/MM/YYYY HH:mm:ss';
  }
  return null;
}

/** `0:04:05` and `04:05` are clock durations; anything else stays in seconds. */
export function guessDurationFormat(values: readonly string[]): DurationFormat | null {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length === 0) return null;
  return filled.every((v) => /^\d+:\d{2}(:\d{2})?$/.test(v)) ? 'hh:mm:ss' : 'seconds';
}
