import { type ReadScope, type Resource, readScope } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { ServerContext } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { authorize, type RequestActor } from '../actor.ts';
import { auditedWrite, type ClashMessages } from '../audited-write.ts';

/** What differs between the workspace entities that are created, replaced and deleted whole. */
export interface EntitySpec<Entity extends { id: string }, Input> {
  resource: Resource;
  /** e.g. "Vendor", for "Vendor not found" */
  label: string;
  clash(input: Input | null): ClashMessages;
  find(db: Kysely<Database>, scope: ReadScope, id: string): Promise<Entity | undefined>;
  insert(db: Kysely<Database>, workspaceId: string, input: Input, id: string, now: string): Promise<Entity>;
  update(db: Kysely<Database>, before: Entity, input: Input, now: string): Promise<Entity>;
  delete(db: Kysely<Database>, entity: Entity): Promise<void>;
  /** business rules and references, checked inside the transaction; throws to refuse */
  check?(db: Kysely<Database>, actor: RequestActor, input: Input, exceptId: string | null): Promise<void>;
  /** what must not remain for a delete to go ahead; throws to refuse */
  checkDelete?(db: Kysely<Database>, entity: Entity): Promise<void>;
}

/**
 * Create, replace and delete for one entity: the policy first, then in one transaction the
 * checks, the write and its audit event (before and after).
 */
export function entityCommands<Entity extends { id: string }, Input>(spec: EntitySpec<Entity, Input>) {
  const entity = spec.resource;
  async function existing(trx: Kysely<Database>, actor: RequestActor, id: string): Promise<Entity> {
    const found = await spec.find(trx, readScope(actor), id);
    if (!found) throw AppError.notFound(spec.label);
    return found;
  }

  return {
    async create(ctx: ServerContext, actor: RequestActor, input: Input): Promise<Entity> {
      authorize(actor, 'create', entity);
      return auditedWrite(ctx, actor, spec.clash(input), async (trx) => {
        await spec.check?.(trx, actor, input, null);
        const after = await spec.insert(trx, actor.workspaceId, input, ctx.newId(), ctx.now());
        return {
          result: after,
          audit: { action: 'create', entity, entityId: after.id, before: null, after },
        };
      });
    },

    async update(ctx: ServerContext, actor: RequestActor, id: string, input: Input): Promise<Entity> {
      authorize(actor, 'update', entity);
      return auditedWrite(ctx, actor, spec.clash(input), async (trx) => {
        const before = await existing(trx, actor, id);
        await spec.check?.(trx, actor, input, id);
        const after = await spec.update(trx, before, input, ctx.now());
        return { result: after, audit: { action: 'update', entity, entityId: id, before, after } };
      });
    },

    async remove(ctx: ServerContext, actor: RequestActor, id: string): Promise<void> {
      authorize(actor, 'delete', entity);
      await auditedWrite(ctx, actor, spec.clash(null), async (trx) => {
        const before = await existing(trx, actor, id);
        await spec.checkDelete?.(trx, before);
        await spec.delete(trx, before);
        return { result: undefined, audit: { action: 'delete', entity, entityId: id, before, after: null } };
      });
    },
  };
}
