import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStats } from '../src/app/analysis/run-results.ts';
import { createDemo } from '../src/demo/create-demo.ts';
import { openTestRuntime, type TestRuntime } from './harness.ts';

describe('the demo workspace: transcribed calls analysed', () => {
  let rt: TestRuntime;
  let ws: string;

  beforeAll(async () => {
    rt = await openTestRuntime('sqlite');
    const demo = await createDemo(rt.ctx, { contactDays: 0, transcriptCalls: 900 });
    expect(demo.transcripts).toBe(900);
    ws = demo.workspaceId;
  }, 120_000);
  afterAll(async () => rt?.dispose());

  it("stores the calls of its three vendors' twelve agents, redacted, with one finished French run", async () => {
    const db = rt.ctx.conn.db;
    const byVendor = await db
      .selectFrom('transcript')
      .innerJoin('vendor', 'vendor.id', 'transcript.vendorId')
      .select(['vendor.name', (eb) => eb.fn.countAll<number>().as('n')])
      .where('transcript.workspaceId', '=', ws)
      .groupBy('vendor.name')
      .execute();
    expect(byVendor.map((v) => v.name).sort()).toEqual([
      'Armor Contact',
      'Atlas Relation Client',
      'Tsiry Services',
    ]);
    expect(byVendor.reduce((s, v) => s + Number(v.n), 0)).toBe(900);
    const agents = await db
      .selectFrom('transcript')
      .select('agent')
      .distinct()
      .where('workspaceId', '=', ws)
      .execute();
    expect(agents).toHaveLength(12);
    const redacted = await db
      .selectFrom('transcript')
      .select('redactionsJson')
      .where('workspaceId', '=', ws)
      .execute();
    expect(redacted.every((r) => r.redactionsJson !== null)).toBe(true);
    const run = await db
      .selectFrom('analysisRun')
      .selectAll()
      .where('workspaceId', '=', ws)
      .executeTakeFirstOrThrow();
    expect(run).toMatchObject({ status: 'done', callsTotal: 900, callsDone: 900, libraryId: 'fr' });
  });

  it('gives figures where agents differ and the best ones have distinguishing practices', async () => {
    const run = await rt.ctx.conn.db
      .selectFrom('analysisRun')
      .selectAll()
      .where('workspaceId', '=', ws)
      .executeTakeFirstOrThrow();
    const stats = await runStats(
      rt.ctx.conn.db,
      { workspaceId: ws, vendorId: null },
      run.id,
      JSON.parse(run.libraryJson),
    );
    expect(stats.calls).toBe(900);
    expect(stats.agents.ranked.length).toBe(12);
    const scores = stats.agents.ranked.map((a) => a.score);
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(0.1);
    expect(stats.agents.bestAgents?.practices.length).toBeGreaterThan(0);
    const all = stats.groups.find((g) => g.dimension === 'all');
    const present = all?.practices.filter((p) => p.calls.k > 0) ?? [];
    expect(present.length).toBe(all?.practices.length);
  });
});
