import { describe, expect, it } from 'vitest';
import {
  addMonths,
  matchPreset,
  parsePeriod,
  periodDays,
  presetPeriod,
  referenceDay,
  trendBucket,
} from './period';

describe('dashboard periods', () => {
  it('count back from the last day with data, never later than yesterday', () => {
    expect(referenceDay(null, '2026-11-29')).toBe('2026-11-28');
    expect(referenceDay('2026-11-29', '2026-11-29')).toBe('2026-11-28');
    expect(referenceDay('2026-11-20', '2026-11-29')).toBe('2026-11-20');
  });

  it('resolve each preset', () => {
    const ref = '2026-03-31';
    expect(presetPeriod('lastDay', ref)).toEqual({ from: ref, to: ref });
    expect(presetPeriod('last7', ref)).toEqual({ from: '2026-03-25', to: ref });
    expect(presetPeriod('thisMonth', ref)).toEqual({ from: '2026-03-01', to: ref });
    expect(presetPeriod('lastMonth', ref)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetPeriod('last3Months', ref)).toEqual({ from: '2026-01-01', to: ref });
    expect(presetPeriod('lastMonth', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('keep month ends inside shorter months', () => {
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });

  it('recognise a preset from its dates, else custom', () => {
    expect(matchPreset({ from: '2026-03-25', to: '2026-03-31' }, '2026-03-31')).toBe('last7');
    expect(matchPreset({ from: '2026-03-24', to: '2026-03-31' }, '2026-03-31')).toBe('custom');
  });

  it('read only well-formed, forward periods from the address', () => {
    expect(parsePeriod('2026-03-01', '2026-03-31')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(parsePeriod('2026-03-31', '2026-03-01')).toBeNull();
    expect(parsePeriod('2026-02-30', '2026-03-01')).toBeNull();
    expect(parsePeriod(null, '2026-03-01')).toBeNull();
  });

  it('draw trends per week beyond 62 days', () => {
    expect(periodDays({ from: '2026-01-01', to: '2026-03-03' })).toBe(62);
    expect(trendBucket({ from: '2026-01-01', to: '2026-03-03' })).toBe('day');
    expect(trendBucket({ from: '2026-01-01', to: '2026-03-04' })).toBe('week');
  });
});
