import type { CallLinks } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { Lookup, type Named } from '../imports/entity-resolver.ts';

/** A call's links turned into the workspace's ids. */
export interface ResolvedLinks {
  vendorId: string;
  siteId: string | null;
  activityId: string | null;
  agent: string;
}

/**
 * Resolves the vendor, site and activity a transcript names (by id or name, as files may write
 * either) to the workspace's ids. The vendor is required: it decides which vendor users may
 * read the call. Returns the reason when a link cannot be resolved.
 */
export class TranscriptLinkResolver {
  private constructor(
    private readonly vendors: Lookup<Named>,
    private readonly sitesByVendor: Map<string, Lookup<Named>>,
    private readonly activities: Lookup<Named>,
    private readonly defaultVendorId: string | null,
  ) {}

  static async load(
    db: Kysely<Database>,
    workspaceId: string,
    defaultVendor: string | null,
  ): Promise<TranscriptLinkResolver> {
    const [vendors, sites, activities] = await Promise.all([
      db.selectFrom('vendor').select(['id', 'name']).where('workspaceId', '=', workspaceId).execute(),
      db
        .selectFrom('site')
        .select(['id', 'name', 'vendorId'])
        .where('workspaceId', '=', workspaceId)
        .execute(),
      db.selectFrom('activity').select(['id', 'name']).where('workspaceId', '=', workspaceId).execute(),
    ]);
    const vendorLookup = new Lookup(vendors);
    const sitesByVendor = new Map<string, Lookup<Named>>();
    for (const v of vendors) sitesByVendor.set(v.id, new Lookup(sites.filter((s) => s.vendorId === v.id)));
    let defaultVendorId: string | null = null;
    if (defaultVendor !== null) {
      const found = vendorLookup.find(defaultVendor);
      if (!found) throw new Error(`--vendor: no vendor "${defaultVendor}" in this workspace`);
      defaultVendorId = found.id;
    }
    return new TranscriptLinkResolver(vendorLookup, sitesByVendor, new Lookup(activities), defaultVendorId);
  }

  resolve(links: CallLinks): ResolvedLinks | string {
    let vendorId = this.defaultVendorId;
    if (links.vendor !== undefined) {
      const vendor = this.vendors.find(links.vendor);
      if (!vendor) return `links.vendor: no vendor "${links.vendor}" in this workspace`;
      vendorId = vendor.id;
    }
    if (vendorId === null) return 'links.vendor: the call names no vendor (give one for the whole import)';
    let siteId: string | null = null;
    if (links.site !== undefined) {
      const site = this.sitesByVendor.get(vendorId)?.find(links.site);
      if (!site) return `links.site: no site "${links.site}" of this vendor`;
      siteId = site.id;
    }
    let activityId: string | null = null;
    if (links.activity !== undefined) {
      const activity = this.activities.find(links.activity);
      if (!activity) return `links.activity: no activity "${links.activity}" in this workspace`;
      activityId = activity.id;
    }
    return { vendorId, siteId, activityId, agent: links.agent ?? '' };
  }
}
