import type { Interval, Mean, Proportion } from '@vigie/core';
import { formatNumber, locale } from '../../../format';

/** How the analysis pages write shares, intervals, means and times. */

export const DASH = '—';

const oneDecimal = () =>
  new Intl.NumberFormat(locale(), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 0.315 → "31,5 %", 0.44 → "44,0 %"; a share of nothing → "—". */
export function formatShare(value: number | null | undefined): string {
  return value === null || value === undefined ? DASH : oneDecimal().format(value);
}

/** A 95 % interval of a share: "26,0 – 37,7 %". */
export function formatInterval(interval: Interval | null | undefined): string {
  if (!interval) return DASH;
  const low = new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    interval.low * 100,
  );
  return `${low} – ${oneDecimal().format(interval.high)}`;
}

/** k of n: "76 / 241". */
export function formatCount(p: Pick<Proportion, 'k' | 'n'>): string {
  return `${formatNumber(p.k)} / ${formatNumber(p.n)}`;
}

export function formatMean(mean: Mean | null | undefined, digits = 2): string {
  return !mean || mean.value === null ? DASH : formatNumber(mean.value, digits);
}

/** Seconds as "12 s", "4 min 05 s", "1 h 02 min". */
export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return DASH;
  if (seconds < 60) return `${formatNumber(seconds, seconds < 10 ? 1 : 0)} s`;
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  return `${m} min ${String(s).padStart(2, '0')} s`;
}

/** A moment of a call: 83.4 → "1:23". */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** A difference of shares in percentage points, signed: 0.035 → "+3,5". */
export function formatPoints(difference: number | null | undefined): string {
  if (difference === null || difference === undefined) return DASH;
  const points = difference * 100;
  const text = new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    Math.abs(points),
  );
  return `${points > 0 ? '+' : points < 0 ? '−' : ''}${text}`;
}

/** The interval of a difference in points: "[−6,6 ; +15,1]". */
export function formatPointsInterval(interval: Interval | null | undefined): string {
  if (!interval) return DASH;
  return `${formatPoints(interval.low)} … ${formatPoints(interval.high)}`;
}

/** "0,52", "0,003", "< 0,001". */
export function formatPValue(p: number | null | undefined): string {
  if (p === null || p === undefined) return DASH;
  if (p < 0.001) return `< ${formatNumber(0.001, 3)}`;
  return formatNumber(p, p < 0.01 ? 3 : 2);
}

/** A call's local start (YYYY-MM-DDTHH:MM[:SS], no zone) as the reader writes dates. */
export function formatLocalDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return DASH;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!m) return value;
  const date = new Date(
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)),
  );
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    ...(m[4] ? { timeStyle: 'short' } : {}),
    timeZone: 'UTC',
  }).format(date);
}
