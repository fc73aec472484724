import { describe, expect, it } from 'vitest';
import {
  type AllocationInput,
  allocationInputSchema,
  checkAllocation,
  checkAllocationAgainst,
} from './allocation.ts';

const input = (
  lines: AllocationInput['lines'],
  validFrom = '2026-01-01',
  validTo: string | null = null,
): AllocationInput => ({
  activityId: 'phone',
  validFrom,
  validTo,
  lines,
});

describe('checkAllocation', () => {
  it('accepts shares that sum to exactly 100 %, including thirds written to the cent', () => {
    expect(checkAllocation(input([{ vendorId: 'a', siteId: null, sharePercent: 100 }]))).toEqual([]);
    const thirds = [33.33, 33.33, 33.34].map((p, i) => ({
      vendorId: `v${i}`,
      siteId: null,
      sharePercent: p,
    }));
    expect(checkAllocation(input(thirds))).toEqual([]);
    // 0.1 + 0.2 is not 0.3 in floating point; summing in basis points keeps it exact
    const tenths = [0.1, 0.2, 99.7].map((p, i) => ({ vendorId: `v${i}`, siteId: null, sharePercent: p }));
    expect(checkAllocation(input(tenths))).toEqual([]);
  });

  it('reports a sum other than 100 % on the lines, with the total', () => {
    const issues = checkAllocation(
      input([
        { vendorId: 'a', siteId: null, sharePercent: 60 },
        { vendorId: 'b', siteId: null, sharePercent: 30 },
      ]),
    );
    expect(issues).toEqual([
      expect.objectContaining({ path: ['lines'], code: 'allocation.shares_sum', params: { total: 90 } }),
    ]);
    expect(issues[0]?.message).toContain('90 %');
  });

  it('reports dates out of order and a vendor/site pair listed twice', () => {
    const issues = checkAllocation(
      input(
        [
          { vendorId: 'a', siteId: 's1', sharePercent: 50 },
          { vendorId: 'a', siteId: 's1', sharePercent: 50 },
        ],
        '2026-06-01',
        '2026-05-31',
      ),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['dates.end_before_start', ['validTo']],
      ['allocation.duplicate_line', ['lines', 1, 'vendorId']],
    ]);
  });

  it('lets the same vendor appear on two different sites', () => {
    const issues = checkAllocation(
      input([
        { vendorId: 'a', siteId: 's1', sharePercent: 50 },
        { vendorId: 'a', siteId: 's2', sharePercent: 50 },
      ]),
    );
    expect(issues).toEqual([]);
  });
});

describe('checkAllocationAgainst', () => {
  const siteVendor = new Map([
    ['s1', 'a'],
    ['s2', 'b'],
  ]);

  it('reports a site that belongs to another vendor', () => {
    const issues = checkAllocationAgainst(input([{ vendorId: 'a', siteId: 's2', sharePercent: 100 }]), {
      siteVendor,
      otherPeriods: [],
    });
    expect(issues).toEqual([
      expect.objectContaining({ path: ['lines', 0, 'siteId'], code: 'allocation.site_not_of_vendor' }),
    ]);
  });

  it('reports an overlap with another period, open-ended ones included, and accepts adjacent periods', () => {
    const lines = [{ vendorId: 'a', siteId: 's1', sharePercent: 100 }];
    const closed = { id: 'p1', validFrom: '2025-01-01', validTo: '2025-12-31' };
    const open = { id: 'p2', validFrom: '2027-01-01', validTo: null };
    expect(
      checkAllocationAgainst(input(lines, '2026-01-01', '2026-12-31'), {
        siteVendor,
        otherPeriods: [closed, open],
      }),
    ).toEqual([]);
    const clash = checkAllocationAgainst(input(lines, '2025-12-31', '2026-03-01'), {
      siteVendor,
      otherPeriods: [closed],
    });
    expect(clash.map((i) => i.code)).toEqual(['allocation.period_overlap']);
    const openClash = checkAllocationAgainst(input(lines, '2026-06-01', null), {
      siteVendor,
      otherPeriods: [open],
    });
    expect(openClash.map((i) => i.code)).toEqual(['allocation.period_overlap']);
  });
});

describe('allocationInputSchema', () => {
  it('names the offending fields of a malformed allocation', () => {
    const r = allocationInputSchema.safeParse({
      activityId: '',
      validFrom: '2026-02-30',
      lines: [{ vendorId: 'a', sharePercent: 10.001 }],
    });
    expect(r.success).toBe(false);
    const paths = r.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['activityId', 'validFrom', 'lines.0.sharePercent']));
  });

  it('refuses zero and negative shares and an empty split', () => {
    expect(
      allocationInputSchema.safeParse({ activityId: 'x', validFrom: '2026-01-01', lines: [] }).success,
    ).toBe(false);
    expect(
      allocationInputSchema.safeParse({
        activityId: 'x',
        validFrom: '2026-01-01',
        lines: [{ vendorId: 'a', sharePercent: 0 }],
      }).success,
    ).toBe(false);
  });
});
