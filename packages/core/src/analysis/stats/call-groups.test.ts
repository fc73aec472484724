import { describe, expect, it } from 'vitest';
import { type CallGroup, callGroupId, callGroups, compareCallGroups, periodOf } from './call-groups.ts';

describe('periodOf', () => {
  it('is the month of an ISO local date-time or date', () => {
    expect(periodOf('2024-03-05T09:12')).toBe('2024-03');
    expect(periodOf('2024-12-31T23:59:59')).toBe('2024-12');
    expect(periodOf('2024-03-05')).toBe('2024-03');
    expect(periodOf('2024-03')).toBe('2024-03');
  });
  it('is null (the unknown period) when missing or unreadable', () => {
    expect(periodOf(undefined)).toBeNull();
    expect(periodOf('')).toBeNull();
    expect(periodOf('05/03/2024')).toBeNull();
    expect(periodOf('2024-13-01')).toBeNull();
    expect(periodOf('2024-031')).toBeNull();
  });
});

describe('callGroups', () => {
  it('puts a call in one group per dimension', () => {
    expect(callGroups({ vendor: 'acme', site: 'lyon', agent: 'a1', startedAt: '2024-03-05T10:00' })).toEqual([
      { dimension: 'all', key: 'all' },
      { dimension: 'vendor', key: 'acme' },
      { dimension: 'site', key: 'lyon' },
      { dimension: 'agent', key: 'a1' },
      { dimension: 'period', key: '2024-03' },
    ]);
  });
  it('puts a call without links in the unknown group of each dimension', () => {
    expect(callGroups({}).map((g) => g.key)).toEqual(['all', null, null, null, null]);
  });
  it('keeps a vendor named "unknown" apart from calls without a vendor', () => {
    expect(callGroupId({ dimension: 'vendor', key: 'unknown' })).not.toBe(
      callGroupId({ dimension: 'vendor', key: null }),
    );
    expect(callGroupId({ dimension: 'vendor', key: '' })).not.toBe(
      callGroupId({ dimension: 'vendor', key: null }),
    );
  });
});

describe('compareCallGroups', () => {
  it('orders by dimension, then key, unknown last', () => {
    const groups: CallGroup[] = [
      { dimension: 'period', key: '2024-01' },
      { dimension: 'vendor', key: null },
      { dimension: 'vendor', key: 'b' },
      { dimension: 'all', key: 'all' },
      { dimension: 'vendor', key: 'a' },
    ];
    expect(groups.sort(compareCallGroups).map(callGroupId)).toEqual([
      'all=all',
      'vendor=a',
      'vendor=b',
      'vendor?',
      'period=2024-01',
    ]);
  });
});
