import type { ReadScope, Vendor, VendorInput } from '@vigie/core';
import { type Kysely, sql } from 'kysely';
import type { Database, VendorTable } from '../schema.ts';
import { likePattern } from './list-query.ts';

export const VENDOR_SORTS = ['name', 'status', 'legalEntity', 'createdAt'] as const;
export interface VendorListQuery {
  q?: string | undefined;
  sort?: (typeof VENDOR_SORTS)[number] | undefined;
  order: 'asc' | 'desc';
}

function toVendor(row: VendorTable): Vendor {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    name: row.name,
    legalEntity: row.legalEntity,
    status: row.status as Vendor['status'],
    contacts: JSON.parse(row.contactsJson) as Vendor['contacts'],
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Vendors visible in the scope: all of the workspace, or the vendor user's own. */
function scoped(db: Kysely<Database>, scope: ReadScope) {
  let q = db.selectFrom('vendor').selectAll().where('workspaceId', '=', scope.workspaceId);
  if (scope.vendorId !== null) q = q.where('id', '=', scope.vendorId);
  return q;
}

export async function listVendors(
  db: Kysely<Database>,
  scope: ReadScope,
  query: VendorListQuery,
): Promise<Vendor[]> {
  let q = scoped(db, scope);
  if (query.q) {
    const pattern = likePattern(query.q);
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(name)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(legal_entity)`, 'like', sql`${pattern} escape '\\'`),
      ]),
    );
  }
  const rows = await q
    .orderBy(query.sort ?? 'name', query.order)
    .orderBy('id')
    .execute();
  return rows.map(toVendor);
}

export async function findVendor(
  db: Kysely<Database>,
  scope: ReadScope,
  id: string,
): Promise<Vendor | undefined> {
  const row = await scoped(db, scope).where('id', '=', id).executeTakeFirst();
  return row && toVendor(row);
}

export async function insertVendor(
  db: Kysely<Database>,
  workspaceId: string,
  input: VendorInput,
  id: string,
  now: string,
): Promise<Vendor> {
  const row: VendorTable = {
    id,
    workspaceId,
    name: input.name,
    legalEntity: input.legalEntity,
    status: input.status,
    contactsJson: JSON.stringify(input.contacts),
    createdAt: now,
    updatedAt: now,
  };
  await db.insertInto('vendor').values(row).execute();
  return toVendor(row);
}

export async function updateVendor(
  db: Kysely<Database>,
  before: Vendor,
  input: VendorInput,
  now: string,
): Promise<Vendor> {
  await db
    .updateTable('vendor')
    .set({
      name: input.name,
      legalEntity: input.legalEntity,
      status: input.status,
      contactsJson: JSON.stringify(input.contacts),
      updatedAt: now,
    })
    .where('id', '=', before.id)
    .where('workspaceId', '=', before.workspaceId)
    .execute();
  return { ...before, ...input, updatedAt: now };
}

export async function deleteVendor(db: Kysely<Database>, vendor: Vendor): Promise<void> {
  await db
    .deleteFrom('vendor')
    .where('id', '=', vendor.id)
    .where('workspaceId', '=', vendor.workspaceId)
    .execute();
}
