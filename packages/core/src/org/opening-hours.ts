import { z } from 'zod';
import { issue, type RuleIssue } from '../shared/rule-issue.ts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Expected a time HH:MM');

/** One opening slot, [start, end) in local time of the activity. */
export const openingSlotSchema = z.object({ start: hhmm, end: hhmm });
export type OpeningSlot = z.infer<typeof openingSlotSchema>;

/** Weekly opening hours: each day lists its slots; a missing or empty day is closed. */
export const openingHoursSchema = z.partialRecord(z.enum(WEEKDAYS), z.array(openingSlotSchema).max(6));
export type OpeningHours = z.infer<typeof openingHoursSchema>;

/** Slots must end after they start and not overlap within a day. */
export function checkOpeningHours(hours: OpeningHours, basePath: (string | number)[] = []): RuleIssue[] {
  const issues: RuleIssue[] = [];
  for (const day of WEEKDAYS) {
    const slots = hours[day] ?? [];
    slots.forEach((slot, i) => {
      if (slot.end <= slot.start) {
        issues.push(
          issue(
            [...basePath, day, i, 'end'],
            'opening_hours.end_before_start',
            'A slot must end after it starts',
            {
              day,
              start: slot.start,
              end: slot.end,
            },
          ),
        );
      }
    });
    const sorted = [...slots].sort((a, b) => a.start.localeCompare(b.start));
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1];
      const cur = sorted[i];
      if (prev && cur && cur.start < prev.end) {
        issues.push(
          issue([...basePath, day], 'opening_hours.overlap', 'Two slots of the same day overlap', { day }),
        );
      }
    }
  }
  return issues;
}

/** Mon-Fri 08:00-20:00 and Saturday morning: the usual French customer-service opening. */
export const DEFAULT_OPENING_HOURS: OpeningHours = {
  mon: [{ start: '08:00', end: '20:00' }],
  tue: [{ start: '08:00', end: '20:00' }],
  wed: [{ start: '08:00', end: '20:00' }],
  thu: [{ start: '08:00', end: '20:00' }],
  fri: [{ start: '08:00', end: '20:00' }],
  sat: [{ start: '09:00', end: '13:00' }],
};
