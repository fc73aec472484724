import {
  type Allocation,
  type AllocationInput,
  checkAllocation,
  checkAllocationAgainst,
  type RuleIssue,
  readScope,
} from '@vigie/core';
import type { Kysely } from 'kysely';
import type { ServerContext } from '../../context.ts';
import { findActivity } from '../../db/repositories/activities.ts';
import {
  deleteAllocation,
  findAllocation,
  insertAllocation,
  otherPeriods,
  updateAllocation,
} from '../../db/repositories/allocations.ts';
import { siteVendorMap } from '../../db/repositories/sites.ts';
import { listVendors } from '../../db/repositories/vendors.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, assertRules } from '../../http/app-error.ts';
import { authorize, type RequestActor } from '../actor.ts';
import { auditedWrite } from '../audited-write.ts';

/** Core's rules, plus the references that only the database can check. */
async function checkAll(
  trx: Kysely<Database>,
  actor: RequestActor,
  input: AllocationInput,
  exceptId: string | null,
) {
  const scope = readScope(actor);
  const issues: RuleIssue[] = [...checkAllocation(input)];
  if (!(await findActivity(trx, scope, input.activityId))) {
    issues.push({
      path: ['activityId'],
      code: 'allocation.unknown_activity',
      message: 'No such activity in this workspace',
    });
  }
  const vendorIds = new Set((await listVendors(trx, scope, { order: 'asc' })).map((v) => v.id));
  input.lines.forEach((l, i) => {
    if (!vendorIds.has(l.vendorId)) {
      issues.push({
        path: ['lines', i, 'vendorId'],
        code: 'allocation.unknown_vendor',
        message: 'No such vendor in this workspace',
      });
    }
  });
  const ctx = {
    siteVendor: await siteVendorMap(trx, actor.workspaceId),
    otherPeriods: await otherPeriods(trx, actor.workspaceId, input.activityId, exceptId),
  };
  issues.push(...checkAllocationAgainst(input, ctx));
  assertRules(issues);
}

export async function createAllocation(
  ctx: ServerContext,
  actor: RequestActor,
  input: AllocationInput,
): Promise<Allocation> {
  authorize(actor, 'create', 'allocation');
  return auditedWrite(ctx, actor, {}, async (trx) => {
    await checkAll(trx, actor, input, null);
    const created = await insertAllocation(trx, actor.workspaceId, input, ctx.newId(), ctx.now());
    return {
      result: created,
      audit: { action: 'create', entity: 'allocation', entityId: created.id, before: null, after: created },
    };
  });
}

export async function editAllocation(
  ctx: ServerContext,
  actor: RequestActor,
  id: string,
  input: AllocationInput,
): Promise<Allocation> {
  authorize(actor, 'update', 'allocation');
  return auditedWrite(ctx, actor, {}, async (trx) => {
    const before = await findAllocation(trx, readScope(actor), id);
    if (!before) throw AppError.notFound('Allocation');
    await checkAll(trx, actor, input, id);
    const after = await updateAllocation(trx, before, input, ctx.now());
    return { result: after, audit: { action: 'update', entity: 'allocation', entityId: id, before, after } };
  });
}

export async function removeAllocation(ctx: ServerContext, actor: RequestActor, id: string): Promise<void> {
  authorize(actor, 'delete', 'allocation');
  await auditedWrite(ctx, actor, {}, async (trx) => {
    const before = await findAllocation(trx, readScope(actor), id);
    if (!before) throw AppError.notFound('Allocation');
    await deleteAllocation(trx, before);
    return {
      result: undefined,
      audit: { action: 'delete', entity: 'allocation', entityId: id, before, after: null },
    };
  });
}
