import { describe, expect, it } from 'vitest';
import { isIsoDate, rangesOverlap } from './dates.ts';

describe('dates', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(isIsoDate('01/02/2026')).toBe(false);
  });

  it('treats both ends as inclusive and null as open-ended', () => {
    expect(
      rangesOverlap(
        { validFrom: '2026-01-01', validTo: '2026-01-31' },
        { validFrom: '2026-01-31', validTo: null },
      ),
    ).toBe(true);
    expect(
      rangesOverlap(
        { validFrom: '2026-01-01', validTo: '2026-01-30' },
        { validFrom: '2026-01-31', validTo: null },
      ),
    ).toBe(false);
    expect(
      rangesOverlap({ validFrom: '2026-01-01', validTo: null }, { validFrom: '2020-01-01', validTo: null }),
    ).toBe(true);
  });
});
