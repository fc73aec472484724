import { computeKpis, type KpiRow } from '@vigie/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemo, type DemoSummary } from '../src/demo/create-demo.ts';
import { DEMO_PASSWORD } from '../src/demo/demo-data.ts';
import { dialects, openTestRuntime, type TestRuntime } from './harness.ts';
import { TestClient } from './http-client.ts';

type Row = KpiRow & {
  vendor: string;
  nps: number | null;
  npsN: number;
  targets: Record<string, { target: number } | undefined>;
};

/** The demo's generated contacts, read back through the dashboard API. */
describe.each(dialects())('demo contact records on %s', (dialect) => {
  let rt: TestRuntime;
  let demo: DemoSummary;
  let from: string;
  let to: string;

  beforeAll(async () => {
    rt = await openTestRuntime(dialect);
    demo = await createDemo(rt.ctx, { contactDays: 21 });
    const range = await rt.ctx.conn.db
      .selectFrom('interaction')
      .select((eb) => [eb.fn.min('day').as('from'), eb.fn.max('day').as('to')])
      .executeTakeFirstOrThrow();
    from = String(range.from);
    to = String(range.to);
  }, 120_000);
  afterAll(async () => rt?.dispose());

  async function as(email: string): Promise<TestClient> {
    const c = new TestClient(rt.app);
    expect((await c.signIn(email, DEMO_PASSWORD)).status).toBe(200);
    return c;
  }

  it('stores three weeks of contacts ending yesterday, with surveys and targets', async () => {
    expect(demo.contacts).toBeGreaterThan(15_000);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect(to).toBe(yesterday);
    const admin = await as('admin@demo.vigie.local');
    const r = await admin.get<{ rows: Row[] }>(
      `/api/workspaces/${demo.workspaceId}/kpi/summary?from=${from}&to=${to}&by=vendor`,
    );
    expect(r.body.rows).toHaveLength(3);
    for (const row of r.body.rows) {
      expect(row.offered).toBeGreaterThan(1000);
      expect(row.npsN).toBeGreaterThan(100);
      // the demo's own targets, and those of the vendor's contract in force, which win
      expect(Object.keys(row.targets)).toEqual(
        expect.arrayContaining(['abandonRate', 'ahtSeconds', 'fcr', 'nps', 'serviceLevel']),
      );
    }
    const vendors = await rt.ctx.conn.db.selectFrom('vendor').select(['id', 'name']).execute();
    const [armor, atlas, tsiry] = ['Armor Contact', 'Atlas Relation Client', 'Tsiry Services'].map((name) =>
      r.body.rows.find((row) => row.vendor === vendors.find((v) => v.name === name)?.id),
    );
    expect(armor?.targets.serviceLevel?.target).toBe(0.75);
    expect(atlas?.targets.answerRate?.target).toBe(0.9);
    expect(tsiry?.targets.serviceLevel?.target).toBe(0.77);
  });

  it('gives from its rollups the figures the engine computes from the raw rows, FCR included', async () => {
    const raw = await rt.ctx.conn.db.selectFrom('interaction').selectAll().execute();
    const engine = computeKpis(
      raw.map((r) => ({
        id: r.id,
        channel: r.channel as never,
        direction: r.direction as never,
        activity: r.activityId || null,
        vendor: r.vendorId,
        site: r.siteId || null,
        agent: r.agent || null,
        customerId: r.customerId,
        offeredAt: r.offeredAt,
        answeredAt: r.answeredAt,
        endedAt: r.endedAt,
        waitSeconds: r.waitSeconds,
        talkSeconds: r.talkSeconds,
        holdSeconds: r.holdSeconds,
        wrapUpSeconds: r.wrapUpSeconds,
        disposition: r.disposition as never,
        offered: r.offered === 1,
        outcomes: (r.outcomes === '' ? [] : r.outcomes.split(',')) as never,
      })),
      { by: ['vendor', 'week'] },
    );
    const admin = await as('admin@demo.vigie.local');
    const r = await admin.get<{ rows: Row[] }>(
      `/api/workspaces/${demo.workspaceId}/kpi/summary?from=${from}&to=${to}&by=vendor,week`,
    );
    expect(r.body.rows.length).toBe(engine.rows.length);
    r.body.rows.forEach((row, k) => {
      const e = engine.rows[k] as KpiRow;
      for (const f of [
        'vendor',
        'week',
        'offered',
        'answered',
        'abandoned',
        'fcrN',
        'fcrRepeated',
      ] as const) {
        expect(row[f], `${f} ${row.vendor} ${row.week}`).toEqual(e[f]);
      }
      for (const f of ['serviceLevel', 'ahtSeconds', 'asaSeconds', 'fcr'] as const) {
        expect(row[f] as number, f).toBeCloseTo(e[f] as number, 9);
      }
    });
  });

  it("shows a vendor user its own vendor's figures only", async () => {
    const armor = await as('armor@demo.vigie.local');
    const r = await armor.get<{ rows: Row[] }>(
      `/api/workspaces/${demo.workspaceId}/kpi/summary?from=${from}&to=${to}&by=vendor`,
    );
    expect(r.body.rows).toHaveLength(1);
  });
});
