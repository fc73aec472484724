import { readScope, type Site, type SiteInput } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { ServerContext } from '../../context.ts';
import { deleteSite, findSite, insertSite, updateSite } from '../../db/repositories/sites.ts';
import { findVendor } from '../../db/repositories/vendors.ts';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { authorize, type RequestActor } from '../actor.ts';
import { auditedWrite } from '../audited-write.ts';

const clash = (name: string) => ({
  duplicate: { field: 'name', message: `This vendor already has a site named "${name}"` },
  inUse: 'This site is still used by allocations: change them first',
});

async function assertVendorExists(
  trx: Kysely<Database>,
  actor: RequestActor,
  vendorId: string,
): Promise<void> {
  if (!(await findVendor(trx, readScope(actor), vendorId))) {
    throw AppError.rules([
      { path: ['vendorId'], code: 'site.unknown_vendor', message: 'No such vendor in this workspace' },
    ]);
  }
}

export async function createSite(ctx: ServerContext, actor: RequestActor, input: SiteInput): Promise<Site> {
  authorize(actor, 'create', 'site');
  return auditedWrite(ctx, actor, clash(input.name), async (trx) => {
    await assertVendorExists(trx, actor, input.vendorId);
    const site = await insertSite(trx, actor.workspaceId, input, ctx.newId(), ctx.now());
    return {
      result: site,
      audit: { action: 'create', entity: 'site', entityId: site.id, before: null, after: site },
    };
  });
}

export async function editSite(
  ctx: ServerContext,
  actor: RequestActor,
  id: string,
  input: SiteInput,
): Promise<Site> {
  authorize(actor, 'update', 'site');
  return auditedWrite(ctx, actor, clash(input.name), async (trx) => {
    const before = await findSite(trx, readScope(actor), id);
    if (!before) throw AppError.notFound('Site');
    await assertVendorExists(trx, actor, input.vendorId);
    const after = await updateSite(trx, before, input, ctx.now());
    return { result: after, audit: { action: 'update', entity: 'site', entityId: id, before, after } };
  });
}

export async function removeSite(ctx: ServerContext, actor: RequestActor, id: string): Promise<void> {
  authorize(actor, 'delete', 'site');
  await auditedWrite(ctx, actor, clash(''), async (trx) => {
    const before = await findSite(trx, readScope(actor), id);
    if (!before) throw AppError.notFound('Site');
    await deleteSite(trx, before);
    return {
      result: undefined,
      audit: { action: 'delete', entity: 'site', entityId: id, before, after: null },
    };
  });
}
