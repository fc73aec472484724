import { randomId } from '@mantine/hooks';
import {
  type Activity,
  type Channel,
  DEFAULT_OPENING_HOURS,
  type Direction,
  type OpeningHours,
  WEEKDAYS,
  type Weekday,
} from '@vigie/core';

export interface SlotValues {
  key: string;
  start: string;
  end: string;
}

export type WeekValues = Record<Weekday, SlotValues[]>;

export interface ActivityFormValues {
  name: string;
  channel: Channel | null;
  direction: Direction;
  languages: string[];
  openingHours: WeekValues;
}

export function toWeekValues(hours: OpeningHours): WeekValues {
  const week = {} as WeekValues;
  for (const day of WEEKDAYS) week[day] = (hours[day] ?? []).map((s) => ({ key: randomId(), ...s }));
  return week;
}

export function toOpeningHours(week: WeekValues): OpeningHours {
  const hours: OpeningHours = {};
  for (const day of WEEKDAYS) {
    const slots = week[day].map(({ start, end }) => ({ start: start.trim(), end: end.trim() }));
    if (slots.length > 0) hours[day] = slots;
  }
  return hours;
}

export function toValues(activity: Activity | null): ActivityFormValues {
  return {
    name: activity?.name ?? '',
    channel: activity?.channel ?? 'phone',
    direction: activity?.direction ?? 'inbound',
    languages: activity?.languages ?? ['fr'],
    openingHours: toWeekValues(activity?.openingHours ?? DEFAULT_OPENING_HOURS),
  };
}

/** What the form would send; the core schema checks it (opening-hours rules included). */
export function toCandidate(v: ActivityFormValues) {
  return {
    name: v.name,
    channel: v.channel,
    direction: v.direction,
    languages: v.languages,
    openingHours: toOpeningHours(v.openingHours),
  };
}
