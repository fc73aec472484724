/**
 * Local wall-clock timestamps (`YYYY-MM-DDTHH:MM[:SS]`, no zone) handled by integer arithmetic
 * only: contact centres report on local time, and going through time zones would move contacts
 * across buckets on DST days or in a browser set to another zone.
 */

const LOCAL_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The parts of a local timestamp. */
export interface LocalTimestamp {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). Pure
 * integer arithmetic, so it gives the same answer in every runtime and zone.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link daysFromCivil}. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Parses `YYYY-MM-DDTHH:MM[:SS]`; throws naming `what` (e.g. the interaction id) when the text
 * is not a real local instant, because a silently misplaced contact would skew every bucket.
 */
export function parseLocalTimestamp(value: string, what = 'timestamp'): LocalTimestamp {
  const m = LOCAL_TIMESTAMP.exec(value);
  if (m) {
    const ts = {
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      hour: Number(m[4]),
      minute: Number(m[5]),
      second: m[6] === undefined ? 0 : Number(m[6]),
    };
    const back = civilFromDays(daysFromCivil(ts.year, ts.month, ts.day));
    const realDay = back.year === ts.year && back.month === ts.month && back.day === ts.day;
    if (realDay && ts.hour < 24 && ts.minute < 60 && ts.second < 60) return ts;
  }
  throw new Error(`${what}: expected a local time written YYYY-MM-DDTHH:MM:SS, got "${value}"`);
}

/** Seconds since 1970-01-01T00:00:00 of the same wall clock; only differences are meaningful. */
export function localEpochSeconds(ts: LocalTimestamp): number {
  return daysFromCivil(ts.year, ts.month, ts.day) * 86400 + ts.hour * 3600 + ts.minute * 60 + ts.second;
}

/** ISO 8601 week label (`2010-W31`): weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeekLabel(year: number, month: number, day: number): string {
  const days = daysFromCivil(year, month, day);
  // 1970-01-01 was a Thursday: with Monday = 0 it is weekday 3.
  const weekday = (((days + 3) % 7) + 7) % 7;
  const thursday = days - weekday + 3;
  const weekYear = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(weekYear, 1, 1)) / 7) + 1;
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/** The digits at [from, from + length) of `value`, or -1 when one is not a digit. */
export function digitsAt(value: string, from: number, length: number): number {
  let n = 0;
  for (let k = from; k < from + length; k++) {
    const c = value.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The last date converted by {@link epochOfParts}: rows of a file mostly share the previous row's day. */
let memoDate = -1;
let memoDays = 0;

/**
 * Local epoch seconds of the parts of a timestamp, NaN unless they name a real calendar second
 * (a part that was not digits comes as -1). The one place both parsers below check a date.
 */
function epochOfParts(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number {
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return Number.NaN;
  const date = (year * 100 + month) * 100 + day;
  if (date !== memoDate) {
    memoDays = daysFromCivil(year, month, day);
    memoDate = date;
  }
  return memoDays * 86400 + hour * 3600 + minute * 60 + second;
}

/**
 * {@link localEpochSeconds} of `YYYY-MM-DDTHH:MM[:SS]`, or NaN when the text is not a real
 * local instant. Reads character codes, without a regex or an object: the KPI engine runs it
 * once per contact on files of millions of rows (same rules as {@link parseLocalTimestamp}).
 */
export function localEpochOf(value: string): number {
  const n = value.length;
  if (n !== 19 && n !== 16) return Number.NaN;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45 || value.charCodeAt(10) !== 84)
    return Number.NaN;
  if (value.charCodeAt(13) !== 58 || (n === 19 && value.charCodeAt(16) !== 58)) return Number.NaN;
  return epochOfParts(
    digitsAt(value, 0, 4),
    digitsAt(value, 5, 2),
    digitsAt(value, 8, 2),
    digitsAt(value, 11, 2),
    digitsAt(value, 14, 2),
    n === 19 ? digitsAt(value, 17, 2) : 0,
  );
}

/**
 * {@link localEpochOf} of the text `bytes[start, end)` (ASCII), for a reader that scans a
 * file's bytes without making strings: same rules, same result. Each part is read as two or
 * four digit values (-1 when a byte is not a digit): this runs three times per row.
 */
export function localEpochOfBytes(bytes: Uint8Array, start: number, end: number): number {
  const n = end - start;
  if (n !== 19 && n !== 16) return Number.NaN;
  if (bytes[start + 4] !== 45 || bytes[start + 7] !== 45 || bytes[start + 10] !== 84) return Number.NaN;
  if (bytes[start + 13] !== 58 || (n === 19 && bytes[start + 16] !== 58)) return Number.NaN;
  const century = twoDigits(bytes, start);
  const yy = twoDigits(bytes, start + 2);
  return epochOfParts(
    century < 0 || yy < 0 ? -1 : century * 100 + yy,
    twoDigits(bytes, start + 5),
    twoDigits(bytes, start + 8),
    twoDigits(bytes, start + 11),
    twoDigits(bytes, start + 14),
    n === 19 ? twoDigits(bytes, start + 17) : 0,
  );
}

/** The two ASCII digits at `at` as a number, or -1. */
function twoDigits(bytes: Uint8Array, at: number): number {
  const tens = (bytes[at] as number) - 48;
  const units = (bytes[at + 1] as number) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

/** The local timestamp of a {@link localEpochSeconds} value (inverse). */
export function localTimestampOf(epoch: number): LocalTimestamp {
  const days = Math.floor(epoch / 86400);
  let rest = epoch - days * 86400;
  const hour = Math.floor(rest / 3600);
  rest -= hour * 3600;
  const minute = Math.floor(rest / 60);
  return { ...civilFromDays(days), hour, minute, second: rest - minute * 60 };
}
