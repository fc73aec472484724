import fs from 'node:fs';
import path from 'node:path';
import { drawSample, sampleSize } from '@vigie/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSample } from '../src/cli/sample.ts';
import { buildWorld, storeGeneratedCalls, type World } from './fixtures.ts';
import { dialects, openTestRuntime, type TestRuntime } from './harness.ts';
import type { TestClient } from './http-client.ts';

const CALLS = 600;

interface Draw {
  id: string;
  size: number;
  populationSize: number;
  populationSha256: string;
  seed: number;
  allocation: { stratum: string; population: number; drawn: number }[];
  comparisons: { dimension: string; representative: boolean; pValue: number | null }[];
  drawnBy: string;
}
interface Plan {
  id: string;
  vendorId: string | null;
  seed: number;
  draw: Draw | null;
}
interface SampledCall {
  id: string;
  callId: string;
  vendorId: string;
  agent: string;
  stratum: string;
}

describe.each(dialects())('sample plans and draws over the API on %s', (dialect) => {
  let rt: TestRuntime;
  let w: World;
  let analyst: TestClient;
  let atlasUser: TestClient;
  let armorUser: TestClient;
  let base: string;
  /** every stored call: call id, vendor, agent */
  let stored: { callId: string; vendorId: string; agent: string; id: string }[];

  const plan = (body: Record<string, unknown>) => analyst.post<Plan>(`${base}/sample-plans`, body);
  const draw = (planId: string, client = analyst) =>
    client.post<Draw>(`${base}/sample-plans/${planId}/draw`, {});
  const calls = async (planId: string, client = analyst) =>
    (
      await client.get<{ items: SampledCall[]; total: number }>(
        `${base}/sample-plans/${planId}/calls?limit=1000`,
      )
    ).body;

  beforeAll(async () => {
    rt = await openTestRuntime(dialect);
    w = await buildWorld(rt);
    base = `/api/workspaces/${w.ws}`;
    analyst = await w.as('analyst@demo.vigie.local');
    atlasUser = await w.as('atlas@demo.vigie.local');
    armorUser = await w.as('armor@demo.vigie.local');
    const db = rt.ctx.conn.db;
    await storeGeneratedCalls(rt, w, CALLS, 11);
    stored = await db
      .selectFrom('transcript')
      .select(['id', 'callId', 'vendorId', 'agent'])
      .where('workspaceId', '=', w.ws)
      .execute();
    expect(stored).toHaveLength(CALLS);
  }, 120_000);
  afterAll(async () => rt?.dispose());

  it('draws the size the margin of error asks for, reproducibly from the seed, whatever the database', async () => {
    const atlasCalls = stored.filter((s) => s.vendorId === w.atlasId);
    const created = await plan({
      name: 'Atlas, octobre',
      population: { vendorId: w.atlasId },
      size: { mode: 'margin', margin: 0.05, confidence: 0.95 },
      strata: { by: 'agent', mode: 'proportional' },
      seed: 42,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ vendorId: w.atlasId, seed: 42, draw: null });
    const drawn = await draw(created.body.id);
    expect(drawn.status, JSON.stringify(drawn.body)).toBe(201);
    const expectedSize = sampleSize({ margin: 0.05, confidence: 0.95, population: atlasCalls.length }).size;
    expect(drawn.body).toMatchObject({ size: expectedSize, populationSize: atlasCalls.length, seed: 42 });
    expect(drawn.body.drawnBy).toBe('analyst@demo.vigie.local');
    // the same draw by core over the generated calls, in another order: the database changes nothing
    const expected = drawSample(
      [...atlasCalls].reverse().map((c) => ({ id: c.callId, stratum: c.agent })),
      { size: expectedSize, strata: 'proportional', seed: 42 },
    );
    const got = await calls(created.body.id);
    expect(got.total).toBe(expectedSize);
    expect(got.items.map((c) => c.callId).sort()).toEqual([...expected.ids].sort());
    expect(drawn.body.allocation).toEqual(expected.allocation);
    expect(drawn.body.comparisons.map((c) => c.dimension)).toEqual([
      'vendor',
      'site',
      'agent',
      'hour',
      'duration',
    ]);
    // drawn once: the sample is the record
    expect((await draw(created.body.id)).status).toBe(409);
  });

  it('lets anyone draw the same sample again from the population file with vigie sample', async () => {
    const created = await plan({
      name: 'Armor, 80 appels',
      population: { vendorId: w.armorId },
      size: { mode: 'fixed', size: 80 },
      strata: { by: 'agent', mode: 'equal', minPerStratum: 2 },
      seed: 7,
    });
    await draw(created.body.id);
    const csv = await armorUser.get<string>(`${base}/sample-plans/${created.body.id}/population.csv`);
    expect(csv.status).toBe(200);
    const file = path.join(rt.ctx.config.dataDir, `population-${dialect}.csv`);
    fs.writeFileSync(file, csv.body);
    const lines: string[] = [];
    const ids = await runSample(
      {
        population: file,
        size: '80',
        confidence: '0.95',
        strata: 'stratum',
        strataMode: 'equal',
        minPerStratum: '2',
        seed: '7',
      },
      () => Promise.reject(new Error('no database for a file')),
      (line) => lines.push(line),
    );
    const got = await calls(created.body.id, armorUser);
    expect(ids.trim().split('\n').sort()).toEqual(got.items.map((c) => c.callId).sort());
    const plansSeen = await armorUser.get<Plan>(`${base}/sample-plans/${created.body.id}`);
    expect(lines.join('')).toContain(`sha256 ${plansSeen.body.draw?.populationSha256}`);
  });

  it('draws from the workspace with vigie sample --workspace and a query, as the API does', async () => {
    const created = await plan({
      name: 'Atlas, 30 appels',
      population: { vendorId: w.atlasId, from: '2026-10-01' },
      size: { mode: 'fixed', size: 30 },
      strata: { by: 'agent', mode: 'proportional' },
      seed: 99,
    });
    await draw(created.body.id);
    const ids = await runSample(
      {
        population: 'vendor=Atlas Relation Client,from=2026-10-01',
        workspace: w.ws,
        size: '30',
        confidence: '0.95',
        strata: 'agent',
        strataMode: 'proportional',
        minPerStratum: '0',
        seed: '99',
      },
      async () => ({ ctx: rt.ctx, close: async () => undefined }),
      () => undefined,
    );
    const got = await calls(created.body.id);
    expect(ids.trim().split('\n').sort()).toEqual(got.items.map((c) => c.callId).sort());
    const bad = await runSample(
      {
        population: 'vendor=Nobody',
        workspace: w.ws,
        confidence: '0.95',
        strataMode: 'proportional',
        minPerStratum: '0',
        seed: '1',
      },
      async () => ({ ctx: rt.ctx, close: async () => undefined }),
      () => undefined,
    ).catch((e: unknown) => e);
    expect(String(bad)).toContain('--population: no vendor "Nobody" in this workspace');
  });

  it('leaves out the calls of earlier samples when asked, and runs an analysis over a sample', async () => {
    const first = await plan({ name: 'Tout', population: {}, size: { mode: 'fixed', size: 150 }, seed: 1 });
    await draw(first.body.id);
    const second = await plan({
      name: 'Tout, sans les appels déjà tirés',
      population: { excludeSampled: true },
      size: { mode: 'fixed', size: 150 },
      seed: 1,
    });
    const drawn = await draw(second.body.id);
    expect(drawn.status).toBe(201);
    const a = new Set((await calls(first.body.id)).items.map((c) => c.id));
    const b = (await calls(second.body.id)).items.map((c) => c.id);
    expect(b).toHaveLength(150);
    expect(b.filter((id) => a.has(id))).toEqual([]);
    const run = await analyst.post<{ id: string; callsTotal: number }>(`${base}/analysis-runs`, {
      libraryId: 'fr',
      filter: { sampleId: second.body.id },
    });
    expect(run.status, JSON.stringify(run.body)).toBe(202);
    expect(run.body.callsTotal).toBe(150);
  });

  it("keeps each vendor's plans, calls and population to that vendor's users", async () => {
    const atlasPlan = await plan({
      name: 'Atlas',
      population: { vendorId: w.atlasId },
      size: { mode: 'fixed', size: 20 },
      seed: 3,
    });
    const everyone = await plan({ name: 'Tous', population: {}, size: { mode: 'fixed', size: 20 }, seed: 3 });
    await draw(atlasPlan.body.id);
    await draw(everyone.body.id);
    for (const path of ['', '/calls', '/population.csv']) {
      expect((await armorUser.get(`${base}/sample-plans/${atlasPlan.body.id}${path}`)).status).toBe(404);
      expect((await armorUser.get(`${base}/sample-plans/${everyone.body.id}${path}`)).status).toBe(404);
      expect((await atlasUser.get(`${base}/sample-plans/${atlasPlan.body.id}${path}`)).status).toBe(200);
    }
    const listed = await armorUser.get<{ items: Plan[] }>(`${base}/sample-plans`);
    expect(listed.body.items.length).toBeGreaterThan(0);
    expect(listed.body.items.every((p) => p.vendorId === w.armorId)).toBe(true);
    const atlasCalls = await calls(atlasPlan.body.id, atlasUser);
    expect(atlasCalls.items.every((c) => c.vendorId === w.atlasId)).toBe(true);
    // vendor users read, never draw
    expect(
      (
        await atlasUser.post(`${base}/sample-plans`, {
          name: 'x',
          population: {},
          size: { mode: 'fixed', size: 5 },
        })
      ).status,
    ).toBe(403);
    const undrawn = await plan({
      name: 'Atlas bis',
      population: { vendorId: w.atlasId },
      size: { mode: 'fixed', size: 5 },
    });
    expect((await draw(undrawn.body.id, atlasUser)).status).toBe(403);
  });

  it('refuses bad plans with the field at fault, and an empty population stores no draw', async () => {
    const unknown = await plan({
      name: 'x',
      population: { vendorId: 'nope' },
      size: { mode: 'fixed', size: 5 },
    });
    expect(unknown.status).toBe(422);
    expect(JSON.stringify(unknown.body)).toContain('vendorId');
    const margin = await plan({
      name: 'x',
      population: {},
      size: { mode: 'margin', margin: 0, confidence: 0.95 },
    });
    expect(margin.status).toBe(400);
    expect(JSON.stringify(margin.body)).toContain('margin');
    const reversed = await plan({
      name: 'x',
      population: { from: '2026-10-31', to: '2026-10-01' },
      size: { mode: 'fixed', size: 5 },
    });
    expect(reversed.status).toBe(400);
    const empty = await plan({
      name: 'Vide',
      population: { from: '2020-01-01', to: '2020-01-31' },
      size: { mode: 'fixed', size: 5 },
    });
    expect(empty.status).toBe(201);
    const drawn = await draw(empty.body.id);
    expect(drawn.status).toBe(422);
    const draws = await rt.ctx.conn.db
      .selectFrom('sampleDraw')
      .select('id')
      .where('planId', '=', empty.body.id)
      .execute();
    expect(draws).toEqual([]);
  });
});
