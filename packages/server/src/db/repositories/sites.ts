import type { ReadScope, Site, SiteInput } from '@vigie/core';
import { type Kysely, sql } from 'kysely';
import type { Database, SiteTable } from '../schema.ts';
import { likePattern } from './list-query.ts';

export const SITE_SORTS = ['name', 'city', 'country', 'shore', 'seats', 'createdAt'] as const;
export interface SiteListQuery {
  q?: string | undefined;
  vendorId?: string | undefined;
  sort?: (typeof SITE_SORTS)[number] | undefined;
  order: 'asc' | 'desc';
}

function toSite(row: SiteTable): Site {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    vendorId: row.vendorId,
    name: row.name,
    city: row.city,
    country: row.country,
    shore: row.shore as Site['shore'],
    languages: JSON.parse(row.languagesJson) as string[],
    seats: row.seats,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function scoped(db: Kysely<Database>, scope: ReadScope) {
  let q = db.selectFrom('site').selectAll().where('workspaceId', '=', scope.workspaceId);
  if (scope.vendorId !== null) q = q.where('vendorId', '=', scope.vendorId);
  return q;
}

export async function listSites(
  db: Kysely<Database>,
  scope: ReadScope,
  query: SiteListQuery,
): Promise<Site[]> {
  let q = scoped(db, scope);
  if (query.vendorId) q = q.where('vendorId', '=', query.vendorId);
  if (query.q) {
    const pattern = likePattern(query.q);
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(name)`, 'like', sql`${pattern} escape '\\'`),
        eb(sql`lower(city)`, 'like', sql`${pattern} escape '\\'`),
      ]),
    );
  }
  const rows = await q
    .orderBy(query.sort ?? 'name', query.order)
    .orderBy('id')
    .execute();
  return rows.map(toSite);
}

export async function findSite(
  db: Kysely<Database>,
  scope: ReadScope,
  id: string,
): Promise<Site | undefined> {
  const row = await scoped(db, scope).where('id', '=', id).executeTakeFirst();
  return row && toSite(row);
}

/** site id -> vendor id, for the allocation rules */
export async function siteVendorMap(db: Kysely<Database>, workspaceId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('site')
    .select(['id', 'vendorId'])
    .where('workspaceId', '=', workspaceId)
    .execute();
  return new Map(rows.map((r) => [r.id, r.vendorId]));
}

export async function insertSite(
  db: Kysely<Database>,
  workspaceId: string,
  input: SiteInput,
  id: string,
  now: string,
): Promise<Site> {
  const row: SiteTable = {
    id,
    workspaceId,
    vendorId: input.vendorId,
    name: input.name,
    city: input.city,
    country: input.country,
    shore: input.shore,
    languagesJson: JSON.stringify(input.languages),
    seats: input.seats,
    createdAt: now,
    updatedAt: now,
  };
  await db.insertInto('site').values(row).execute();
  return toSite(row);
}

export async function updateSite(
  db: Kysely<Database>,
  before: Site,
  input: SiteInput,
  now: string,
): Promise<Site> {
  await db
    .updateTable('site')
    .set({
      vendorId: input.vendorId,
      name: input.name,
      city: input.city,
      country: input.country,
      shore: input.shore,
      languagesJson: JSON.stringify(input.languages),
      seats: input.seats,
      updatedAt: now,
    })
    .where('id', '=', before.id)
    .where('workspaceId', '=', before.workspaceId)
    .execute();
  return { ...before, ...input, updatedAt: now };
}

export async function deleteSite(db: Kysely<Database>, site: Site): Promise<void> {
  await db.deleteFrom('site').where('id', '=', site.id).where('workspaceId', '=', site.workspaceId).execute();
}
