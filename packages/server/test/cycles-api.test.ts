import { objectiveProgress } from '@vigie/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, storeGeneratedCalls, type World } from './fixtures.ts';
import { dialects, openTestRuntime, type TestRuntime } from './harness.ts';
import type { TestClient } from './http-client.ts';

interface Progress {
  objectives: {
    practiceId: string;
    before: { k: number; n: number } | null;
    after: { k: number; n: number };
    significant: boolean;
    achieved: boolean;
  }[];
  achieved: boolean;
}
interface Cycle {
  id: string;
  number: number;
  status: string;
  focusTheme: string;
  progress?: Progress | null;
  actions?: { id: string; text: string; status: string; comment: string; updatedBy: string }[];
}

const PRACTICE = 'hold_unannounced';

describe.each(dialects())('coaching cycles and action plans over the API on %s', (dialect) => {
  let rt: TestRuntime;
  let w: World;
  let analyst: TestClient;
  let atlasUser: TestClient;
  let armorUser: TestClient;
  let base: string;
  let baselineRunId: string;
  let measureRunId: string;
  let cycle: Cycle;

  /** Calls of Atlas with the practice, of Atlas's calls in a run: counted from the stored results. */
  const counts = async (runId: string) => {
    const rows = await rt.ctx.conn.db
      .selectFrom('analysisCallResult')
      .select('ruleIds')
      .where('runId', '=', runId)
      .where('vendorId', '=', w.atlasId)
      .execute();
    return { k: rows.filter((r) => r.ruleIds.includes(` ${PRACTICE} `)).length, n: rows.length };
  };

  const waitForRun = async (id: string) => {
    for (let i = 0; i < 400; i++) {
      const r = await analyst.get<{ run: { status: string } }>(`${base}/analysis-runs/${id}?stats=none`);
      if (r.body.run.status !== 'running') return r.body.run.status;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return 'running';
  };

  beforeAll(async () => {
    rt = await openTestRuntime(dialect);
    w = await buildWorld(rt);
    base = `/api/workspaces/${w.ws}`;
    analyst = await w.as('analyst@demo.vigie.local');
    atlasUser = await w.as('atlas@demo.vigie.local');
    armorUser = await w.as('armor@demo.vigie.local');
    const db = rt.ctx.conn.db;
    await storeGeneratedCalls(rt, w, 500, 9);
    // the baseline: the demo's run over every call; the measure: a run over a new sample of Atlas's calls
    baselineRunId = (
      await db
        .selectFrom('analysisRun')
        .select('id')
        .where('workspaceId', '=', w.ws)
        .executeTakeFirstOrThrow()
    ).id;
    const plan = await analyst.post<{ id: string }>(`${base}/sample-plans`, {
      name: 'Atlas, cycle 1',
      population: { vendorId: w.atlasId },
      size: { mode: 'fixed', size: 80 },
      seed: 4,
    });
    await analyst.post(`${base}/sample-plans/${plan.body.id}/draw`, {});
    const run = await analyst.post<{ id: string }>(`${base}/analysis-runs`, {
      libraryId: 'fr',
      filter: { sampleId: plan.body.id },
    });
    measureRunId = run.body.id;
    expect(await waitForRun(measureRunId)).toBe('done');
  }, 180_000);
  afterAll(async () => rt?.dispose());

  it('opens a cycle on a focus theme with objectives, refusing what makes no sense', async () => {
    const bad = await analyst.post(`${base}/coaching-cycles`, {
      vendorId: w.atlasId,
      focusTheme: 'phone_tool',
      startsOn: '2026-11-01',
      endsOn: '2026-12-15',
      objectives: [{ practiceId: 'no_such_practice', direction: 'at_most', target: 0.1 }],
      baselineRunId,
    });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain('"objectives","0","practiceId"');
    const reversed = await analyst.post(`${base}/coaching-cycles`, {
      vendorId: w.atlasId,
      focusTheme: 'phone_tool',
      startsOn: '2026-12-15',
      endsOn: '2026-11-01',
      objectives: [{ practiceId: PRACTICE, direction: 'at_most', target: 0.1 }],
    });
    expect(reversed.status).toBe(400);
    expect((await atlasUser.post(`${base}/coaching-cycles`, { vendorId: w.atlasId })).status).toBe(403);
    const opened = await analyst.post<Cycle>(`${base}/coaching-cycles`, {
      vendorId: w.atlasId,
      focusTheme: 'phone_tool',
      startsOn: '2026-11-01',
      endsOn: '2026-12-15',
      objectives: [{ practiceId: PRACTICE, direction: 'at_most', target: 0.1 }],
      baselineRunId,
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    expect(opened.body).toMatchObject({ number: 1, status: 'in_progress', focusTheme: 'phone_tool' });
    cycle = opened.body;
    const again = await analyst.post(`${base}/coaching-cycles`, {
      ...opened.body,
      vendorId: w.atlasId,
      objectives: [{ practiceId: PRACTICE, direction: 'at_most', target: 0.1 }],
      baselineRunId,
    });
    expect(again.status).toBe(409);
  });

  it("lets the vendor's users keep the action plan, and no other vendor", async () => {
    const added = await atlasUser.post<{ id: string }>(`${base}/coaching-cycles/${cycle.id}/actions`, {
      text: 'Annoncer chaque mise en attente et remercier au retour',
      owner: 'Responsable plateau Casablanca',
      dueOn: '2026-11-20',
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const done = await atlasUser.put(`${base}/coaching-cycles/${cycle.id}/actions/${added.body.id}`, {
      status: 'done',
      comment: 'Fait en brief d’équipe le 18/11',
    });
    expect(done.status).toBe(200);
    const read = await analyst.get<Cycle>(`${base}/coaching-cycles/${cycle.id}`);
    expect(read.body.actions).toMatchObject([
      { status: 'done', comment: 'Fait en brief d’équipe le 18/11', updatedBy: 'atlas@demo.vigie.local' },
    ]);
    expect((await armorUser.get(`${base}/coaching-cycles/${cycle.id}`)).status).toBe(404);
    expect(
      (
        await armorUser.post(`${base}/coaching-cycles/${cycle.id}/actions`, {
          text: 'x',
          owner: 'x',
          dueOn: '2026-11-20',
        })
      ).status,
    ).toBe(404);
    expect((await armorUser.get<{ items: Cycle[] }>(`${base}/coaching-cycles`)).body.items).toEqual([]);
    expect((await atlasUser.post(`${base}/coaching-cycles/${cycle.id}/close`, {})).status).toBe(403);
  });

  it('measures each objective on the new sample against the baseline, and closes the cycle on it', async () => {
    const unmeasured = await analyst.post(`${base}/coaching-cycles/${cycle.id}/close`, {});
    // a measure is a new sample of the vendor's calls: not the baseline, not another vendor's run
    const same = await analyst.put(`${base}/coaching-cycles/${cycle.id}`, { measureRunId: baselineRunId });
    expect(same.status).toBe(422);
    expect(JSON.stringify(same.body)).toContain('same_as_baseline');
    const armorRun = await analyst.post<{ id: string }>(`${base}/analysis-runs`, {
      libraryId: 'fr',
      filter: { vendorId: w.armorId },
    });
    expect(await waitForRun(armorRun.body.id)).toBe('done');
    const other = await analyst.put(`${base}/coaching-cycles/${cycle.id}`, {
      measureRunId: armorRun.body.id,
    });
    expect(other.status).toBe(422);
    expect(JSON.stringify(other.body)).toContain('no_calls');
    expect(unmeasured.status).toBe(422);
    expect((await analyst.put(`${base}/coaching-cycles/${cycle.id}`, { measureRunId })).status).toBe(200);
    const measured = await analyst.get<Cycle>(`${base}/coaching-cycles/${cycle.id}`);
    const before = await counts(baselineRunId);
    const after = await counts(measureRunId);
    expect(after.n).toBe(80);
    const expected = objectiveProgress(
      { practiceId: PRACTICE, direction: 'at_most', target: 0.1 },
      before,
      after,
    );
    expect(measured.body.progress?.objectives[0]).toMatchObject({
      practiceId: PRACTICE,
      before: { k: before.k, n: before.n },
      after: { k: after.k, n: after.n },
      significant: expected.significant,
      achieved: expected.achieved,
    });
    const closed = await analyst.post<{
      cycle: Cycle & { outcome: Progress };
      achieved: string[];
      nextFocus: string;
    }>(`${base}/coaching-cycles/${cycle.id}/close`, {});
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.cycle.status).toBe('closed');
    expect(closed.body.cycle.outcome.achieved).toBe(expected.achieved);
    // an achieved theme moves the focus on; a missed one stays the focus
    expect(closed.body.nextFocus).toBe(expected.achieved ? 'structured_conversation' : 'phone_tool');
    expect(
      (
        await atlasUser.post(`${base}/coaching-cycles/${cycle.id}/actions`, {
          text: 'x',
          owner: 'x',
          dueOn: '2026-12-01',
        })
      ).status,
    ).toBe(409);
    const next = await analyst.post<Cycle>(`${base}/coaching-cycles`, {
      vendorId: w.atlasId,
      focusTheme: closed.body.nextFocus,
      startsOn: '2026-12-16',
      endsOn: '2027-01-31',
      objectives: [{ practiceId: PRACTICE, direction: 'at_most', target: 0.95 }],
      baselineRunId,
    });
    expect(next.body.number).toBe(2);
    // a target the whole interval of the rate is under: achieved, and the focus moves to the next theme
    await analyst.put(`${base}/coaching-cycles/${next.body.id}`, { measureRunId });
    const second = await analyst.post<{
      cycle: { outcome: Progress };
      achieved: string[];
      nextFocus: string;
    }>(`${base}/coaching-cycles/${next.body.id}/close`, {});
    expect(second.body.cycle.outcome.achieved).toBe(true);
    expect(second.body.achieved).toContain(closed.body.nextFocus);
    const themes = ['phone_tool', 'structured_conversation', 'relational_quality'];
    expect(second.body.nextFocus).toBe(themes[themes.indexOf(closed.body.nextFocus) + 1]);
    const timeline = await atlasUser.get<{
      items: Cycle[];
      vendors: { vendorId: string; nextFocus: string }[];
    }>(`${base}/coaching-cycles`);
    expect(timeline.body.items.map((c) => [c.number, c.status])).toEqual([
      [1, 'closed'],
      [2, 'closed'],
    ]);
    expect(timeline.body.vendors).toMatchObject([{ vendorId: w.atlasId, nextFocus: second.body.nextFocus }]);
  });
});
