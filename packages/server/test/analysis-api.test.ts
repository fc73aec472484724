import fs from 'node:fs';
import path from 'node:path';
import type { Transcript } from '@vigie/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importTranscripts, TranscriptImportRejected } from '../src/app/analysis/import-transcripts.ts';
import { buildWorld, type World } from './fixtures.ts';
import { dialects, openTestRuntime, type TestRuntime } from './harness.ts';
import type { TestClient } from './http-client.ts';

const SAMPLES = path.resolve(import.meta.dirname, 'fixtures/transcripts');
const EXAMPLE = path.resolve(import.meta.dirname, '../../../docs/examples/transcript-fr.json');

/** A French call of `vendor`, built from the documented example with its own id and wording. */
function call(callId: string, vendor: string, agent: string, agentLines: string[]): Transcript {
  const example = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8')) as Transcript;
  return {
    ...example,
    callId,
    links: { vendor, agent, startedAt: '2026-10-14T09:12:05' },
    turns: agentLines.map((text, i) => ({
      speaker: i % 2 === 0 ? 'agent' : 'customer',
      start: i * 10,
      end: i * 10 + 8,
      text,
    })),
  };
}

interface Run {
  id: string;
  status: string;
  callsTotal: number;
  callsDone: number;
}

describe.each(dialects())('transcripts, libraries and analysis runs over the API on %s', (dialect) => {
  let rt: TestRuntime;
  let w: World;
  let analyst: TestClient;
  let atlasUser: TestClient;
  let armorUser: TestClient;
  let base: string;
  let dir: string;
  let run: Run;

  const transcriptIdOf = async (callId: string) =>
    (
      await rt.ctx.conn.db
        .selectFrom('transcript')
        .select('id')
        .where('callId', '=', callId)
        .executeTakeFirstOrThrow()
    ).id;

  beforeAll(async () => {
    rt = await openTestRuntime(dialect);
    w = await buildWorld(rt);
    base = `/api/workspaces/${w.ws}`;
    analyst = await w.as('analyst@demo.vigie.local');
    atlasUser = await w.as('atlas@demo.vigie.local');
    armorUser = await w.as('armor@demo.vigie.local');
    dir = fs.mkdtempSync(path.join(rt.ctx.config.dataDir, 'calls-'));
    const lines = [
      call('atlas-1', 'Atlas Relation Client', 'Nadia B.', [
        'Hélios Énergie bonjour, je vous écoute.',
        'Ma carte 4970 1012 3456 7893 a été débitée deux fois.',
        'Je vous mets en attente, je vérifie.',
        'Non merci, ça ne m’intéresse pas.',
      ]),
      call('armor-1', 'Armor Contact', 'Yann L.', [
        'Bonjour.',
        'Je voudrais résilier mon contrat.',
        'Je ne peux pas faire ça, c’est le système.',
        'Je veux parler à votre responsable.',
      ]),
    ];
    fs.writeFileSync(path.join(dir, 'corpus.jsonl'), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    fs.copyFileSync(path.join(SAMPLES, 'appel-facture-horodate.txt'), path.join(dir, 'atlas-appel.txt'));
    const imported = await importTranscripts(rt.ctx, {
      workspaceId: w.ws,
      inputs: [dir],
      vendor: 'Atlas Relation Client',
      format: 'auto',
      language: 'fr',
      redact: true,
    });
    expect(imported).toMatchObject({ files: 2, stored: 3, alreadyStored: 0 });
    expect(imported.redactions.card).toBe(1);
    const started = await analyst.post<Run>(`${base}/analysis-runs`, { libraryId: 'fr', filter: {} });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    for (let i = 0; i < 100; i++) {
      const r = await analyst.get<{ run: Run }>(`${base}/analysis-runs/${started.body.id}`);
      run = r.body.run;
      if (run.status !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(run).toMatchObject({ status: 'done', callsTotal: 3, callsDone: 3 });
  }, 60_000);
  afterAll(async () => rt?.dispose());

  it('stores the redacted text only, and nothing twice', async () => {
    const row = await rt.ctx.conn.db
      .selectFrom('transcript')
      .selectAll()
      .where('callId', '=', 'atlas-1')
      .executeTakeFirstOrThrow();
    expect(row.documentJson).toContain('[CARD]');
    expect(row.documentJson).not.toContain('4970');
    expect(JSON.parse(row.redactionsJson ?? '{}')).toMatchObject({ card: 1 });
    const again = await importTranscripts(rt.ctx, {
      workspaceId: w.ws,
      inputs: [dir],
      vendor: 'Atlas Relation Client',
      format: 'auto',
      language: 'fr',
      redact: true,
    });
    expect(again).toMatchObject({ stored: 0, alreadyStored: 3 });
  });

  it('refuses a whole import when one file is bad, naming it, and stores nothing', async () => {
    const bad = fs.mkdtempSync(path.join(rt.ctx.config.dataDir, 'bad-'));
    fs.writeFileSync(
      path.join(bad, 'a.jsonl'),
      `${JSON.stringify(call('new-1', 'Atlas Relation Client', 'A', ['Bonjour.']))}\n${JSON.stringify(call('new-2', 'Nobody SA', 'A', ['Bonjour.']))}\n`,
    );
    fs.copyFileSync(path.join(SAMPLES, 'inconnu.txt'), path.join(bad, 'b.txt'));
    const before = await rt.ctx.conn.db
      .selectFrom('transcript')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const error = await importTranscripts(rt.ctx, {
      workspaceId: w.ws,
      inputs: [bad],
      vendor: null,
      format: 'auto',
      language: 'fr',
      redact: true,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TranscriptImportRejected);
    expect((error as TranscriptImportRejected).problems.map((p) => p.message)).toEqual([
      `${path.join(bad, 'a.jsonl')}, line 2: links.vendor: no vendor "Nobody SA" in this workspace`,
      expect.stringContaining(`${path.join(bad, 'b.txt')}, line 3`),
    ]);
    const after = await rt.ctx.conn.db
      .selectFrom('transcript')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("gives a run's figures over the reader's scope: the client sees all calls, a vendor user its own", async () => {
    const all = await analyst.get<{ stats: { calls: number; groups: { dimension: string; key: string }[] } }>(
      `${base}/analysis-runs/${run.id}?by=vendor`,
    );
    expect(all.status).toBe(200);
    expect(all.body.stats.calls).toBe(3);
    expect(
      all.body.stats.groups
        .filter((g) => g.dimension === 'vendor')
        .map((g) => g.key)
        .sort(),
    ).toEqual([w.armorId, w.atlasId].sort());
    const atlas = await atlasUser.get<{
      stats: { calls: number; groups: { dimension: string; key: string }[] };
    }>(`${base}/analysis-runs/${run.id}?by=vendor`);
    expect(atlas.body.stats.calls).toBe(2);
    expect(atlas.body.stats.groups.filter((g) => g.dimension === 'vendor').map((g) => g.key)).toEqual([
      w.atlasId,
    ]);
    const armor = await armorUser.get<{ run: Run; stats: { calls: number } }>(
      `${base}/analysis-runs/${run.id}`,
    );
    expect(armor.body.stats.calls).toBe(1);
    // not even the count of the other vendors' calls
    expect(armor.body.run).toMatchObject({ callsTotal: 1, callsDone: 1 });
    const list = await armorUser.get<{ items: Run[] }>(`${base}/analysis-runs`);
    expect(list.body.items.map((r) => [r.callsTotal, r.callsDone])).toEqual([[1, 1]]);
    const polled = await analyst.get<{ run: Run; stats: null }>(`${base}/analysis-runs/${run.id}?stats=none`);
    expect(polled.body).toMatchObject({ run: { callsTotal: 3 }, stats: null });
  });

  it('finds the practices in the calls and shows their hits in the call viewer', async () => {
    const armorCall = await transcriptIdOf('armor-1');
    const viewer = await analyst.get<{
      result: { hits: { ruleId: string; spans: { text: string }[] }[] };
      transcript: Transcript;
    }>(`${base}/analysis-runs/${run.id}/calls/${armorCall}`);
    expect(viewer.status).toBe(200);
    expect(viewer.body.transcript.turns).toHaveLength(4);
    const hitTexts = viewer.body.result.hits.flatMap((h) => h.spans.map((s) => s.text.toLowerCase()));
    expect(hitTexts.some((t) => t.includes('responsable'))).toBe(true);
    const calls = await analyst.get<{ items: { transcript: { callId: string } }[]; total: number }>(
      `${base}/analysis-runs/${run.id}/calls`,
    );
    expect(calls.body.total).toBe(3);
  });

  it("never lets a vendor user read another vendor's calls, results or practice examples", async () => {
    const armorCall = await transcriptIdOf('armor-1');
    expect((await atlasUser.get(`${base}/transcripts/${armorCall}`)).status).toBe(404);
    expect((await atlasUser.get(`${base}/analysis-runs/${run.id}/calls/${armorCall}`)).status).toBe(404);
    expect((await armorUser.get(`${base}/transcripts/${armorCall}`)).status).toBe(200);
    const list = await atlasUser.get<{ items: { vendorId: string }[]; total: number }>(
      `${base}/transcripts?limit=100`,
    );
    expect(list.body.total).toBe(2);
    expect(new Set(list.body.items.map((t) => t.vendorId))).toEqual(new Set([w.atlasId]));
    const agents = await atlasUser.get<{ items: { agent: string; vendorId: string; calls: number }[] }>(
      `${base}/transcripts/agents`,
    );
    // the plain-text call names no agent: it is in no agent's count
    expect(agents.body.items).toEqual([{ agent: 'Nadia B.', vendorId: w.atlasId, calls: 1 }]);
    const allAgents = await analyst.get<{ items: { agent: string }[] }>(`${base}/transcripts/agents`);
    expect(allAgents.body.items.map((a) => a.agent)).toEqual(['Nadia B.', 'Yann L.']);
    const filtered = await atlasUser.get<{ total: number }>(`${base}/transcripts?vendorId=${w.armorId}`);
    expect(filtered.body.total).toBe(0);
    const runCalls = await atlasUser.get<{ items: { transcript: { vendorId: string } }[] }>(
      `${base}/analysis-runs/${run.id}/calls?vendorId=${w.armorId}`,
    );
    expect(runCalls.body.items).toEqual([]);
    const library = await analyst.get<{ library: { rules: { id: string; kind: string }[] } }>(
      `${base}/libraries/fr`,
    );
    for (const rule of library.body.library.rules.filter((r) => r.kind !== 'definition')) {
      const page = await atlasUser.get<{
        examples: { transcript: { vendorId: string } }[];
        byVendor: { key: string }[];
      }>(`${base}/analysis-runs/${run.id}/practices/${rule.id}`);
      expect(page.status).toBe(200);
      for (const e of page.body.examples) expect(e.transcript.vendorId).toBe(w.atlasId);
      for (const g of page.body.byVendor) expect(g.key).toBe(w.atlasId);
    }
  });

  it('lets only the client analyse and write libraries, and keeps other workspaces out', async () => {
    expect((await atlasUser.post(`${base}/analysis-runs`, { libraryId: 'fr' })).status).toBe(403);
    expect((await atlasUser.post(`${base}/libraries`, { library: {} })).status).toBe(403);
    const other = await w.as(w.otherAdminEmail);
    expect((await other.get(`${base}/analysis-runs/${run.id}`)).status).toBe(404);
    expect((await other.get(`${base}/transcripts`)).status).toBe(404);
    expect((await other.get(`/api/workspaces/${w.otherWs}/analysis-runs/${run.id}`)).status).toBe(404);
  });

  it('checks a library whole: a broken rule is refused with its rule, line and column', async () => {
    const shipped = await analyst.get<{ library: { rules: { id: string; rule: string }[] } }>(
      `${base}/libraries/fr`,
    );
    const library = structuredClone(shipped.body.library) as {
      id: string;
      rules: { id: string; rule: string }[];
    };
    library.id = 'ma_copie';
    const broken = structuredClone(library);
    (broken.rules[0] as { rule: string }).rule = 'agent:"je vous mets';
    const refused = await analyst.post<{
      error: { code: string; issues: { path: unknown[]; code: string; params: Record<string, unknown> }[] };
    }>(`${base}/libraries`, { library: broken, basedOn: 'fr' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.issues[0]).toMatchObject({
      path: ['rules', 0, 'rule'],
      code: 'unclosed_phrase',
      params: { line: 1, column: 7 },
    });
    const created = await analyst.post<{ id: string; builtIn: boolean }>(`${base}/libraries`, {
      library,
      basedOn: 'fr',
    });
    expect(created.status).toBe(201);
    expect(created.body.builtIn).toBe(false);
    const saved = await analyst.put(`${base}/libraries/${created.body.id}`, {
      library: { ...library, name: { fr: 'Ma copie', en: 'My copy' } },
    });
    expect(saved.status).toBe(200);
    expect((await analyst.put(`${base}/libraries/fr`, { library })).status).toBe(422);
    const list = await atlasUser.get<{ items: { id: string }[] }>(`${base}/libraries`);
    expect(list.body.items.map((l) => l.id)).toEqual(['fr', 'en', created.body.id]);
  });
});
