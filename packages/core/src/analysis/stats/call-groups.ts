import type { CallLinks } from '../transcript.ts';

/**
 * The groups a call counts in: all calls, its vendor, site, agent, and its period (the month of
 * `links.startedAt`). Order matters: results list groups in this order.
 */
export const CALL_GROUP_DIMENSIONS = ['all', 'vendor', 'site', 'agent', 'period'] as const;
export type CallGroupDimension = (typeof CALL_GROUP_DIMENSIONS)[number];

/** Key of the group of all calls. */
export const ALL_CALLS_KEY = 'all';

/**
 * One group. `key` null is the *unknown* group of its dimension: calls whose links do not name a
 * vendor (site, agent), or carry no readable `startedAt` for the period. They are kept, not
 * dropped, so every dimension adds up to all calls and a report can say how many are unplaced.
 */
export interface CallGroup {
  readonly dimension: CallGroupDimension;
  readonly key: string | null;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])(?:-|$)/;

/** 'YYYY-MM' of an ISO local date-time (or date), or null when it does not start with one. */
export function periodOf(startedAt: string | undefined): string | null {
  const match = startedAt === undefined ? null : MONTH.exec(startedAt);
  return match ? `${match[1]}-${match[2]}` : null;
}

/** The five groups of a call, one per dimension. */
export function callGroups(links: CallLinks): CallGroup[] {
  return [
    { dimension: 'all', key: ALL_CALLS_KEY },
    { dimension: 'vendor', key: links.vendor ?? null },
    { dimension: 'site', key: links.site ?? null },
    { dimension: 'agent', key: links.agent ?? null },
    { dimension: 'period', key: periodOf(links.startedAt) },
  ];
}

/**
 * A map key for a group. The unknown group gets a marker no real key can produce ('?' vs '='),
 * so a vendor literally named "unknown" stays apart from calls without a vendor.
 */
export function callGroupId(group: CallGroup): string {
  return group.key === null ? `${group.dimension}?` : `${group.dimension}=${group.key}`;
}

/** Report order: by dimension, then key (code-point order, locale-free so it is reproducible), unknown last. */
export function compareCallGroups(a: CallGroup, b: CallGroup): number {
  const byDimension = CALL_GROUP_DIMENSIONS.indexOf(a.dimension) - CALL_GROUP_DIMENSIONS.indexOf(b.dimension);
  if (byDimension !== 0) return byDimension;
  if (a.key === b.key) return 0;
  if (a.key === null) return 1;
  if (b.key === null) return -1;
  return a.key < b.key ? -1 : 1;
}
