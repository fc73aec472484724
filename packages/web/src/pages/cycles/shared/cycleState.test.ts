import { describe, expect, it } from 'vitest';
import type { CoachingCycle } from '../../../api/cycles';
import { cycleInProgress, cycleState, vendorTimelines } from './cycleState';
import { addDays, isOverdue, today } from './dates';

function cycle(change: Partial<CoachingCycle>): CoachingCycle {
  return {
    id: 'c',
    vendorId: 'v1',
    siteId: null,
    number: 1,
    focusTheme: 'phone_tool',
    startsOn: '2026-07-02',
    endsOn: '2026-08-30',
    status: 'closed',
    objectives: [],
    baselineRunId: null,
    measureRunId: null,
    reportId: null,
    outcome: null,
    createdBy: 'analyst@x',
    createdAt: '2026-07-02T08:00:00Z',
    closedAt: null,
    ...change,
  };
}

describe('cycleState', () => {
  it('tells a cycle in progress, achieved, or not achieved', () => {
    expect(cycleState(cycle({ status: 'in_progress' }))).toBe('in_progress');
    expect(cycleState(cycle({ outcome: { objectives: [], achieved: true } }))).toBe('achieved');
    expect(cycleState(cycle({ outcome: { objectives: [], achieved: false } }))).toBe('not_achieved');
  });
});

describe('vendorTimelines', () => {
  it('groups the cycles by vendor, vendors by name, cycles by number, with their themes', () => {
    const items = [
      cycle({ id: 'b2', vendorId: 'b', number: 2, status: 'in_progress' }),
      cycle({ id: 'a1', vendorId: 'a', number: 1 }),
      cycle({ id: 'b1', vendorId: 'b', number: 1 }),
    ];
    const rows = vendorTimelines(
      {
        items,
        vendors: [
          { vendorId: 'a', achieved: [], nextFocus: 'phone_tool' },
          { vendorId: 'b', achieved: ['phone_tool'], nextFocus: 'structured_conversation' },
        ],
      },
      (id) => ({ a: 'Tsiry', b: 'Armor' })[id] ?? id,
    );
    expect(rows.map((r) => [r.name, r.cycles.map((c) => c.id), r.current?.id ?? null])).toEqual([
      ['Armor', ['b1', 'b2'], 'b2'],
      ['Tsiry', ['a1'], null],
    ]);
    expect(rows[0]).toMatchObject({ achieved: ['phone_tool'], nextFocus: 'structured_conversation' });
    expect(cycleInProgress(items, 'b')?.id).toBe('b2');
    expect(cycleInProgress(items, 'a')).toBeUndefined();
    expect(cycleInProgress(items, null)).toBeUndefined();
  });
});

describe('dates', () => {
  it('count calendar days, across months and years', () => {
    expect(addDays('2026-10-30', 59)).toBe('2026-12-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('tell an open action past its due date', () => {
    expect(isOverdue({ status: 'open', dueOn: '2026-01-04' }, '2026-01-05')).toBe(true);
    expect(isOverdue({ status: 'open', dueOn: '2026-01-05' }, '2026-01-05')).toBe(false);
    expect(isOverdue({ status: 'done', dueOn: '2026-01-04' }, '2026-01-05')).toBe(false);
  });
});
