import { describe, expect, it } from 'vitest';
import { DURATION_BUCKETS, durationBucket, hourBucket } from './comparison-buckets.ts';

describe('durationBucket', () => {
  it('puts each bound in the bucket that starts there', () => {
    expect(durationBucket(0)).toBe('<2 min');
    expect(durationBucket(119.9)).toBe('<2 min');
    expect(durationBucket(120)).toBe('2-4 min');
    expect(durationBucket(239)).toBe('2-4 min');
    expect(durationBucket(240)).toBe('4-6 min');
    expect(durationBucket(360)).toBe('6-8 min');
    expect(durationBucket(479)).toBe('6-8 min');
    expect(durationBucket(480)).toBe('8-12 min');
    expect(durationBucket(719)).toBe('8-12 min');
    expect(durationBucket(720)).toBe('>=12 min');
    expect(durationBucket(86400)).toBe('>=12 min');
  });
  it('lists the buckets in order and sends impossible durations to unknown', () => {
    expect(DURATION_BUCKETS).toEqual(['<2 min', '2-4 min', '4-6 min', '6-8 min', '8-12 min', '>=12 min']);
    expect(durationBucket(-1)).toBe('unknown');
    expect(durationBucket(Number.NaN)).toBe('unknown');
    expect(durationBucket(Number.POSITIVE_INFINITY)).toBe('unknown');
  });
});

describe('hourBucket', () => {
  it('reads the two-digit hour of a local ISO date-time', () => {
    expect(hourBucket('2024-03-05T08:42:10')).toBe('08h');
    expect(hourBucket('2024-03-05T00:00')).toBe('00h');
    expect(hourBucket('2024-12-31T23:59:59.999')).toBe('23h');
    expect(hourBucket('2024-03-05 17:05:00')).toBe('17h');
    // an offset does not move the hour: it is the local hour as written
    expect(hourBucket('2024-03-05T08:42:10+02:00')).toBe('08h');
  });
  it('gives unknown when absent or invalid', () => {
    expect(hourBucket(undefined)).toBe('unknown');
    expect(hourBucket(null)).toBe('unknown');
    expect(hourBucket('')).toBe('unknown');
    expect(hourBucket('2024-03-05')).toBe('unknown');
    expect(hourBucket('2024-03-05T24:00')).toBe('unknown');
    expect(hourBucket('2024-13-05T08:00')).toBe('unknown');
    expect(hourBucket('05/03/2024 08:00')).toBe('unknown');
    expect(hourBucket('2024-03-05T8:00')).toBe('unknown');
  });
});
