import { type OpeningHours, type OpeningSlot, WEEKDAYS, type Weekday } from '@vigie/core';
import { locale } from '../../format';

/** A weekday's name in the interface language; 2024-01-01 was a Monday. */
export function weekdayName(day: Weekday, style: 'long' | 'short' = 'long'): string {
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
  const name = new Intl.DateTimeFormat(locale(), { weekday: style, timeZone: 'UTC' }).format(date);
  return name.charAt(0).toLocaleUpperCase(locale()) + name.slice(1);
}

function slotsText(slots: readonly OpeningSlot[]): string {
  return [...slots]
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((s) => `${s.start}–${s.end}`)
    .join(', ');
}

/** "Mon–Fri 08:00–20:00 · Sat 09:00–12:00"; empty when closed every day. */
export function summarizeOpeningHours(hours: OpeningHours): string {
  const parts: string[] = [];
  let i = 0;
  while (i < WEEKDAYS.length) {
    const day = WEEKDAYS[i] as Weekday;
    const text = slotsText(hours[day] ?? []);
    let j = i;
    while (j + 1 < WEEKDAYS.length && slotsText(hours[WEEKDAYS[j + 1] as Weekday] ?? []) === text) j++;
    if (text) {
      const last = WEEKDAYS[j] as Weekday;
      const days =
        j === i ? weekdayName(day, 'short') : `${weekdayName(day, 'short')}–${weekdayName(last, 'short')}`;
      parts.push(`${days} ${text}`);
    }
    i = j + 1;
  }
  return parts.join(' · ');
}
