import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listActivities } from '../src/db/repositories/activities.ts';
import { listAllocations } from '../src/db/repositories/allocations.ts';
import { listAudit, recordAudit } from '../src/db/repositories/audit.ts';
import { listSites } from '../src/db/repositories/sites.ts';
import { insertVendor, listVendors } from '../src/db/repositories/vendors.ts';
import { buildWorld, type World } from './fixtures.ts';
import { dialects, openTestRuntime, type TestRuntime } from './harness.ts';

/** The repositories alone, on each dialect: same answers, scope applied in the query. */
describe.each(dialects())('repositories on %s', (dialect) => {
  let rt: TestRuntime;
  let w: World;

  beforeAll(async () => {
    rt = await openTestRuntime(dialect);
    w = await buildWorld(rt);
  });
  afterAll(async () => rt?.dispose());

  const staff = () => ({ workspaceId: w.ws, vendorId: null });
  const armor = () => ({ workspaceId: w.ws, vendorId: w.armorId });

  it('lists vendors sorted and searched, a vendor user only its own', async () => {
    const db = rt.ctx.conn.db;
    expect((await listVendors(db, staff(), { order: 'asc' })).map((v) => v.name)).toEqual([
      'Armor Contact',
      'Atlas Relation Client',
      'Tsiry Services',
    ]);
    expect((await listVendors(db, staff(), { sort: 'name', order: 'desc' })).map((v) => v.name)[0]).toBe(
      'Tsiry Services',
    );
    expect((await listVendors(db, staff(), { q: 'SARL', order: 'asc' })).map((v) => v.name)).toEqual([
      'Atlas Relation Client',
    ]);
    expect((await listVendors(db, armor(), { order: 'asc' })).map((v) => v.id)).toEqual([w.armorId]);
    expect(await listVendors(db, { workspaceId: w.otherWs, vendorId: null }, { order: 'asc' })).toHaveLength(
      1,
    );
  });

  it('takes % and _ in a search literally', async () => {
    const db = rt.ctx.conn.db;
    await insertVendor(
      db,
      w.ws,
      { name: '100% Relation', legalEntity: '', status: 'prospect', contacts: [] },
      rt.ctx.newId(),
      rt.ctx.now(),
    );
    expect((await listVendors(db, staff(), { q: '%', order: 'asc' })).map((v) => v.name)).toEqual([
      '100% Relation',
    ]);
    expect(await listVendors(db, staff(), { q: '_', order: 'asc' })).toEqual([]);
  });

  it('scopes sites, activities and allocation lines to the vendor user', async () => {
    const db = rt.ctx.conn.db;
    expect(await listSites(db, staff(), { order: 'asc' })).toHaveLength(5);
    expect((await listSites(db, armor(), { order: 'asc' })).map((s) => s.city)).toEqual(['Brest', 'Lille']);
    expect(await listActivities(db, staff(), { order: 'asc' })).toHaveLength(4);
    expect((await listActivities(db, armor(), { order: 'asc' })).map((a) => a.name)).toEqual([
      'Rappel web',
      'Service client — téléphone',
      'Ventes sortantes',
    ]);
    const all = await listAllocations(db, staff(), {});
    expect(all).toHaveLength(5);
    const phoneNow = all.find((a) => a.lines.length === 4);
    expect(phoneNow?.lines.map((l) => l.sharePercent)).toEqual([30, 10, 40, 20]);
    const mine = await listAllocations(db, armor(), {});
    expect(mine).toHaveLength(4);
    expect(mine.flatMap((a) => a.lines).every((l) => l.vendorId === w.armorId)).toBe(true);
    expect(await listAllocations(db, staff(), { vendorId: w.atlasId })).toHaveLength(4);
  });

  it('pages the audit log newest first with a cursor, one workspace at a time', async () => {
    const db = rt.ctx.conn.db;
    for (let i = 0; i < 5; i++) {
      await recordAudit(
        db,
        {
          workspaceId: w.ws,
          actorUserId: null,
          actorEmail: 'test',
          action: 'update',
          entity: 'probe',
          entityId: `e${i}`,
          before: { i },
          after: { i: i + 1 },
        },
        rt.ctx.newId(),
        `2026-11-0${i + 1}T10:00:00.000Z`,
      );
    }
    const first = await listAudit(db, w.ws, { entity: 'probe', limit: 3 });
    expect(first.items.map((e) => e.entityId)).toEqual(['e4', 'e3', 'e2']);
    const rest = await listAudit(db, w.ws, { entity: 'probe', limit: 3, before: Number(first.nextBefore) });
    expect(rest.items.map((e) => e.entityId)).toEqual(['e1', 'e0']);
    expect(rest.nextBefore).toBeNull();
    const dated = await listAudit(db, w.ws, {
      entity: 'probe',
      from: '2026-11-02',
      to: '2026-11-03',
      limit: 10,
    });
    expect(dated.items.map((e) => e.entityId)).toEqual(['e2', 'e1']);
    expect(dated.items[0]?.before).toEqual({ i: 2 });
    expect((await listAudit(db, w.otherWs, { entity: 'probe', limit: 10 })).items).toEqual([]);
  });
});

describe('demo workspace', () => {
  it('is rebuilt with the same ids and content by a reset', async () => {
    const rt = await openTestRuntime('sqlite');
    try {
      const { createDemo } = await import('../src/demo/create-demo.ts');
      const first = await createDemo(rt.ctx, { contactDays: 3 });
      const snapshot = async () =>
        rt.ctx.conn.db
          .selectFrom('allocationLine')
          .innerJoin('allocation', 'allocation.id', 'allocationLine.allocationId')
          .select([
            'allocation.id',
            'allocation.validFrom',
            'allocationLine.vendorId',
            'allocationLine.siteId',
            'allocationLine.shareBp',
          ])
          .orderBy('allocation.id')
          .orderBy('allocationLine.position')
          .execute();
      const before = await snapshot();
      await rt.ctx.conn.db.deleteFrom('allocation').execute();
      const second = await createDemo(rt.ctx, { contactDays: 3 });
      expect(second.workspaceId).toBe(first.workspaceId);
      // the earlier contacts were replaced, not doubled
      const stored = await rt.ctx.conn.db
        .selectFrom('interaction')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(stored.n)).toBe(second.contacts);
      expect(second.contacts).toBe(first.contacts);
      expect(await snapshot()).toEqual(before);
      expect(before).toHaveLength(11);
    } finally {
      await rt.dispose();
    }
  });
});
