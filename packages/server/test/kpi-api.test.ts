import fs from 'node:fs';
import path from 'node:path';
import {
  anonymousBankProfile,
  computeKpisAsync,
  contactFlags,
  DEFAULT_KPI_OPTIONS,
  type KpiRow,
} from '@vigie/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoverInterruptedImports } from '../src/app/imports/recover-imports.ts';
import { createImportRecord } from '../src/app/imports/run-import.ts';
import { insertInteractions, interactionRow } from '../src/db/repositories/interaction-store.ts';
import { importInteractions } from '../src/io/import-interactions.ts';
import { buildWorld, type World } from './fixtures.ts';
import { dialects, openTestRuntime, type TestRuntime } from './harness.ts';
import type { TestClient } from './http-client.ts';

const BANK = path.join(import.meta.dirname, 'fixtures/anonymous-bank/calls_first_3_days.csv');

type ImportView = {
  id: string;
  status: string;
  rowsValid: number;
  rowsImported: number;
  rowsDuplicate: number;
  rowsRejected: number;
  errors: number;
  preview: unknown[];
  problems: { line: number; field: string | null; message: string }[];
};

function form(content: string | Buffer, name: string, fields: Record<string, string>): FormData {
  const f = new FormData();
  f.append('file', new File([typeof content === 'string' ? content : new Uint8Array(content)], name));
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

/** Polls an import until it leaves `running`. */
async function settled(client: TestClient, ws: string, id: string): Promise<ImportView> {
  for (let k = 0; k < 600; k++) {
    const r = await client.get<ImportView>(`/api/workspaces/${ws}/imports/${id}`);
    if (r.body.status !== 'running') return r.body;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`import ${id} still running`);
}

describe.each(dialects())('contact records, KPIs and targets on %s', (dialect) => {
  let rt: TestRuntime;
  let w: World;
  let analyst: TestClient;
  let armorUser: TestClient;
  let phoneActivity: string;
  const api = (rest: string) => `/api/workspaces/${w.ws}${rest}`;

  /** Rows of every contact-record table, to prove a refused import changed nothing. */
  async function storedCounts(): Promise<number[]> {
    const db = rt.ctx.conn.db;
    const n = async (
      table:
        | 'interaction'
        | 'kpiIntervalRollup'
        | 'kpiAgentDayRollup'
        | 'kpiAgentChannelRollup'
        | 'kpiHistogram',
    ) =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return [
      await n('interaction'),
      await n('kpiIntervalRollup'),
      await n('kpiAgentDayRollup'),
      await n('kpiAgentChannelRollup'),
      await n('kpiHistogram'),
    ];
  }

  async function upload(content: string | Buffer, name: string, fields: Record<string, string>) {
    const r = await analyst.upload<ImportView>(api('/imports'), form(content, name, fields));
    expect(r.status, JSON.stringify(r.body)).toBe(202);
    return settled(analyst, w.ws, r.body.id);
  }

  beforeAll(async () => {
    rt = await openTestRuntime(dialect);
    w = await buildWorld(rt);
    analyst = await w.as('analyst@demo.vigie.local');
    armorUser = await w.as('armor@demo.vigie.local');
    const activity = await rt.ctx.conn.db
      .selectFrom('activity')
      .select('id')
      .where('workspaceId', '=', w.ws)
      .where('name', '=', 'Service client — téléphone')
      .executeTakeFirstOrThrow();
    phoneActivity = activity.id;
  });
  afterAll(async () => rt?.dispose());

  it('dry-runs a real file: preview and problems, nothing stored', async () => {
    const before = await storedCounts();
    const dry = await upload(fs.readFileSync(BANK), 'calls.csv', {
      profile: 'anonymous-bank',
      vendorId: w.atlasId,
      activityId: phoneActivity,
      dryRun: 'true',
    });
    expect(dry).toMatchObject({ status: 'previewed', rowsValid: 7083, rowsImported: 0, errors: 0 });
    expect(dry.preview).toHaveLength(20);
    expect(dry.problems.some((p) => p.line === 302 && p.field === 'ser_start')).toBe(true);
    expect(await storedCounts()).toEqual(before);
  });

  it('stores a committed dry run, and the dashboard figures equal the engine on the file', async () => {
    const dry = (await analyst.get<{ items: ImportView[] }>(api('/imports'))).body.items.find(
      (i) => i.status === 'previewed',
    );
    const commit = await analyst.post<ImportView>(api(`/imports/${dry?.id}/commit`), {
      mode: 'all_or_nothing',
    });
    expect(commit.status).toBe(202);
    const done = await settled(analyst, w.ws, commit.body.id);
    expect(done).toMatchObject({ status: 'completed', rowsImported: 7083, rowsDuplicate: 0 });

    const summary = await analyst.get<{ rows: KpiRow[] }>(
      api('/kpi/summary?from=2010-08-01&to=2010-08-03&by=day'),
    );
    expect(summary.status).toBe(200);
    const engine = await computeKpisAsync(
      (async function* () {
        for await (const { interaction } of importInteractions(BANK, anonymousBankProfile)) yield interaction;
      })(),
      { by: ['day'] },
    );
    const fields = [
      'day',
      'offered',
      'answered',
      'abandoned',
      'shortAbandoned',
      'answerRate',
      'abandonRate',
    ] as const;
    const more = [
      'serviceLevel',
      'asaSeconds',
      'ahtSeconds',
      'fcr',
      'fcrN',
      'fcrRepeated',
      'vruOnly',
      'phantom',
    ] as const;
    expect(summary.body.rows).toHaveLength(3);
    summary.body.rows.forEach((row, k) => {
      const expected = engine.rows[k] as KpiRow;
      for (const f of [...fields, ...more]) {
        const [a, b] = [row[f], expected[f]];
        if (typeof a === 'number' && typeof b === 'number') expect(a, `${f} ${row.day}`).toBeCloseTo(b, 9);
        else expect(a, `${f} ${row.day}`).toEqual(b);
      }
    });
  });

  it('gives the agent table from either agent rollup, equal to the engine on the file', async () => {
    const engine = await computeKpisAsync(
      (async function* () {
        for await (const { interaction } of importInteractions(BANK, anonymousBankProfile)) yield interaction;
      })(),
      { by: ['agent'] },
    );
    const expected = engine.rows.map((r) => [
      r.agent,
      r.offered,
      r.answered,
      r.abandoned,
      r.ahtSeconds,
      r.fcrN,
    ]);
    const figures = (rows: KpiRow[]) =>
      rows.map((r) => [r.agent, r.offered, r.answered, r.abandoned, r.ahtSeconds, r.fcrN]);
    const period = 'from=2010-08-01&to=2010-08-03';
    // no site or activity: the per-agent-and-channel rollup
    const narrow = await analyst.get<{ rows: KpiRow[] }>(api(`/kpi/summary?${period}&by=agent`));
    expect(narrow.status).toBe(200);
    expect(narrow.body.rows.length).toBeGreaterThan(10);
    expect(figures(narrow.body.rows)).toEqual(expected);
    const phone = await analyst.get<{ rows: KpiRow[] }>(api(`/kpi/summary?${period}&by=agent&channel=phone`));
    expect(figures(phone.body.rows)).toEqual(expected);
    // an activity filter: the per-agent-site-activity-channel rollup (every contact is in it)
    const wide = await analyst.get<{ rows: KpiRow[] }>(
      api(`/kpi/summary?${period}&by=agent&activityId=${phoneActivity}`),
    );
    expect(figures(wide.body.rows)).toEqual(expected);
  });

  it('re-importing the same records stores nothing twice', async () => {
    const before = await storedCounts();
    const again = await upload(fs.readFileSync(BANK), 'calls.csv', {
      profile: 'anonymous-bank',
      vendorId: w.atlasId,
      activityId: phoneActivity,
    });
    expect(again).toMatchObject({ status: 'completed', rowsImported: 0, rowsDuplicate: 7083 });
    expect(await storedCounts()).toEqual(before);
  });

  it('rejects a file with bad rows as a whole (all-or-nothing), naming lines and fields', async () => {
    const before = await storedCounts();
    const header =
      'id,channel,direction,activity,vendor,site,agent,customer_id,offered_at,answered_at,ended_at,wait_seconds,talk_seconds,hold_seconds,wrap_up_seconds,disposition,offered,outcomes';
    const good = (id: string) =>
      `${id},phone,inbound,,,,Léa,C1,2026-10-05T09:00:00,2026-10-05T09:00:10,2026-10-05T09:05:00,10,280,0,10,answered,true,resolved`;
    const csv = [
      header,
      good('ok-1'),
      'bad-1,phone,inbound,,,,Léa,C1,2026-13-45T09:00:00,,,10,0,0,0,abandoned,true,',
      good('ok-2'),
      'bad-2,phone,inbound,,Nobody Ltd,,,C2,2026-10-05T09:10:00,,,10,0,0,0,abandoned,true,',
    ].join('\n');
    const r = await upload(csv, 'bad.csv', {
      profile: 'vigie',
      vendorId: w.armorId,
      activityId: phoneActivity,
    });
    expect(r.status).toBe('rejected');
    expect(r.rowsRejected).toBe(2);
    expect(r.problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'offered_at'],
      [5, 'vendor'],
    ]);
    expect(await storedCounts()).toEqual(before);

    const quarantined = await upload(csv, 'bad.csv', {
      profile: 'vigie',
      vendorId: w.armorId,
      activityId: phoneActivity,
      mode: 'quarantine',
    });
    expect(quarantined).toMatchObject({ status: 'completed', rowsImported: 2, rowsRejected: 2 });
    const report = await analyst.get<string>(api(`/imports/${quarantined.id}/problems.csv`));
    expect(report.headers.get('content-type')).toContain('text/csv');
    expect(report.body.split('\r\n')[0]).toBe('line,field,code,severity,message');
    expect(report.body).toContain('5,vendor,unknown_vendor,error,');
  });

  it('fails an unreadable file with the file and line, and stores nothing', async () => {
    const before = await storedCounts();
    const r = await upload('id;offered_at\n1;2026-10-05T09:00:00\n', 'semicolons.csv', {
      profile: 'vigie',
      vendorId: w.armorId,
    });
    expect(r.status).toBe('failed');
    expect(r.problems[0]?.message).toMatch(/semicolons|delimiter|column/i);
    expect(await storedCounts()).toEqual(before);
    const empty = await analyst.upload(api('/imports'), form('', 'empty.csv', { profile: 'vigie' }));
    expect(empty.status).toBe(400);
  });

  it('removes what an interrupted import wrote when the server starts again', async () => {
    const before = await storedCounts();
    const file = path.join(rt.ctx.config.dataDir, 'cut.csv');
    fs.writeFileSync(file, 'x');
    const id = await createImportRecord(
      rt.ctx,
      { userId: null, email: 'cli' },
      {
        workspaceId: w.ws,
        file,
        fileName: 'cut.csv',
        profile: 'vigie',
        vendorId: w.armorId,
        activityId: null,
        mode: 'all_or_nothing',
        dryRun: false,
      },
    );
    const contact = {
      id: 'half-written',
      channel: 'phone',
      direction: 'inbound',
      activity: null,
      vendor: w.armorId,
      site: null,
      agent: null,
      customerId: null,
      offeredAt: '2026-10-05T09:00:00',
      answeredAt: null,
      endedAt: null,
      waitSeconds: 3,
      talkSeconds: 0,
      holdSeconds: 0,
      wrapUpSeconds: 0,
      disposition: 'abandoned',
      offered: true,
      outcomes: [],
    } as const;
    await insertInteractions(rt.ctx.conn, [
      interactionRow(w.ws, id, contact, contactFlags(contact, DEFAULT_KPI_OPTIONS)),
    ]);
    expect(await recoverInterruptedImports(rt.ctx.conn.db, rt.ctx.now())).toBe(1);
    expect(await storedCounts()).toEqual(before);
    const view = await analyst.get<ImportView>(api(`/imports/${id}`));
    expect(view.body.status).toBe('failed');
    expect(view.body.problems.at(-1)?.message).toMatch(/server stopped/);
  });

  it('reads a sample, saves a mapping of French columns, and imports with it', async () => {
    const csv = [
      'id_appel;date_appel;attente_s;duree_s;statut;conseiller;client',
      'A1;06/10/2026 09:00:12;12;300;Répondu;Léa;C9',
      'A2;06/10/2026 09:01:40;95;0;Abandon;;C8',
      'A3;06/10/2026 09:03:00;8;200;Répondu;Léa;C9',
    ].join('\r\n');
    const sample = await analyst.upload<{
      format: string;
      columns: string[];
      records: Record<string, string>[];
    }>(api('/mapping-profiles/sample'), form(csv, 'appels.csv', {}));
    expect(sample.status).toBe(200);
    expect(sample.body.columns).toEqual([
      'id_appel',
      'date_appel',
      'attente_s',
      'duree_s',
      'statut',
      'conseiller',
      'client',
    ]);
    expect(sample.body.records[1]?.statut).toBe('Abandon');
    const definition = {
      name: 'Téléphonie maison',
      format: 'csv',
      delimiter: ';',
      fields: {
        id: { column: 'id_appel' },
        offeredAt: { column: 'date_appel' },
        waitSeconds: { column: 'attente_s' },
        talkSeconds: { column: 'duree_s' },
        disposition: { column: 'statut' },
        agent: { column: 'conseiller' },
        customerId: { column: 'client' },
        channel: { constant: 'phone' },
      },
      timestampFormat: 'DD/MM/YYYY HH:mm:ss',
      dispositionValues: { répondu: 'answered', abandon: 'abandoned' },
    };
    const saved = await analyst.post<{ id: string; name: string }>(api('/mapping-profiles'), definition);
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect((await analyst.post(api('/mapping-profiles'), definition)).status).toBe(409);
    const invalid = await analyst.post<{ error: { issues: { path: string[] }[] } }>(
      api('/mapping-profiles'),
      {
        ...definition,
        name: 'Sans statut',
        fields: { id: { column: 'id_appel' }, offeredAt: { column: 'date_appel' } },
      },
    );
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.issues[0]?.path).toEqual(['fields', 'disposition']);

    const r = await upload(csv, 'appels.csv', {
      profile: saved.body.id,
      vendorId: w.armorId,
      activityId: phoneActivity,
    });
    expect(r).toMatchObject({ status: 'completed', rowsImported: 3 });
    const day = await analyst.get<{ rows: KpiRow[] }>(
      api(
        `/kpi/summary?from=2026-10-06&to=2026-10-06&by=day&vendorId=${w.armorId}&activityId=${phoneActivity}`,
      ),
    );
    expect(day.body.rows[0]).toMatchObject({
      offered: 3,
      answered: 2,
      abandoned: 1,
      asaSeconds: 10,
      fcrN: 2,
      fcrRepeated: 1,
    });
  });

  it('judges figures against the target in force', async () => {
    const admin = await w.as('admin@demo.vigie.local');
    const created = await admin.post(api('/targets'), {
      vendorId: w.atlasId,
      kpi: 'serviceLevel',
      target: 0.8,
      validFrom: '2010-01-01',
    });
    expect(created.status).toBe(201);
    await admin.post(api('/targets'), {
      vendorId: w.atlasId,
      kpi: 'abandonRate',
      target: 0.4,
      validFrom: '2010-01-01',
    });
    const r = await analyst.get<{ rows: (KpiRow & { vendor: string; targets: Record<string, unknown> })[] }>(
      api('/kpi/summary?from=2010-08-01&to=2010-08-03&by=vendor'),
    );
    const atlas = r.body.rows.find((row) => row.vendor === w.atlasId);
    expect(atlas?.targets).toEqual({
      serviceLevel: { target: 0.8, status: 'missed' },
      abandonRate: { target: 0.4, status: 'met' },
    });
    const bad = await admin.post(api('/targets'), {
      vendorId: w.atlasId,
      kpi: 'fcr',
      target: 80,
      validFrom: '2010-01-01',
    });
    expect(bad.status).toBe(400);
  });

  it("never shows a vendor user another vendor's figures, contacts, targets or imports", async () => {
    const q = 'from=2010-08-01&to=2010-08-03';
    const summary = await armorUser.get<{ rows: { vendor: string }[]; labels: { vendor: object } }>(
      api(`/kpi/summary?${q}&by=vendor&vendorId=${w.atlasId}`),
    );
    expect(summary.status).toBe(200);
    expect(summary.body.rows.every((row) => row.vendor === w.armorId)).toBe(true);
    expect(Object.keys(summary.body.labels.vendor)).toEqual([w.armorId]);
    const contacts = await armorUser.get<{ items: { vendorId: string }[] }>(
      api(`/kpi/contacts?${q}&vendorId=${w.atlasId}`),
    );
    expect(contacts.body.items.every((c) => c.vendorId === w.armorId)).toBe(true);
    // asking for Atlas gives exactly what Armor gets without asking: the scope wins
    for (const route of ['heatmap', 'distributions']) {
      const asked = await armorUser.get(api(`/kpi/${route}?${q}&vendorId=${w.atlasId}`));
      const own = await armorUser.get(api(`/kpi/${route}?${q}`));
      expect(asked.status).toBe(200);
      expect(asked.body).toEqual(own.body);
    }
    const atlasHeat = await analyst.get<{ cells: unknown[] }>(api(`/kpi/heatmap?${q}&vendorId=${w.atlasId}`));
    expect(atlasHeat.body.cells.length).toBeGreaterThan(100);
    const targets = await armorUser.get<{ items: { vendorId: string }[] }>(api('/targets'));
    expect(targets.body.items.every((t) => t.vendorId === w.armorId)).toBe(true);
    expect((await armorUser.get(api('/imports'))).status).toBe(403);
    // Armor has only the two 2026 contacts of the quarantined file; Atlas's 2010 days stay hidden
    const range = await armorUser.get<{ first: string; last: string }>(api('/kpi/range'));
    expect(range.body).toEqual({ first: '2026-10-05', last: '2026-10-06' });
  });
});
