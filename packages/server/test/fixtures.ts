import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { createUserWithMembership } from '../src/app/access/user-commands.ts';
import { createImportRecord, runImport } from '../src/app/imports/run-import.ts';
import { insertVendor } from '../src/db/repositories/vendors.ts';
import { insertWorkspace } from '../src/db/repositories/workspaces.ts';
import { createDemo, type DemoSummary } from '../src/demo/create-demo.ts';
import { DEMO_ACTIVITIES, DEMO_PASSWORD, DEMO_SITES } from '../src/demo/demo-data.ts';
import { storeDemoTranscripts } from '../src/demo/store-demo-transcripts.ts';
import type { TestRuntime } from './harness.ts';
import { TestClient } from './http-client.ts';

export interface World {
  demo: DemoSummary;
  ws: string;
  armorId: string;
  atlasId: string;
  /** a second client company with its own admin and vendor */
  otherWs: string;
  otherVendorId: string;
  otherAdminEmail: string;
  password: string;
  as(email: string): Promise<TestClient>;
}

/** The demo workspace plus a second, unrelated workspace: the two sides of every isolation test. */
export async function buildWorld(rt: TestRuntime): Promise<World> {
  const demo = await createDemo(rt.ctx, { contactDays: 0 });
  const vendors = await rt.ctx.conn.db
    .selectFrom('vendor')
    .select(['id', 'name'])
    .where('workspaceId', '=', demo.workspaceId)
    .execute();
  const idOf = (name: string) => vendors.find((v) => v.name === name)?.id ?? '';
  const otherWs = rt.ctx.newId();
  const now = rt.ctx.now();
  await insertWorkspace(rt.ctx.conn.db, {
    id: otherWs,
    name: 'Autre Client SA',
    currency: 'EUR',
    isDemo: false,
    now,
  });
  const otherVendor = await insertVendor(
    rt.ctx.conn.db,
    otherWs,
    { name: 'Other Vendor', legalEntity: 'Other Vendor Ltd', status: 'active', contacts: [] },
    rt.ctx.newId(),
    now,
  );
  const otherAdminEmail = 'admin@other.example';
  await createUserWithMembership(rt.ctx, {
    email: otherAdminEmail,
    name: 'Other Admin',
    password: DEMO_PASSWORD,
    workspaceId: otherWs,
    role: 'admin',
    vendorId: null,
  });
  return {
    demo,
    ws: demo.workspaceId,
    armorId: idOf('Armor Contact'),
    atlasId: idOf('Atlas Relation Client'),
    otherWs,
    otherVendorId: otherVendor.id,
    otherAdminEmail,
    password: DEMO_PASSWORD,
    async as(email: string) {
      const client = new TestClient(rt.app);
      const r = await client.signIn(email, DEMO_PASSWORD);
      if (r.status !== 200)
        throw new Error(`sign-in of ${email} failed: ${r.status} ${JSON.stringify(r.body)}`);
      return client;
    },
  };
}

/** The real call log of the test fixtures (three days of August 2010). */
export const BANK_CALLS = path.resolve(import.meta.dirname, 'fixtures/anonymous-bank/calls_first_3_days.csv');

/** Stores the bank's calls as Atlas's, on the demo's phone activity; answers that activity's id. */
export async function storeBankCallsForAtlas(rt: TestRuntime, w: World): Promise<string> {
  const activity = await rt.ctx.conn.db
    .selectFrom('activity')
    .select('id')
    .where('workspaceId', '=', w.ws)
    .where('name', '=', 'Service client — téléphone')
    .executeTakeFirstOrThrow();
  const file = path.join(rt.ctx.config.dataDir, 'calls.csv');
  fs.copyFileSync(BANK_CALLS, file);
  const actor = { userId: null, email: 'test' };
  const id = await createImportRecord(rt.ctx, actor, {
    workspaceId: w.ws,
    file,
    fileName: 'calls.csv',
    profile: 'anonymous-bank',
    vendorId: w.atlasId,
    activityId: activity.id,
    mode: 'all_or_nothing',
    dryRun: false,
  });
  expect(await runImport(rt.ctx, actor, id)).toBe('completed');
  return activity.id;
}

/**
 * Generated French calls of the demo's twelve agents over its sites, stored as an import stores
 * them, and the finished French run the demo makes of them (the world has none of its own).
 */
export async function storeGeneratedCalls(
  rt: TestRuntime,
  w: World,
  count: number,
  seed: number,
): Promise<void> {
  const db = rt.ctx.conn.db;
  const sites = await db
    .selectFrom('site')
    .select(['id', 'name', 'vendorId'])
    .where('workspaceId', '=', w.ws)
    .execute();
  const phone = await db
    .selectFrom('activity')
    .select('id')
    .where('workspaceId', '=', w.ws)
    .where('name', '=', DEMO_ACTIVITIES.find((a) => a.key === 'phone')?.name ?? '')
    .executeTakeFirstOrThrow();
  const analyst = await db
    .selectFrom('user')
    .select('id')
    .where('email', '=', 'analyst@demo.vigie.local')
    .executeTakeFirstOrThrow();
  await storeDemoTranscripts(rt.ctx, {
    workspaceId: w.ws,
    count,
    seed,
    endDay: '2026-10-30',
    sites: DEMO_SITES.map((s) => {
      const row = sites.find((r) => r.name === s.name);
      if (!row) throw new Error(`no demo site ${s.name}`);
      return { key: s.key, id: row.id, vendorId: row.vendorId };
    }),
    activityId: phone.id,
    analystUserId: analyst.id,
  });
}
