import { civilFromDays, daysFromCivil } from '../local-time.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:MM:SS` of a count of seconds since 1970-01-01T00:00:00 of a wall clock. */
export function formatLocalSeconds(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const s = seconds - days * 86400;
  const { year, month, day } = civilFromDays(days);
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}T${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/** Seconds since 1970-01-01T00:00:00 of a wall-clock date and time, or null when not a real one. */
export function wallClockSeconds(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number | null {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const days = daysFromCivil(year, month, day);
  const back = civilFromDays(days);
  if (back.year !== year || back.month !== month || back.day !== day) return null;
  return days * 86400 + hour * 3600 + minute * 60 + second;
}

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * An ISO 8601 date-time. With a zone (`Z`, `+02:00`) it is an instant: `utcSeconds` are the
 * Unix seconds; without one it is a wall-clock time: `localSeconds` (seconds of that wall
 * clock since 1970-01-01T00:00:00). Fractions of a second are dropped. Null when not a real
 * date-time.
 */
export function parseIsoDateTime(
  value: string,
): { readonly utcSeconds: number } | { readonly localSeconds: number } | null {
  const m = ISO_INSTANT.exec(value);
  if (!m) return null;
  const local = wallClockSeconds(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    m[6] === undefined ? 0 : Number(m[6]),
  );
  if (local === null) return null;
  const zone = m[7];
  if (zone === undefined) return { localSeconds: local };
  if (zone.toUpperCase() === 'Z') return { utcSeconds: local };
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = Number(digits.slice(0, 2)) * 3600 + Number(digits.slice(2, 4) || '0') * 60;
  return { utcSeconds: local - sign * offset };
}

/**
 * A converter from Unix seconds to the wall clock of an IANA time zone (`Europe/Paris`), by
 * Intl.DateTimeFormat, so daylight-saving changes follow the zone's rules in Node and in the
 * browser alike. Throws a RangeError for an unknown zone. The zone's offset is cached per
 * quarter hour of UTC (every offset change of the tz database falls on one), which makes
 * millions of rows cheap.
 */
export function wallClockIn(timeZone: string): (utcSeconds: number) => string {
  const local = localSecondsIn(timeZone);
  return (utcSeconds: number) => formatLocalSeconds(local(utcSeconds));
}

/** Like {@link wallClockIn}, as seconds of the wall clock since 1970-01-01T00:00:00. */
export function localSecondsIn(timeZone: string): (utcSeconds: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const offsets = new Map<number, number>();
  const offsetAt = (utcSeconds: number): number => {
    const key = Math.floor(utcSeconds / 900);
    let offset = offsets.get(key);
    if (offset === undefined) {
      const probe = key * 900;
      const parts: Record<string, number> = {};
      for (const p of format.formatToParts(new Date(probe * 1000))) {
        if (p.type !== 'literal') parts[p.type] = Number(p.value);
      }
      const wall = wallClockSeconds(
        parts.year ?? 1970,
        parts.month ?? 1,
        parts.day ?? 1,
        parts.hour ?? 0,
        parts.minute ?? 0,
        parts.second ?? 0,
      );
      offset = (wall ?? probe) - probe;
      if (offsets.size > 10_000) offsets.clear();
      offsets.set(key, offset);
    }
    return offset;
  };
  return (utcSeconds: number) => utcSeconds + offsetAt(utcSeconds);
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
