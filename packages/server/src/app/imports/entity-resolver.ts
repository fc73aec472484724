import { type ImportIssue, type Interaction, importError, importWarning } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { ResolvedInteraction } from '../../db/repositories/interaction-store.ts';
import type { Database } from '../../db/schema.ts';

export interface Named {
  id: string;
  name: string;
}

/** Looks an entity up by id or by name (case-insensitive), as a source file may write either. */
export class Lookup<T extends Named> {
  private readonly byKey = new Map<string, T>();
  constructor(items: readonly T[]) {
    for (const item of items) {
      this.byKey.set(item.name.trim().toLowerCase(), item);
      this.byKey.set(item.id, item);
    }
  }
  find(value: string): T | undefined {
    return this.byKey.get(value) ?? this.byKey.get(value.trim().toLowerCase());
  }
}

/** Defaults for rows that name no vendor or activity (chosen when starting the import). */
export interface ImportDefaults {
  readonly vendorId: string | null;
  readonly activityId: string | null;
}

/**
 * Turns the vendor, site and activity a source row names into the workspace's ids, or an error
 * naming the line and the field: a contact filed under an unknown vendor would vanish from every
 * dashboard.
 */
export class EntityResolver {
  private constructor(
    private readonly vendors: Lookup<Named>,
    /** per vendor: site names are unique within a vendor only (two vendors may both be in Lille) */
    private readonly sitesByVendor: Map<string, Lookup<Named>>,
    private readonly activities: Lookup<Named>,
    private readonly defaults: ImportDefaults,
  ) {}

  /** Source labels that are no activity of the workspace, filed under the default one. */
  private readonly unknownActivities = new Map<string, { line: number; rows: number }>();

  private noteUnknownActivity(label: string, line: number): void {
    const seen = this.unknownActivities.get(label);
    if (seen) seen.rows++;
    else this.unknownActivities.set(label, { line, rows: 1 });
  }

  /**
   * One warning per source activity label filed under the default activity (a label such as a
   * service code would otherwise warn on every row).
   */
  summaryIssues(): ImportIssue[] {
    return [...this.unknownActivities].map(([label, { line, rows }]) =>
      importWarning(
        line,
        'activity',
        'activity_defaulted',
        `Activity "${label}" (first on line ${line}) is not an activity of the workspace: its ${rows} rows were filed under the default activity.`,
      ),
    );
  }

  static async load(
    db: Kysely<Database>,
    workspaceId: string,
    defaults: ImportDefaults,
  ): Promise<EntityResolver> {
    const [vendors, sites, activities] = await Promise.all([
      db.selectFrom('vendor').select(['id', 'name']).where('workspaceId', '=', workspaceId).execute(),
      db
        .selectFrom('site')
        .select(['id', 'name', 'vendorId'])
        .where('workspaceId', '=', workspaceId)
        .execute(),
      db.selectFrom('activity').select(['id', 'name']).where('workspaceId', '=', workspaceId).execute(),
    ]);
    const sitesByVendor = new Map<string, Lookup<Named>>();
    for (const vendor of vendors) {
      sitesByVendor.set(vendor.id, new Lookup(sites.filter((site) => site.vendorId === vendor.id)));
    }
    return new EntityResolver(new Lookup(vendors), sitesByVendor, new Lookup(activities), defaults);
  }

  resolve(i: Interaction, line: number): { interaction: ResolvedInteraction } | { issue: ImportIssue } {
    let vendorId = this.defaults.vendorId;
    if (i.vendor !== null) {
      const v = this.vendors.find(i.vendor);
      if (!v)
        return {
          issue: importError(line, 'vendor', 'unknown_vendor', `Line ${line}: unknown vendor "${i.vendor}".`),
        };
      vendorId = v.id;
    }
    if (vendorId === null) {
      return {
        issue: importError(
          line,
          'vendor',
          'no_vendor',
          `Line ${line}: no vendor on the row and no default vendor chosen.`,
        ),
      };
    }
    let siteId: string | null = null;
    if (i.site !== null) {
      const s = this.sitesByVendor.get(vendorId)?.find(i.site);
      if (!s) {
        return {
          issue: importError(
            line,
            'site',
            'unknown_site',
            `Line ${line}: the vendor has no site "${i.site}".`,
          ),
        };
      }
      siteId = s.id;
    }
    let activityId = this.defaults.activityId;
    if (i.activity !== null) {
      const a = this.activities.find(i.activity);
      if (a) activityId = a.id;
      else if (activityId !== null) this.noteUnknownActivity(i.activity, line);
      else {
        return {
          issue: importError(
            line,
            'activity',
            'unknown_activity',
            `Line ${line}: unknown activity "${i.activity}" and no default activity chosen.`,
          ),
        };
      }
    }
    return { interaction: { ...i, vendor: vendorId, site: siteId, activity: activityId } };
  }
}
