import { readScope, type Vendor, type VendorInput } from '@vigie/core';
import type { ServerContext } from '../../context.ts';
import { deleteVendor, findVendor, insertVendor, updateVendor } from '../../db/repositories/vendors.ts';
import { AppError } from '../../http/app-error.ts';
import { authorize, type RequestActor } from '../actor.ts';
import { auditedWrite } from '../audited-write.ts';

const clash = (name: string) => ({
  duplicate: { field: 'name', message: `A vendor named "${name}" already exists in this workspace` },
  inUse: 'This vendor still has sites, allocations or users: remove them first',
});

export async function createVendor(
  ctx: ServerContext,
  actor: RequestActor,
  input: VendorInput,
): Promise<Vendor> {
  authorize(actor, 'create', 'vendor');
  return auditedWrite(ctx, actor, clash(input.name), async (trx) => {
    const vendor = await insertVendor(trx, actor.workspaceId, input, ctx.newId(), ctx.now());
    return {
      result: vendor,
      audit: { action: 'create', entity: 'vendor', entityId: vendor.id, before: null, after: vendor },
    };
  });
}

export async function editVendor(
  ctx: ServerContext,
  actor: RequestActor,
  id: string,
  input: VendorInput,
): Promise<Vendor> {
  authorize(actor, 'update', 'vendor');
  return auditedWrite(ctx, actor, clash(input.name), async (trx) => {
    const before = await findVendor(trx, readScope(actor), id);
    if (!before) throw AppError.notFound('Vendor');
    const after = await updateVendor(trx, before, input, ctx.now());
    return { result: after, audit: { action: 'update', entity: 'vendor', entityId: id, before, after } };
  });
}

export async function removeVendor(ctx: ServerContext, actor: RequestActor, id: string): Promise<void> {
  authorize(actor, 'delete', 'vendor');
  await auditedWrite(ctx, actor, clash(''), async (trx) => {
    const before = await findVendor(trx, readScope(actor), id);
    if (!before) throw AppError.notFound('Vendor');
    const bound = await trx
      .selectFrom('membership')
      .select('userId')
      .where('vendorId', '=', id)
      .executeTakeFirst();
    if (bound)
      throw new AppError('conflict', 'Vendor users are still bound to this vendor: remove them first');
    await deleteVendor(trx, before);
    return {
      result: undefined,
      audit: { action: 'delete', entity: 'vendor', entityId: id, before, after: null },
    };
  });
}
