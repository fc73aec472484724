import { addMonths } from '@vigie/core';
import { createUserWithMembership, resetPassword } from '../app/access/user-commands.ts';
import type { ServerContext } from '../context.ts';
import { insertActivity } from '../db/repositories/activities.ts';
import { insertAllocation } from '../db/repositories/allocations.ts';
import { recordAudit } from '../db/repositories/audit.ts';
import { deleteWorkspaceContacts } from '../db/repositories/interaction-store.ts';
import { insertSite } from '../db/repositories/sites.ts';
import { insertVendor } from '../db/repositories/vendors.ts';
import { findDemoWorkspace, insertWorkspace } from '../db/repositories/workspaces.ts';
import {
  DEMO_ACTIVITIES,
  DEMO_ALLOCATIONS,
  DEMO_PASSWORD,
  DEMO_PHONE_SPLIT,
  DEMO_SEED,
  DEMO_SITES,
  DEMO_USERS,
  DEMO_VENDORS,
  DEMO_WORKSPACE,
} from './demo-data.ts';
import { seededIds } from './seeded-ids.ts';
import { storeDemoContacts } from './store-demo-contacts.ts';
import { storeDemoContracts } from './store-demo-contracts.ts';
import { storeDemoCycles } from './store-demo-cycles.ts';
import { storeDemoTranscripts } from './store-demo-transcripts.ts';

export interface DemoSummary {
  workspaceId: string;
  /** contact records generated (six months ending yesterday) */
  contacts: number;
  /** transcribed calls generated and analysed */
  transcripts: number;
  password: string;
  users: { email: string; role: string; vendor: string | null }[];
}

function must<T>(map: Map<string, T>, key: string): T {
  const v = map.get(key);
  if (v === undefined) throw new Error(`Demo data refers to unknown key "${key}"`);
  return v;
}

export interface DemoOptions {
  /** days of contact records, ending yesterday (default: VIGIE_DEMO_DAYS); 0 for none */
  contactDays?: number;
  /** transcribed calls, analysed (default: VIGIE_DEMO_CALLS, none when contactDays is 0) */
  transcriptCalls?: number;
}

/**
 * The months of the demo's contracts: from the first whole month of `days` days of contacts
 * ending `endDay`, to the month of `endDay`.
 */
function demoMonths(endDay: string, days: number): { firstMonth: string; lastMonth: string } {
  const first = new Date(Date.parse(`${endDay}T00:00:00Z`) - Math.max(days - 1, 0) * 86_400_000);
  const firstDay = first.toISOString().slice(0, 10);
  const firstMonth = firstDay.endsWith('-01') ? firstDay.slice(0, 7) : addMonths(firstDay.slice(0, 7), 1);
  return { firstMonth, lastMonth: endDay.slice(0, 7) };
}

/** Below this many transcribed calls the demo has no samples, reports or coaching cycles. */
const MIN_CALLS_FOR_CYCLES = 1500;

function emailOf(role: string, vendor: string | null): string {
  const user = DEMO_USERS.find((u) => u.role === role && u.vendor === vendor);
  if (!user) throw new Error(`the demo has no ${role} user`);
  return user.email;
}

/** The day before `now` (an ISO instant), as `YYYY-MM-DD`. */
function dayBefore(now: string): string {
  return new Date(Date.parse(now) - 86_400_000).toISOString().slice(0, 10);
}

/**
 * Creates the demo workspace, replacing any earlier one (its users are kept, their
 * passwords reset to the demo password). Ids come from a fixed seed: same ids everywhere.
 * Six months of generated contact records end yesterday, so the dashboards open on fresh days.
 */
export async function createDemo(ctx: ServerContext, options: DemoOptions = {}): Promise<DemoSummary> {
  const contactDays = options.contactDays ?? ctx.config.demoDays;
  const ids = seededIds(DEMO_SEED);
  const seeded: ServerContext = { ...ctx, newId: ids };
  const workspaceId = ids();
  const now = ctx.now();
  const vendorIds = new Map<string, string>();
  const siteIds = new Map<string, string>();
  const activityIds = new Map<string, string>();

  await ctx.conn.db.transaction().execute(async (trx) => {
    const previous = await findDemoWorkspace(trx);
    if (previous) {
      await deleteWorkspaceContacts(trx, previous.id);
      await trx.deleteFrom('workspace').where('id', '=', previous.id).execute();
    }
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

  const userIds = new Map<string, string>();
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
    userIds.set(vendorId === null ? u.role : `vendor:${vendorId}`, userId);
  }
  const contacts =
    contactDays === 0
      ? 0
      : await storeDemoContacts(ctx, workspaceId, {
          endDay: dayBefore(now),
          days: contactDays,
          seed: DEMO_SEED,
          vendors: [...vendorIds].map(([key, id]) => ({ key, id })),
          sites: DEMO_SITES.map((s) => ({ key: s.key, id: must(siteIds, s.key), vendorKey: s.vendor })),
          activities: DEMO_ACTIVITIES.map((a) => ({
            key: a.key,
            id: must(activityIds, a.key),
            channel: a.channel,
            direction: a.direction,
          })),
          split: DEMO_PHONE_SPLIT,
        });
  await storeDemoContracts(seeded, {
    workspaceId,
    ids: {
      vendor: (key) => must(vendorIds, key),
      activity: (key) => must(activityIds, key),
    },
    // at least six months, so that the pilot, its end and the amendment all fall inside
    dates: demoMonths(dayBefore(now), Math.max(contactDays, 200)),
    withMonths: contacts > 0,
    vendorUser: (vendorId) => must(userIds, `vendor:${vendorId}`),
    financeUser: must(userIds, 'finance'),
    seed: DEMO_SEED,
  });
  const transcripts = await storeDemoTranscripts(seeded, {
    workspaceId,
    count: options.transcriptCalls ?? (contactDays === 0 ? 0 : ctx.config.demoCalls),
    seed: DEMO_SEED,
    endDay: dayBefore(now),
    sites: DEMO_SITES.map((s) => ({
      key: s.key,
      id: must(siteIds, s.key),
      vendorId: must(vendorIds, s.vendor),
    })),
    activityId: must(activityIds, 'phone'),
    analystUserId: must(userIds, 'analyst'),
  });
  // the steering routine needs three samples of each vendor's calls
  if (transcripts >= MIN_CALLS_FOR_CYCLES)
    await storeDemoCycles(seeded, {
      workspaceId,
      endDay: dayBefore(now),
      analyst: { userId: must(userIds, 'analyst'), email: emailOf('analyst', null) },
      vendors: DEMO_VENDORS.map((v) => {
        const id = must(vendorIds, v.key);
        return {
          id,
          name: v.name,
          user: { userId: must(userIds, `vendor:${id}`), email: emailOf('vendor', v.key) },
        };
      }),
    });
  return {
    workspaceId,
    contacts,
    transcripts,
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
    `Demo workspace ready${summary.transcripts ? ` (${summary.transcripts} transcribed calls analysed)` : ''}. Open ${url} and sign in with any of (password: ${summary.password}):`,
    ...rows,
  ].join('\n');
}
