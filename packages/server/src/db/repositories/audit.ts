import type { AuditEvent } from '@vigie/core';
import type { Kysely, Selectable } from 'kysely';
import type { AuditEventTable, Database } from '../schema.ts';

export interface AuditWrite {
  workspaceId: string;
  actorUserId: string | null;
  actorEmail: string | null;
  action: AuditEvent['action'];
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Called inside the transaction of the write it records, so both land or neither does. */
export async function recordAudit(
  db: Kysely<Database>,
  e: AuditWrite,
  id: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('auditEvent')
    .values({
      id,
      workspaceId: e.workspaceId,
      actorUserId: e.actorUserId,
      actorEmail: e.actorEmail,
      at,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      beforeJson: e.before === null || e.before === undefined ? null : JSON.stringify(e.before),
      afterJson: e.after === null || e.after === undefined ? null : JSON.stringify(e.after),
    })
    .execute();
}

export interface AuditQuery {
  entity?: string | undefined;
  action?: AuditEvent['action'] | undefined;
  actorUserId?: string | undefined;
  entityId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** a cursor: the seq of the last event of the previous page */
  before?: number | undefined;
  limit: number;
}

function toEvent(row: Selectable<AuditEventTable>): AuditEvent {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    actorUserId: row.actorUserId,
    actorEmail: row.actorEmail,
    at: row.at,
    action: row.action as AuditEvent['action'],
    entity: row.entity,
    entityId: row.entityId,
    before: row.beforeJson === null ? null : (JSON.parse(row.beforeJson) as unknown),
    after: row.afterJson === null ? null : (JSON.parse(row.afterJson) as unknown),
  };
}

/** Newest first, one page; `nextBefore` continues the list. */
export async function listAudit(db: Kysely<Database>, workspaceId: string, query: AuditQuery) {
  let q = db.selectFrom('auditEvent').selectAll().where('workspaceId', '=', workspaceId);
  if (query.entity) q = q.where('entity', '=', query.entity);
  if (query.action) q = q.where('action', '=', query.action);
  if (query.actorUserId) q = q.where('actorUserId', '=', query.actorUserId);
  if (query.entityId) q = q.where('entityId', '=', query.entityId);
  if (query.from) q = q.where('at', '>=', query.from);
  // `to` is a day, inclusive: everything before the next midnight
  if (query.to) q = q.where('at', '<', `${query.to}T99`);
  if (query.before !== undefined) q = q.where('seq', '<', query.before);
  const rows = await q
    .orderBy('seq', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toEvent),
    nextBefore: rows.length > query.limit && last ? String(last.seq) : null,
  };
}
