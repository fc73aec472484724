import { z } from 'zod';
import { isoDate, rangesOverlap } from '../shared/dates.ts';
import { issue, type RuleIssue } from '../shared/rule-issue.ts';

/** Shares are entered in percent with at most two decimals and summed in basis points, exactly. */
export const BASIS_POINTS_PER_PERCENT = 100;
export const FULL_SHARE_BP = 100 * BASIS_POINTS_PER_PERCENT;

export function percentToBasisPoints(percent: number): number {
  return Math.round(percent * BASIS_POINTS_PER_PERCENT);
}

export const allocationLineSchema = z.object({
  vendorId: z.string().min(1, 'Required'),
  siteId: z.string().min(1).nullable().default(null),
  sharePercent: z
    .number()
    .gt(0, 'A share must be above 0 %')
    .max(100, 'A share cannot exceed 100 %')
    .refine((p) => Math.abs(p * 100 - Math.round(p * 100)) < 1e-9, { message: 'At most two decimals' }),
});
export type AllocationLine = z.infer<typeof allocationLineSchema>;

/**
 * How one activity is split between vendors (and optionally their sites) over a period.
 * validTo is inclusive; null means until further notice.
 */
export const allocationInputSchema = z.object({
  activityId: z.string().min(1, 'Required'),
  validFrom: isoDate,
  validTo: isoDate.nullable().default(null),
  lines: z.array(allocationLineSchema).min(1, 'At least one vendor'),
});
export type AllocationInput = z.infer<typeof allocationInputSchema>;

export const allocationSchema = allocationInputSchema.extend({
  id: z.string(),
  workspaceId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Allocation = z.infer<typeof allocationSchema>;

/** Rules that need nothing but the allocation itself. */
export function checkAllocation(input: AllocationInput): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (input.validTo !== null && input.validTo < input.validFrom) {
    issues.push(
      issue(['validTo'], 'dates.end_before_start', 'The end date comes before the start date', {
        validFrom: input.validFrom,
        validTo: input.validTo,
      }),
    );
  }
  const totalBp = input.lines.reduce((sum, l) => sum + percentToBasisPoints(l.sharePercent), 0);
  if (totalBp !== FULL_SHARE_BP) {
    const total = totalBp / BASIS_POINTS_PER_PERCENT;
    issues.push(
      issue(
        ['lines'],
        'allocation.shares_sum',
        `The shares add up to ${total} %, they must add up to 100 %`,
        {
          total,
        },
      ),
    );
  }
  const seen = new Set<string>();
  input.lines.forEach((line, i) => {
    const key = `${line.vendorId}/${line.siteId ?? '*'}`;
    if (seen.has(key)) {
      issues.push(
        issue(['lines', i, 'vendorId'], 'allocation.duplicate_line', 'This vendor and site appear twice'),
      );
    }
    seen.add(key);
  });
  return issues;
}

export interface AllocationContext {
  /** vendor id of each site of the workspace */
  readonly siteVendor: ReadonlyMap<string, string>;
  /** the other periods of the same activity */
  readonly otherPeriods: readonly { id: string; validFrom: string; validTo: string | null }[];
}

/** Rules that need the workspace's sites and the activity's other periods. */
export function checkAllocationAgainst(input: AllocationInput, ctx: AllocationContext): RuleIssue[] {
  const issues: RuleIssue[] = [];
  input.lines.forEach((line, i) => {
    if (line.siteId !== null && ctx.siteVendor.get(line.siteId) !== line.vendorId) {
      issues.push(
        issue(
          ['lines', i, 'siteId'],
          'allocation.site_not_of_vendor',
          'This site does not belong to this vendor',
        ),
      );
    }
  });
  const clash = ctx.otherPeriods.find((p) => rangesOverlap(p, input));
  if (clash) {
    issues.push(
      issue(
        ['validFrom'],
        'allocation.period_overlap',
        'Another allocation of this activity covers part of this period',
        {
          validFrom: clash.validFrom,
          validTo: clash.validTo ?? '…',
        },
      ),
    );
  }
  return issues;
}
