import { isIsoDate } from '@vigie/core';
import type { KpiTimeBucket, Period } from '../../../api/kpi';

/**
 * The periods a person picks most. All count back from the reference day, the last day with
 * contact records (yesterday at the latest): a dashboard opened the morning after an import
 * shows that import, and one opened while data is a few days late does not show empty days.
 */
export const PERIOD_PRESETS = ['lastDay', 'last7', 'thisMonth', 'lastMonth', 'last3Months'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const DEFAULT_PRESET: PeriodPreset = 'last7';

/** Beyond this many days, trends are drawn per week: 90 daily points are noise, not a trend. */
export const MAX_DAILY_POINTS = 62;

function toUtc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = toUtc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** The same day `months` months away, or the month's last day when it has no such day (31 → 30). */
export function addMonths(iso: string, months: number): string {
  const d = toUtc(iso);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return toIso(d);
}

function startOfMonth(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

/** Inclusive count of days. */
export function periodDays({ from, to }: Period): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000) + 1;
}

/** The local calendar day of an instant (the browser's), as YYYY-MM-DD. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The last day with data, never after yesterday (today is still being written); yesterday when unknown. */
export function referenceDay(lastDataDay: string | null, today: string): string {
  const yesterday = addDays(today, -1);
  return lastDataDay !== null && lastDataDay < yesterday ? lastDataDay : yesterday;
}

export function presetPeriod(preset: PeriodPreset, reference: string): Period {
  switch (preset) {
    case 'lastDay':
      return { from: reference, to: reference };
    case 'last7':
      return { from: addDays(reference, -6), to: reference };
    case 'thisMonth':
      return { from: startOfMonth(reference), to: reference };
    case 'lastMonth': {
      const start = startOfMonth(addMonths(startOfMonth(reference), -1));
      return { from: start, to: addDays(startOfMonth(reference), -1) };
    }
    case 'last3Months':
      return { from: addDays(addMonths(reference, -3), 1), to: reference };
  }
}

/** The preset that gives exactly this period, or 'custom'. */
export function matchPreset(period: Period, reference: string): PeriodPreset | 'custom' {
  return (
    PERIOD_PRESETS.find((p) => {
      const candidate = presetPeriod(p, reference);
      return candidate.from === period.from && candidate.to === period.to;
    }) ?? 'custom'
  );
}

/** A period read from the address, or null when it is missing, malformed or backwards. */
export function parsePeriod(from: string | null, to: string | null): Period | null {
  if (!from || !to || !isIsoDate(from) || !isIsoDate(to) || from > to) return null;
  return { from, to };
}

/** Days for a short period, ISO weeks beyond {@link MAX_DAILY_POINTS} days. */
export function trendBucket(period: Period): Extract<KpiTimeBucket, 'day' | 'week'> {
  return periodDays(period) > MAX_DAILY_POINTS ? 'week' : 'day';
}
