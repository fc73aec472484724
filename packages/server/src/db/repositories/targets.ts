import type { ReadScope, Target, TargetInput } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { Database, KpiTargetTable } from '../schema.ts';

function toTarget(row: KpiTargetTable): Target {
  return { ...row, kpi: row.kpi as Target['kpi'], target: Number(row.target) };
}

/** Targets in the scope: all of the workspace, or those of the vendor user's own vendor. */
function scoped(db: Kysely<Database>, scope: ReadScope) {
  let q = db.selectFrom('kpiTarget').selectAll().where('workspaceId', '=', scope.workspaceId);
  if (scope.vendorId !== null) q = q.where('vendorId', '=', scope.vendorId);
  return q;
}

export async function listTargets(
  db: Kysely<Database>,
  scope: ReadScope,
  query: { vendorId?: string | undefined },
): Promise<Target[]> {
  let q = scoped(db, scope);
  if (query.vendorId !== undefined) q = q.where('vendorId', '=', query.vendorId);
  const rows = await q.orderBy('vendorId').orderBy('kpi').orderBy('validFrom').orderBy('id').execute();
  return rows.map(toTarget);
}

export async function findTarget(
  db: Kysely<Database>,
  scope: ReadScope,
  id: string,
): Promise<Target | undefined> {
  const row = await scoped(db, scope).where('id', '=', id).executeTakeFirst();
  return row && toTarget(row);
}

export async function insertTarget(
  db: Kysely<Database>,
  workspaceId: string,
  input: TargetInput,
  id: string,
  now: string,
): Promise<Target> {
  const row: KpiTargetTable = { id, workspaceId, ...input, createdAt: now, updatedAt: now };
  await db.insertInto('kpiTarget').values(row).execute();
  return toTarget(row);
}

export async function updateTarget(
  db: Kysely<Database>,
  before: Target,
  input: TargetInput,
  now: string,
): Promise<Target> {
  await db
    .updateTable('kpiTarget')
    .set({ ...input, updatedAt: now })
    .where('id', '=', before.id)
    .execute();
  return { ...before, ...input, updatedAt: now };
}

export async function deleteTarget(db: Kysely<Database>, target: Target): Promise<void> {
  await db.deleteFrom('kpiTarget').where('id', '=', target.id).execute();
}
