import { describe, expect, it } from 'vitest';
import { activityInputSchema, checkActivity } from './activity.ts';
import { checkOpeningHours, DEFAULT_OPENING_HOURS } from './opening-hours.ts';

describe('opening hours', () => {
  it('accepts the default French customer-service week and a closed weekend', () => {
    expect(checkOpeningHours(DEFAULT_OPENING_HOURS)).toEqual([]);
    expect(checkOpeningHours({ mon: [{ start: '00:00', end: '24:00' }] })).toEqual([]);
  });

  it('reports a slot ending before it starts, and overlapping slots, by day', () => {
    const issues = checkOpeningHours({
      tue: [{ start: '18:00', end: '09:00' }],
      wed: [
        { start: '08:00', end: '12:30' },
        { start: '12:00', end: '18:00' },
      ],
    });
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['opening_hours.end_before_start', 'tue.0.end'],
      ['opening_hours.overlap', 'wed'],
    ]);
  });

  it('applies the rule to an activity with the full field path', () => {
    const input = activityInputSchema.parse({
      name: 'Hotline',
      channel: 'phone',
      languages: ['fr'],
      openingHours: { fri: [{ start: '20:00', end: '08:00' }] },
    });
    expect(checkActivity(input).map((i) => i.path)).toEqual([['openingHours', 'fri', 0, 'end']]);
  });

  it('refuses malformed times and unknown channels', () => {
    const r = activityInputSchema.safeParse({
      name: 'X',
      channel: 'fax',
      languages: ['fr'],
      openingHours: { mon: [{ start: '8h', end: '25:00' }] },
    });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['channel', 'openingHours.mon.0.start', 'openingHours.mon.0.end']),
    );
  });
});
