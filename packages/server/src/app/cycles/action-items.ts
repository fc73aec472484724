import type { ReadScope } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ServerContext } from '../../context.ts';
import type { ActionItemTable, Database } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { authorize, type RequestActor } from '../actor.ts';
import { auditedWrite } from '../audited-write.ts';
import { findCycle } from './coaching-cycles.ts';
import type { actionSchema, actionUpdateSchema } from './cycle-schema.ts';

export type ActionItem = Omit<ActionItemTable, 'cycleId' | 'workspaceId' | 'vendorId'>;

/** A cycle's action plan, by due date (the cycle itself is scoped before this is called). */
export async function listActions(db: Kysely<Database>, cycleId: string): Promise<ActionItem[]> {
  return db
    .selectFrom('actionItem')
    .select([
      'id',
      'text',
      'owner',
      'dueOn',
      'status',
      'comment',
      'createdBy',
      'createdAt',
      'updatedBy',
      'updatedAt',
    ])
    .where('cycleId', '=', cycleId)
    .orderBy('dueOn')
    .orderBy('id')
    .execute();
}

/**
 * The vendor's action plan is the vendor's: its users (of that vendor only) and the client's
 * analysts add and update actions while the cycle is in progress.
 */
async function openCycle(ctx: ServerContext, actor: RequestActor, scope: ReadScope, cycleId: string) {
  authorize(actor, 'update', 'cycle');
  const cycle = await findCycle(ctx.conn.db, scope, cycleId);
  if (!cycle) throw AppError.notFound('Coaching cycle');
  if (cycle.status === 'closed')
    throw new AppError('conflict', 'The cycle is closed: its action plan is the record');
  return cycle;
}

export async function addAction(
  ctx: ServerContext,
  actor: RequestActor,
  scope: ReadScope,
  cycleId: string,
  input: z.output<typeof actionSchema>,
): Promise<ActionItem> {
  const cycle = await openCycle(ctx, actor, scope, cycleId);
  const now = ctx.now();
  const row: ActionItemTable = {
    id: ctx.newId(),
    cycleId,
    workspaceId: actor.workspaceId,
    vendorId: cycle.vendorId,
    ...input,
    status: 'open',
    comment: '',
    createdBy: actor.email,
    createdAt: now,
    updatedBy: actor.email,
    updatedAt: now,
  };
  return auditedWrite(ctx, actor, {}, async (trx) => {
    await trx.insertInto('actionItem').values(row).execute();
    const { cycleId: _c, workspaceId: _w, vendorId: _v, ...item } = row;
    return {
      result: item,
      audit: { action: 'create', entity: 'action_item', entityId: row.id, before: null, after: row },
    };
  });
}

export async function updateAction(
  ctx: ServerContext,
  actor: RequestActor,
  scope: ReadScope,
  cycleId: string,
  actionId: string,
  input: z.output<typeof actionUpdateSchema>,
): Promise<ActionItem> {
  await openCycle(ctx, actor, scope, cycleId);
  const before = (await listActions(ctx.conn.db, cycleId)).find((a) => a.id === actionId);
  if (!before) throw AppError.notFound('Action');
  const after: ActionItem = { ...before, ...input, updatedBy: actor.email, updatedAt: ctx.now() };
  return auditedWrite(ctx, actor, {}, async (trx) => {
    const { id: _, createdBy: _b, createdAt: _a, ...set } = after;
    await trx
      .updateTable('actionItem')
      .set(set)
      .where('id', '=', actionId)
      .where('cycleId', '=', cycleId)
      .execute();
    return {
      result: after,
      audit: { action: 'update', entity: 'action_item', entityId: actionId, before, after },
    };
  });
}
