import { spawnSync } from 'node:child_process';
import path from 'node:path';
import {
  type Actuals,
  type ContractRecord,
  computeStatement,
  type InvoiceRecord,
  type Statement,
  validateContract,
} from '@vigie/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, storeBankCallsForAtlas, type World } from './fixtures.ts';
import { dialects, openTestRuntime, type TestRuntime } from './harness.ts';
import type { TestClient } from './http-client.ts';

const BIN = path.resolve(import.meta.dirname, '../bin/vigie.mjs');

/**
 * August 2010 for Atlas, whose calls of the bank file are stored: a pilot paid per logged-in
 * hour on the 1st and 2nd, then a run paid per handled contact with a service-level term.
 */
function pilotThenRun(vendorId: string, activityId: string) {
  return {
    name: 'Atlas — pilote puis run',
    vendorId,
    activities: [activityId],
    start: '2010-08-01',
    end: null,
    noticeDays: 30,
    currency: 'EUR',
    versions: [
      {
        effectiveFrom: '2010-08-01',
        reason: 'signé',
        phases: [
          {
            kind: 'pilot',
            start: '2010-08-01',
            end: '2010-08-02',
            priceLines: [{ kind: 'per_logged_in_hour', label: 'Heures', unitPriceCents: 2000 }],
          },
          {
            kind: 'run',
            start: '2010-08-03',
            end: null,
            priceLines: [{ kind: 'per_contact', label: 'Appels', channel: 'phone', unitPriceCents: 350 }],
            kpiTerms: [
              {
                kpi: 'service_level',
                target: 0.8,
                rule: { kind: 'linear', centsPerPoint: 10_000, capCents: 100_000 },
              },
            ],
          },
        ],
      },
    ],
  };
}

interface MonthStatement {
  statement: Statement;
  actuals: Actuals;
  sources: string[];
  expectedLines: {
    code: string;
    quantity: number | null;
    unitPriceCents: number | null;
    amountCents: number;
  }[];
}

/** The invoice template CSV of the statement, with `edit` applied to its data rows. */
function invoiceCsv(s: MonthStatement, edit: (cells: string[]) => string[] = (c) => c): string {
  const rows = s.expectedLines.map((l) => [
    l.code,
    'ligne',
    l.quantity === null ? '' : String(l.quantity),
    l.unitPriceCents === null ? '' : (l.unitPriceCents / 100).toFixed(2),
    (l.amountCents / 100).toFixed(2),
    'EUR',
  ]);
  return ['code,label,quantity,unit_price,amount,currency', ...rows.map((r) => edit(r).join(','))].join('\n');
}

