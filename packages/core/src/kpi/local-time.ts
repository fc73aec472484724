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
