import { createUserWithMembership, resetPassword } from '../app/access/user-commands.ts';
import type { ServerContext } from '../context.ts';
import { insertActivity } from '../db/repositories/activities.ts';
import { insertAllocation } from '../db/repositories/allocations.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import { insertSite } from '../db/repositories/sites.ts';
import { insertVendor } from '../db/repositories/vendors.ts';
import { findDemoWorkspace, insertWorkspace } from '../db/repositories/workspaces.ts';
import {
  DEMO_ACTIVITIES,
  DEMO_ALLOCATIONS,
  DEMO_PASSWORD,
  DEMO_SEED,
  DEMO_SITES,
  DEMO_USERS,
  DEMO_VENDORS,
  DEMO_WORKSPACE,
} from './demo-data.ts';
import { seededIds } from './seeded-ids.ts';

export interface DemoSummary {
  workspaceId: string;
  password: string;
  users: { email: string; role: string; vendor: string | null }[];
}

function must<T>(map: Map<string, T>, key: string): T {
  const v = map.get(key);
  if (v === undefined) throw new Error(`Demo data refers to unknown key "${key}"`);
  return v;
}

/**
 * Creates the demo workspace, replacing any earlier one (its users are kept, their
 * passwords reset to the demo password). Ids come from a fixed seed: same ids everywhere.
 */
export async function createDemo(ctx: ServerContext): Promise<DemoSummary> {
  const ids = seededIds(DEMO_SEED);
  const seeded: ServerContext = { ...ctx, newId: ids };
  const workspaceId = ids();
  const now = ctx.now();
  const vendorIds = new Map<string, string>();
  const siteIds = new Map<string, string>();

  await ctx.conn.db.transaction().execute(async (trx) => {
    const previous = await findDemoWorkspace(trx);
    if (previous) await trx.deleteFrom('workspace').where('id', '=', previous.id).execute();
    await insertWorkspace(trx, { id: workspaceId, ...DEMO_WORKSPACE, isDemo: true, now });
    for (const { key, ...v } of DEMO_VENDORS) {
      vendorIds.set(key, (await insertVendor(trx, workspaceId, v, ids(), now)).id);
    }
    for (const { key, vendor, ...s } of DEMO_SITES) {
      siteIds.set(
        key,
        (await insertSite(trx, workspaceId, { ...s, vendorId: must(vendorIds, vendor) }, ids(), now)).id,
      );
    }
    const activityIds = new Map<string, string>();
    for (const { key, ...a } of DEMO_ACTIVITIES) {
      activityIds.set(key, (await insertActivity(trx, workspaceId, a, ids(), now)).id);
    }
    for (const a of DEMO_ALLOCATIONS) {
      const input = {
        activityId: must(activityIds, a.activity),
        validFrom: a.validFrom,
        validTo: a.validTo,
        lines: a.lines.map((l) => ({
          vendorId: must(vendorIds, l.vendor),
          siteId: l.site === null ? null : must(siteIds, l.site),
          sharePercent: l.sharePercent,
        })),
      };
      await insertAllocation(trx, workspaceId, input, ids(), now);
    }
    await recordAudit(
      trx,
      {
        workspaceId,
        actorUserId: null,
        actorEmail: 'vigie demo',
        action: 'create',
        entity: 'workspace',
        entityId: workspaceId,
        before: null,
        after: DEMO_WORKSPACE,
      },
      ids(),
      now,
    );
  });

  for (const u of DEMO_USERS) {
    const vendorId = u.vendor === null ? null : must(vendorIds, u.vendor);
    const { userId, created } = await createUserWithMembership(seeded, {
      email: u.email,
      name: u.name,
      password: DEMO_PASSWORD,
      workspaceId,
      role: u.role,
      vendorId,
    });
    if (!created) await resetPassword(ctx, userId, DEMO_PASSWORD);
  }
  return {
    workspaceId,
    password: DEMO_PASSWORD,
    users: DEMO_USERS.map((u) => ({
      email: u.email,
      role: u.role,
      vendor: u.vendor === null ? null : (DEMO_VENDORS.find((v) => v.key === u.vendor)?.name ?? null),
    })),
  };
}

/** The lines printed after a start or `vigie demo`: where to go and how to sign in. */
export function describeDemo(summary: DemoSummary, url: string): string {
  const width = Math.max(...summary.users.map((u) => u.email.length));
  const rows = summary.users.map(
    (u) => `  ${u.email.padEnd(width)}  ${u.role}${u.vendor ? ` (${u.vendor})` : ''}`,
  );
  return [
    `Demo workspace ready. Open ${url} and sign in with any of (password: ${summary.password}):`,
    ...rows,
  ].join('\n');
}
