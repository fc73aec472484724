import { type Activity, type ActivityInput, checkActivity, readScope } from '@vigie/core';
import type { ServerContext } from '../../context.ts';
import {
  deleteActivity,
  findActivity,
  insertActivity,
  updateActivity,
} from '../../db/repositories/activities.ts';
import { AppError, assertRules } from '../../http/app-error.ts';
import { authorize, type RequestActor } from '../actor.ts';
import { auditedWrite } from '../audited-write.ts';

const clash = (name: string) => ({
  duplicate: { field: 'name', message: `An activity named "${name}" already exists in this workspace` },
  inUse: 'This activity is still allocated: delete its allocations first',
});

export async function createActivity(
  ctx: ServerContext,
  actor: RequestActor,
  input: ActivityInput,
): Promise<Activity> {
  authorize(actor, 'create', 'activity');
  assertRules(checkActivity(input));
  return auditedWrite(ctx, actor, clash(input.name), async (trx) => {
    const activity = await insertActivity(trx, actor.workspaceId, input, ctx.newId(), ctx.now());
    return {
      result: activity,
      audit: { action: 'create', entity: 'activity', entityId: activity.id, before: null, after: activity },
    };
  });
}

export async function editActivity(
  ctx: ServerContext,
  actor: RequestActor,
  id: string,
  input: ActivityInput,
): Promise<Activity> {
  authorize(actor, 'update', 'activity');
  assertRules(checkActivity(input));
  return auditedWrite(ctx, actor, clash(input.name), async (trx) => {
    const before = await findActivity(trx, readScope(actor), id);
    if (!before) throw AppError.notFound('Activity');
    const after = await updateActivity(trx, before, input, ctx.now());
    return { result: after, audit: { action: 'update', entity: 'activity', entityId: id, before, after } };
  });
}

export async function removeActivity(ctx: ServerContext, actor: RequestActor, id: string): Promise<void> {
  authorize(actor, 'delete', 'activity');
  await auditedWrite(ctx, actor, clash(''), async (trx) => {
    const before = await findActivity(trx, readScope(actor), id);
    if (!before) throw AppError.notFound('Activity');
    await deleteActivity(trx, before);
    return {
      result: undefined,
      audit: { action: 'delete', entity: 'activity', entityId: id, before, after: null },
    };
  });
}
