import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  directionOf,
  fromObjectives,
  initialValues,
  type ObjectiveRow,
  toFormErrors,
  toObjectives,
  toRequest,
  validateCycle,
  validateObjectives,
} from './cycleForm';

const t = ((key: string) => key) as unknown as TFunction;
const row = (change: Partial<ObjectiveRow>): ObjectiveRow => ({
  key: 'k',
  practiceId: 'hold_unannounced',
  direction: 'at_most',
  targetPercent: 10,
  ...change,
});

describe('initialValues', () => {
  it('starts today for about two months, from the preset, with one empty objective', () => {
    const v = initialValues({ vendorId: 'v1', focusTheme: 'phone_tool', baselineRunId: 'r1' }, '2026-10-30');
    expect(v).toMatchObject({
      vendorId: 'v1',
      focusTheme: 'phone_tool',
      baselineRunId: 'r1',
      reportId: null,
      startsOn: '2026-10-30',
      endsOn: '2026-12-28',
    });
    expect(v.objectives).toHaveLength(1);
    expect(v.objectives[0]?.practiceId).toBeNull();
  });
});

describe('objectives', () => {
  it('send targets as ratios and come back as the percentages typed', () => {
    const sent = toObjectives([
      row({ targetPercent: 12.5 }),
      row({ practiceId: 'greeting', direction: 'at_least', targetPercent: '80' }),
    ]);
    expect(sent).toEqual([
      { practiceId: 'hold_unannounced', direction: 'at_most', target: 0.125 },
      { practiceId: 'greeting', direction: 'at_least', target: 0.8 },
    ]);
    expect(fromObjectives(sent).map((r) => r.targetPercent)).toEqual([12.5, 80]);
    expect(fromObjectives([{ practiceId: 'x', direction: 'at_most', target: 0.05 }])[0]?.targetPercent).toBe(
      5,
    );
  });

  it('take the direction from the practice: at most one to reduce, at least one to generalise', () => {
    expect(directionOf('bad')).toBe('at_most');
    expect(directionOf('good')).toBe('at_least');
    expect(directionOf(null)).toBe('at_most');
  });

  it('need a practice each, once only, and a target between 0 and 100 %', () => {
    expect(validateObjectives(t, [row({})])).toEqual({});
    expect(
      validateObjectives(t, [
        row({}),
        row({ targetPercent: 120 }),
        row({ practiceId: null, targetPercent: '' }),
      ]),
    ).toEqual({
      'objectives.1.practiceId': 'cycles.form.practiceTwice',
      'objectives.1.targetPercent': 'cycles.form.targetRange',
      'objectives.2.practiceId': 'validation.choose',
      'objectives.2.targetPercent': 'cycles.form.targetRange',
    });
    expect(validateObjectives(t, [])).toEqual({ objectives: 'cycles.form.noObjective' });
  });
});

describe('the whole form', () => {
  const values = {
    ...initialValues({ vendorId: 'v1', focusTheme: 'phone_tool', baselineRunId: 'r1' }, '2026-10-30'),
    objectives: [row({})],
  };

  it('sends the cycle, the optional report only when chosen', () => {
    expect(toRequest(values)).toEqual({
      vendorId: 'v1',
      focusTheme: 'phone_tool',
      startsOn: '2026-10-30',
      endsOn: '2026-12-28',
      objectives: [{ practiceId: 'hold_unannounced', direction: 'at_most', target: 0.1 }],
      baselineRunId: 'r1',
    });
    expect(toRequest({ ...values, reportId: 'rep1' }).reportId).toBe('rep1');
  });

  it('asks for a vendor, a theme, a baseline run and dates in order', () => {
    expect(validateCycle(t, values)).toEqual({});
    expect(
      validateCycle(t, {
        ...values,
        vendorId: null,
        focusTheme: null,
        baselineRunId: null,
        endsOn: '2026-10-01',
      }),
    ).toEqual({
      vendorId: 'validation.choose',
      focusTheme: 'validation.choose',
      baselineRunId: 'validation.choose',
      endsOn: 'rules.dates.end_before_start',
    });
  });

  it("places the server's issues, a target beside the percentage typed", () => {
    expect(
      toFormErrors({ 'objectives.0.target': 'too big', 'objectives.1.practiceId': 'unknown', endsOn: 'x' }),
    ).toEqual({
      'objectives.0.targetPercent': 'too big',
      'objectives.1.practiceId': 'unknown',
      endsOn: 'x',
    });
  });
});