describe.each(dialects())('contracts, statements and invoices over the API on %s', (dialect) => {
  let rt: TestRuntime;
  let w: World;
  let admin: TestClient;
  let finance: TestClient;
  let atlasUser: TestClient;
  let armorUser: TestClient;
  let activityId: string;
  let contract: ContractRecord;
  let base: string;

  beforeAll(async () => {
    rt = await openTestRuntime(dialect);
    w = await buildWorld(rt);
    base = `/api/workspaces/${w.ws}`;
    activityId = await storeBankCallsForAtlas(rt, w);
    admin = await w.as('admin@demo.vigie.local');
    finance = await w.as('finance@demo.vigie.local');
    atlasUser = await w.as('atlas@demo.vigie.local');
    armorUser = await w.as('armor@demo.vigie.local');
    const created = await finance.post<ContractRecord>(
      `${base}/contracts`,
      pilotThenRun(w.atlasId, activityId),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    contract = created.body;
    const input = await atlasUser.put(`${base}/vendors/${w.atlasId}/month-inputs/2010-08`, {
      loggedInHours: 310,
    });
    expect(input.status, JSON.stringify(input.body)).toBe(200);
  }, 60_000);
  afterAll(async () => rt?.dispose());

  const statementOf = async (client: TestClient, month = '2010-08') =>
    client.get<MonthStatement>(`${base}/contracts/${contract.id}/statements/${month}`);

  it("bills the pilot's days per hour, pro rata, and the run's own days' calls, from the stored month", async () => {
    const r = await statementOf(admin);
    expect(r.status).toBe(200);
    const { statement, actuals } = r.body;
    expect(statement.segments.map((s) => [s.phase, s.days])).toEqual([
      ['pilot', 2],
      ['run', 29],
    ]);
    const handled = actuals.volumes?.phone as number;
    expect(handled).toBeGreaterThan(1000);
    // the days add up to the month; the bank's file has calls on the 1st to the 3rd only
    const days = Object.entries(actuals.daily ?? {});
    expect(days.map(([day]) => day).sort()).toEqual(['2010-08-01', '2010-08-02', '2010-08-03']);
    expect(days.reduce((sum, [, d]) => sum + (d.volumes?.phone ?? 0), 0)).toBe(handled);
    const runCalls = actuals.daily?.['2010-08-03']?.volumes?.phone as number;
    // by hand: 310 h x 2/31 x 20.00 rounded half-up; the calls of the 3rd x 3.50
    const [pilot, run] = statement.lines;
    expect(pilot?.amountCents).toBe(Math.round((310 * 2 * 2000) / 31));
    expect(run?.quantity).toBe(runCalls);
    expect(run?.amountCents).toBe(runCalls * 350);
    expect(run?.input).toBe(`actuals.daily[2010-08-03..2010-08-31].volumes.phone = ${runCalls}`);
    expect(r.body.sources.join('\n')).toContain('logged-in hours: entered for the month');
    // the same as core computes from the actuals the API shows
    const v = validateContract({ ...pilotThenRun(w.atlasId, activityId), id: contract.id });
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    expect(statement).toEqual(computeStatement(v.value, '2010-08', actuals));
    const months = await admin.get<{ items: { actuals: Actuals }[] }>(
      `${base}/vendors/${w.atlasId}/month-actuals?from=2010-07&to=2010-08`,
    );
    expect(months.body.items.map((m) => m.actuals.month)).toEqual(['2010-07', '2010-08']);
    expect(months.body.items[1]?.actuals).toEqual(actuals);
  });

  it('vigie statement --workspace --vendor bills the month with the stored contract, as the API does', async () => {
    const api = (await statementOf(admin)).body.statement;
    const run = (...extra: string[]) =>
      spawnSync(
        process.execPath,
        [
          BIN,
          'statement',
          '--month',
          '2010-08',
          '--workspace',
          w.ws,
          '--vendor',
          'Atlas Relation Client',
          ...extra,
        ],
        {
          encoding: 'utf8',
          timeout: 60_000,
          env: {
            PATH: process.env.PATH ?? '',
            VIGIE_DATA_DIR: rt.ctx.config.dataDir,
            VIGIE_LOG_LEVEL: 'warn',
            ...(rt.ctx.config.database.kind === 'postgres'
              ? { DATABASE_URL: rt.ctx.config.database.url }
              : {}),
          },
        },
      );
    const r = run('--format', 'json');
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.contractId).toBe(contract.id);
    expect(out.totals).toEqual(api.totals);
    expect(out.lines).toEqual(api.lines);
    const table = run();
    expect(table.stdout).toContain(`Contract: ${contract.id} (Atlas — pilote puis run), stored`);
    const unknown = run('--contract-id', 'nope');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('--contract-id nope: not a contract of this vendor');
    const none = spawnSync(
      process.execPath,
      [BIN, 'statement', '--month', '2010-08', '--actuals', 'x.json'],
      {
        encoding: 'utf8',
      },
    );
    expect(none.stderr).toContain('--contract FILE is needed with --actuals');
  });

  it('judges the dashboards by the contract in force', async () => {
    const r = await admin.get<{ rows: { targets: Record<string, { target: number }> }[] }>(
      `${base}/kpi/summary?from=2010-08-01&to=2010-08-31&by=vendor&vendorId=${w.atlasId}`,
    );
    expect(r.status).toBe(200);
    expect(r.body.rows[0]?.targets.serviceLevel?.target).toBe(0.8);
    // and lists them, dated, each vendor user its own vendor's only
    type Listed = { items: { contractId: string; vendorId: string; kpi: string; validFrom: string }[] };
    const all = await admin.get<Listed>(`${base}/contract-targets`);
    expect(all.body.items).toContainEqual(
      expect.objectContaining({ contractId: contract.id, kpi: 'serviceLevel', validFrom: '2010-08-03' }),
    );
    const armor = await armorUser.get<Listed>(`${base}/contract-targets`);
    expect(armor.body.items.length).toBeGreaterThan(0);
    expect(new Set(armor.body.items.map((t) => t.vendorId))).toEqual(new Set([w.armorId]));
  });

  it('refuses a document with bad fields, naming each one, and stores nothing', async () => {
    const bad = pilotThenRun(w.atlasId, activityId);
    const r = await finance.post<{ error: { issues: { path: (string | number)[] }[] } }>(
      `${base}/contracts`,
      {
        ...bad,
        name: 'Mauvais',
        currency: 'euro',
        versions: [
          {
            ...bad.versions[0],
            phases: [{ ...bad.versions[0]?.phases[0], priceLines: [{ kind: 'per_hour' }] }],
          },
        ],
      },
    );
    expect(r.status).toBe(400);
    const paths = r.body.error.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('currency');
    expect(paths).toContain('versions.0.phases.0.priceLines.0.kind');
    const rules = await finance.post<{ error: { issues: { path: (string | number)[] }[] } }>(
      `${base}/contracts`,
      {
        ...bad,
        name: 'Mauvais',
        end: '2010-08-02',
        activities: ['nope'],
      },
    );
    expect(rules.status).toBe(422);
    const rulePaths = rules.body.error.issues.map((i) => i.path.join('.'));
    expect(rulePaths).toContain('versions.0.phases.1.start');
    const list = await admin.get<{ items: { name: string }[] }>(`${base}/contracts`);
    expect(list.body.items.map((c) => c.name)).not.toContain('Mauvais');
  });

  it('keeps a month as billed when an amendment takes effect later', async () => {
    const before = (await statementOf(admin)).body.statement;
    const run = pilotThenRun(w.atlasId, activityId).versions[0]?.phases[1];
    const amended = await finance.post<ContractRecord>(`${base}/contracts/${contract.id}/versions`, {
      effectiveFrom: '2010-09-01',
      reason: 'avenant : 3,70 par appel',
      phases: [
        {
          ...run,
          start: '2010-08-01',
          priceLines: [{ kind: 'per_contact', channel: 'phone', unitPriceCents: 370 }],
        },
      ],
    });
    expect(amended.status, JSON.stringify(amended.body)).toBe(200);
    expect(amended.body.versionCount).toBe(2);
    expect((await statementOf(admin)).body.statement).toEqual(before);
    const september = (await statementOf(admin, '2010-09')).body.statement;
    expect(september.segments[0]?.versionEffectiveFrom).toBe('2010-09-01');
  });

  it('reconciles an uploaded invoice, lets the client dispute a wrong quantity and the vendor answer', async () => {
    const month = (await statementOf(atlasUser)).body;
    // the vendor bills 20 calls more than were handled
    const csv = invoiceCsv(month, (cells) => {
      if (cells[0] !== 'fee:per_contact:phone') return cells;
      const quantity = Number(cells[2]) + 20;
      return [
        cells[0],
        cells[1] ?? '',
        String(quantity),
        cells[3] ?? '',
        ((quantity * 350) / 100).toFixed(2),
        'EUR',
      ];
    });
    const form = new FormData();
    form.append('file', new File([csv], 'facture-2010-08.csv'));
    form.append('contractId', contract.id);
    form.append('month', '2010-08');
    const up = await atlasUser.upload<InvoiceRecord>(`${base}/invoices`, form);
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body.status).toBe('draft');
    const quantity = up.body.differences.find((d) => d.kind === 'quantity');
    expect(quantity?.code).toBe('fee:per_contact:phone');
    expect(quantity?.deltaCents).toBe(20 * 350);
    const id = up.body.id;
    // a vendor cannot decide on its own invoice; the client cannot check a draft
    const diffUrl = `${base}/invoices/${id}/differences/${quantity?.id}`;
    expect((await atlasUser.put(diffUrl, { decision: 'accepted', comment: null })).status).toBe(403);
    expect((await finance.put(diffUrl, { decision: 'disputed', comment: 'x' })).status).toBe(422);
    expect((await atlasUser.post(`${base}/invoices/${id}/issue`, {})).status).toBe(200);
    expect((await finance.put(diffUrl, { decision: 'disputed', comment: '' })).status).toBe(422);
    const disputed = await finance.put<InvoiceRecord>(diffUrl, {
      decision: 'disputed',
      comment: '20 appels de trop',
    });
    expect(disputed.body.status).toBe('disputed');
    expect((await finance.post(`${base}/invoices/${id}/agree`, {})).status).toBe(422);
    const answered = await atlasUser.put<InvoiceRecord>(`${diffUrl}/answer`, {
      answer: 'Rappels comptés deux fois, avoir à venir',
    });
    expect(answered.status).toBe(200);
    expect(answered.body.differences.find((d) => d.id === quantity?.id)?.answer).toContain('avoir');
    // Armor's user sees none of it
    expect((await armorUser.get(`${base}/invoices/${id}`)).status).toBe(404);
    expect((await armorUser.put(`${diffUrl}/answer`, { answer: 'spy' })).status).toBe(404);
    const armorList = await armorUser.get<{ items: unknown[] }>(`${base}/invoices`);
    expect(armorList.body.items).toEqual([]);
    // accepted after the answer, then agreed
    await finance.put(diffUrl, { decision: 'accepted', comment: 'avoir reçu' });
    const agreed = await finance.post<InvoiceRecord>(`${base}/invoices/${id}/agree`, {});
    expect(agreed.body.status).toBe('agreed');
    expect(agreed.body.differences.every((d) => d.decision === 'accepted')).toBe(true);
    // the invoiced month is settled: neither its figures nor its version can change any more
    const inputs = await atlasUser.put<{ error: { message: string } }>(
      `${base}/vendors/${w.atlasId}/month-inputs/2010-08`,
      { loggedInHours: 999 },
    );
    expect(inputs.status).toBe(422);
    expect(inputs.body.error.message).toContain('2010-08 is invoiced');
    const doc = (await admin.get<ContractRecord>(`${base}/contracts/${contract.id}`)).body.document;
    const versions = doc.versions as { phases: { priceLines: { unitPriceCents: number }[] }[] }[];
    const changed = structuredClone(versions);
    (changed[0]?.phases[1]?.priceLines[0] as { unitPriceCents: number }).unitPriceCents = 999;
    const put = await finance.put<{ error: { issues: { path: unknown[] }[] } }>(
      `${base}/contracts/${contract.id}`,
      {
        ...doc,
        versions: changed,
      },
    );
    expect(put.status).toBe(422);
    expect(put.body.error.issues[0]?.path).toEqual(['versions', 0]);
  });

  it('refuses an invoice file with unknown lines, another currency or bad numbers, naming the row, and stores nothing', async () => {
    const month = (await statementOf(atlasUser)).body;
    const count = async () => (await admin.get<{ items: unknown[] }>(`${base}/invoices`)).body.items.length;
    const before = await count();
    const bad = `${invoiceCsv(month)}\nfee:per_hour,Heures,10,20.00,200.00,EUR\nkpi:service_level,Bonus,,,12;5,USD`;
    const form = new FormData();
    form.append('file', new File([bad], 'facture.csv'));
    form.append('contractId', contract.id);
    form.append('month', '2010-08');
    const r = await atlasUser.upload<{ error: { issues: { path: unknown[]; message: string }[] } }>(
      `${base}/invoices`,
      form,
    );
    expect(r.status).toBe(400);
    const messages = r.body.error.issues.map((i) => i.message).join('\n');
    const rows = month.expectedLines.length + 1;
    expect(messages).toContain(`row ${rows + 1}`);
    expect(messages).toContain('fee:per_hour');
    expect(messages).toContain('USD');
    expect(await count()).toBe(before);
  });

  it('shows a vendor user its own contracts and statements only', async () => {
    const list = await armorUser.get<{ items: { vendorId: string }[] }>(`${base}/contracts`);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(new Set(list.body.items.map((c) => c.vendorId))).toEqual(new Set([w.armorId]));
    expect((await armorUser.get(`${base}/contracts/${contract.id}`)).status).toBe(404);
    expect((await statementOf(armorUser)).status).toBe(404);
    expect((await armorUser.get(`${base}/contracts/${contract.id}/statements`)).status).toBe(404);
    expect(
      (await armorUser.get(`${base}/vendors/${w.atlasId}/month-actuals?from=2010-08&to=2010-08`)).status,
    ).toBe(404);
    expect(
      (await armorUser.put(`${base}/vendors/${w.atlasId}/month-inputs/2010-08`, { fte: 1 })).status,
    ).toBe(404);
    expect((await atlasUser.get(`${base}/contracts/${contract.id}`)).status).toBe(200);
    expect((await atlasUser.post(`${base}/contracts`, pilotThenRun(w.atlasId, activityId))).status).toBe(403);
  });

  it('exports the statement to XLSX, PDF and the invoice template', async () => {
    for (const [format, type, magic] of [
      ['xlsx', 'spreadsheetml', 'PK'],
      ['pdf', 'application/pdf', '%PDF'],
      ['csv', 'text/csv', '\uFEFFcode;libellé;quantité'],
      ['csv&lang=en', 'text/csv', '\uFEFFcode,label,quantity'],
    ] as const) {
      const res = await admin.download(
        `${base}/contracts/${contract.id}/statements/2010-08/export?format=${format}`,
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain(type);
      expect(res.bytes.subarray(0, Buffer.byteLength(magic)).toString('utf8')).toBe(magic);
    }
  });
});
