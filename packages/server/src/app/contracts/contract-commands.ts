import { readScope } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { ServerContext } from '../../context.ts';
import {
  deleteContract,
  findContract,
  insertContract,
  type StoredContract,
  updateContract,
} from '../../db/repositories/contracts.ts';
import { invoicedMonths } from '../../db/repositories/invoices.ts';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { authorize, type RequestActor } from '../actor.ts';
import { auditedWrite, type ClashMessages } from '../audited-write.ts';
import { checkedContract, checkSettledMonths } from './contract-document.ts';

const clash = (name: unknown): ClashMessages => ({
  duplicate: {
    field: 'name',
    message: `A contract named "${typeof name === 'string' ? name : ''}" already exists in this workspace`,
  },
  inUse: 'This contract has invoices: it cannot be deleted',
});

const nameOf = (body: unknown) => (body as { name?: unknown } | null)?.name;

async function existing(trx: Kysely<Database>, actor: RequestActor, id: string): Promise<StoredContract> {
  const found = await findContract(trx, readScope(actor), id);
  if (!found) throw AppError.notFound('Contract');
  return found;
}

/** Replaces a contract's document, unless the change reaches months already invoiced. */
async function replace(
  ctx: ServerContext,
  actor: RequestActor,
  id: string,
  next: (before: StoredContract) => unknown,
) {
  authorize(actor, 'update', 'contract');
  return auditedWrite(ctx, actor, clash(null), async (trx) => {
    const before = await existing(trx, actor, id);
    const body = next(before);
    const contract = await checkedContract(trx, actor.workspaceId, body, id);
    checkSettledMonths(before.contract, contract, await invoicedMonths(trx, id));
    const after = await updateContract(trx, before, contract, ctx.now());
    return {
      result: after.record,
      audit: {
        action: 'update',
        entity: 'contract',
        entityId: id,
        before: before.record,
        after: after.record,
      },
    };
  });
}

/** Create, replace, amend and delete a contract, each audited in the transaction of its write. */
export const contractCommands = {
  async create(ctx: ServerContext, actor: RequestActor, body: unknown) {
    authorize(actor, 'create', 'contract');
    return auditedWrite(ctx, actor, clash(nameOf(body)), async (trx) => {
      const contract = await checkedContract(trx, actor.workspaceId, body, ctx.newId());
      const after = await insertContract(trx, actor.workspaceId, contract, ctx.now());
      return {
        result: after.record,
        audit: {
          action: 'create',
          entity: 'contract',
          entityId: contract.id,
          before: null,
          after: after.record,
        },
      };
    });
  },

  update: (ctx: ServerContext, actor: RequestActor, id: string, body: unknown) =>
    replace(ctx, actor, id, () => body),

  /** Appends a version: the terms from its effective date on; earlier months keep theirs. */
  amend: (ctx: ServerContext, actor: RequestActor, id: string, amendment: unknown) =>
    replace(ctx, actor, id, (before) => ({
      ...before.contract,
      versions: [...before.contract.versions, amendment],
    })),

  async remove(ctx: ServerContext, actor: RequestActor, id: string): Promise<void> {
    authorize(actor, 'delete', 'contract');
    await auditedWrite(ctx, actor, clash(null), async (trx) => {
      const before = await existing(trx, actor, id);
      await deleteContract(trx, id);
      return {
        result: undefined,
        audit: { action: 'delete', entity: 'contract', entityId: id, before: before.record, after: null },
      };
    });
  },
};
