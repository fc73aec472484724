import {
  type Allocation,
  type AllocationInput,
  BASIS_POINTS_PER_PERCENT,
  percentToBasisPoints,
  type ReadScope,
} from '@vigie/core';
import type { Kysely } from 'kysely';
import type { AllocationTable, Database } from '../schema.ts';

export interface AllocationListQuery {
  activityId?: string | undefined;
  vendorId?: string | undefined;
}

/**
 * Allocations visible in the scope. A vendor user sees the periods where its vendor has a
 * share, and only its own lines: the other vendors' shares are not its business.
 */
async function load(
  db: Kysely<Database>,
  scope: ReadScope,
  filter: AllocationListQuery & { id?: string },
): Promise<Allocation[]> {
  let q = db
    .selectFrom('allocation')
    .selectAll('allocation')
    .where('allocation.workspaceId', '=', scope.workspaceId);
  if (filter.id) q = q.where('allocation.id', '=', filter.id);
  if (filter.activityId) q = q.where('allocation.activityId', '=', filter.activityId);
  for (const vendorId of [scope.vendorId, filter.vendorId]) {
    if (!vendorId) continue;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('allocationLine')
          .select('allocationLine.allocationId')
          .whereRef('allocationLine.allocationId', '=', 'allocation.id')
          .where('allocationLine.vendorId', '=', vendorId),
      ),
    );
  }
  const periods = await q.orderBy('allocation.activityId').orderBy('allocation.validFrom').execute();
  if (periods.length === 0) return [];
  let lq = db
    .selectFrom('allocationLine')
    .selectAll()
    .where(
      'allocationId',
      'in',
      periods.map((p) => p.id),
    );
  if (scope.vendorId !== null) lq = lq.where('vendorId', '=', scope.vendorId);
  const lines = await lq.orderBy('allocationId').orderBy('position').execute();
  const byPeriod = new Map<string, Allocation['lines']>();
  for (const l of lines) {
    const list = byPeriod.get(l.allocationId) ?? [];
    list.push({ vendorId: l.vendorId, siteId: l.siteId, sharePercent: l.shareBp / BASIS_POINTS_PER_PERCENT });
    byPeriod.set(l.allocationId, list);
  }
  return periods.map((p) => toAllocation(p, byPeriod.get(p.id) ?? []));
}

function toAllocation(row: AllocationTable, lines: Allocation['lines']): Allocation {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    activityId: row.activityId,
    validFrom: row.validFrom,
    validTo: row.validTo,
    lines,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function listAllocations(
  db: Kysely<Database>,
  scope: ReadScope,
  query: AllocationListQuery,
): Promise<Allocation[]> {
  return load(db, scope, query);
}

export async function findAllocation(
  db: Kysely<Database>,
  scope: ReadScope,
  id: string,
): Promise<Allocation | undefined> {
  const [found] = await load(db, scope, { id });
  return found;
}

/** The other periods of an activity, for the overlap rule. */
export async function otherPeriods(
  db: Kysely<Database>,
  workspaceId: string,
  activityId: string,
  exceptId: string | null,
) {
  let q = db
    .selectFrom('allocation')
    .select(['id', 'validFrom', 'validTo'])
    .where('workspaceId', '=', workspaceId)
    .where('activityId', '=', activityId);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return q.execute();
}

async function insertLines(
  db: Kysely<Database>,
  allocationId: string,
  input: AllocationInput,
): Promise<void> {
  await db
    .insertInto('allocationLine')
    .values(
      input.lines.map((l, position) => ({
        allocationId,
        position,
        vendorId: l.vendorId,
        siteId: l.siteId,
        shareBp: percentToBasisPoints(l.sharePercent),
      })),
    )
    .execute();
}

export async function insertAllocation(
  db: Kysely<Database>,
  workspaceId: string,
  input: AllocationInput,
  id: string,
  now: string,
): Promise<Allocation> {
  const row: AllocationTable = {
    id,
    workspaceId,
    activityId: input.activityId,
    validFrom: input.validFrom,
    validTo: input.validTo,
    createdAt: now,
    updatedAt: now,
  };
  await db.insertInto('allocation').values(row).execute();
  await insertLines(db, id, input);
  return toAllocation(row, input.lines);
}

export async function updateAllocation(
  db: Kysely<Database>,
  before: Allocation,
  input: AllocationInput,
  now: string,
): Promise<Allocation> {
  await db
    .updateTable('allocation')
    .set({ activityId: input.activityId, validFrom: input.validFrom, validTo: input.validTo, updatedAt: now })
    .where('id', '=', before.id)
    .where('workspaceId', '=', before.workspaceId)
    .execute();
  await db.deleteFrom('allocationLine').where('allocationId', '=', before.id).execute();
  await insertLines(db, before.id, input);
  return { ...before, ...input, updatedAt: now };
}

export async function deleteAllocation(db: Kysely<Database>, allocation: Allocation): Promise<void> {
  await db
    .deleteFrom('allocation')
    .where('id', '=', allocation.id)
    .where('workspaceId', '=', allocation.workspaceId)
    .execute();
}
