import { describe, expect, it } from 'vitest';
import { GROUP_KEYS, parseGroupKeys, timeBucketLabel } from './group-keys.ts';
import { isoWeekLabel, parseLocalTimestamp } from './local-time.ts';

const bucket = (key: Parameters<typeof timeBucketLabel>[0], at: string) =>
  timeBucketLabel(key, parseLocalTimestamp(at));

describe('time buckets', () => {
  it('cuts 15-minute intervals at :15 exactly', () => {
    expect(bucket('interval15', '2010-08-04T10:14:59')).toBe('2010-08-04T10:00');
    expect(bucket('interval15', '2010-08-04T10:15:00')).toBe('2010-08-04T10:15');
    expect(bucket('interval15', '2010-08-04T23:59:59')).toBe('2010-08-04T23:45');
  });
  it('cuts 30-minute intervals and hours', () => {
    expect(bucket('interval30', '2010-08-04T10:29:59')).toBe('2010-08-04T10:00');
    expect(bucket('interval30', '2010-08-04T10:30:00')).toBe('2010-08-04T10:30');
    expect(bucket('hour', '2010-08-04T09:59:59')).toBe('2010-08-04T09:00');
  });
  it('labels days and months', () => {
    expect(bucket('day', '2010-08-04T00:00:00')).toBe('2010-08-04');
    expect(bucket('month', '2010-08-31T23:59:59')).toBe('2010-08');
    expect(bucket('day', '2010-08-04T10:00')).toBe('2010-08-04');
  });
  it('labels ISO weeks, Monday start, across year boundaries', () => {
    expect(bucket('week', '2010-08-04T10:00:00')).toBe('2010-W31');
    expect(isoWeekLabel(2010, 8, 1)).toBe('2010-W30'); // a Sunday closes week 30
    expect(isoWeekLabel(2010, 8, 2)).toBe('2010-W31'); // Monday opens week 31
    expect(isoWeekLabel(2020, 12, 31)).toBe('2020-W53');
    expect(isoWeekLabel(2021, 1, 3)).toBe('2020-W53');
    expect(isoWeekLabel(2021, 1, 4)).toBe('2021-W01');
    expect(isoWeekLabel(2019, 12, 30)).toBe('2020-W01');
    expect(isoWeekLabel(2008, 12, 29)).toBe('2009-W01');
    expect(isoWeekLabel(2016, 1, 1)).toBe('2015-W53');
  });
  it('rejects malformed or impossible local times', () => {
    expect(() => parseLocalTimestamp('2010-02-30T10:00:00', 'Interaction x')).toThrow(/Interaction x/);
    expect(() => parseLocalTimestamp('2010-08-04 10:00:00')).toThrow(/YYYY-MM-DDTHH:MM:SS/);
    expect(() => parseLocalTimestamp('2010-08-04T24:00:00')).toThrow();
    expect(() => parseLocalTimestamp('2010-08-04T10:00:00Z')).toThrow();
  });
});

describe('parseGroupKeys', () => {
  it('parses a comma list', () => {
    expect(parseGroupKeys('vendor,day')).toEqual(['vendor', 'day']);
    expect(parseGroupKeys(' agent , interval15 ')).toEqual(['agent', 'interval15']);
    expect(parseGroupKeys('')).toEqual([]);
  });
  it('lists every key', () => {
    expect(GROUP_KEYS).toEqual([
      'vendor',
      'site',
      'activity',
      'channel',
      'agent',
      'interval15',
      'interval30',
      'hour',
      'day',
      'week',
      'month',
    ]);
  });
  it('rejects unknown keys, duplicates and two time buckets', () => {
    expect(() => parseGroupKeys('vendor,queue')).toThrow('Unknown group key "queue"');
    expect(() => parseGroupKeys('day,week')).toThrow(
      'At most one time bucket can be used; got "day" and "week"',
    );
    expect(() => parseGroupKeys('vendor,vendor')).toThrow(/twice/);
  });
});
