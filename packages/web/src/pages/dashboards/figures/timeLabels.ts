import type { TFunction } from 'i18next';
import { locale } from '../../../format';

const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

/** A time bucket as an axis reads it: "1 Oct" for a day, "W40" for an ISO week. */
export function bucketLabel(t: TFunction, bucket: string): string {
  const week = ISO_WEEK.exec(bucket);
  if (week) return t('dashboards.weekLabel', { week: Number(week[2]), year: week[1] });
  const date = new Date(`${bucket}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return bucket;
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
}

/** "1–31 Oct 2026", "28 Sept – 4 Oct 2026": a period in the interface language. */
export function periodLabel(period: { readonly from: string; readonly to: string }): string {
  const format = new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' });
  const from = new Date(`${period.from}T00:00:00Z`);
  const to = new Date(`${period.to}T00:00:00Z`);
  return period.from === period.to ? format.format(from) : format.formatRange(from, to);
}
