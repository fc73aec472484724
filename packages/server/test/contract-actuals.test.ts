import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  anonymousBankProfile,
  computeKpisAsync,
  computeStatement,
  type KpiOptions,
  type ReadScope,
  validateContract,
} from '@vigie/core';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rangeActuals } from '../src/app/contracts/month-actuals.ts';
import { getKpiSettings } from '../src/db/repositories/kpi-settings.ts';
import type { Database } from '../src/db/schema.ts';
import { importInteractions } from '../src/io/import-interactions.ts';
import { BANK_CALLS, buildWorld, storeBankCallsForAtlas, type World } from './fixtures.ts';
import { dialects, openTestRuntime, type TestRuntime } from './harness.ts';

const BIN = path.resolve(import.meta.dirname, '../bin/vigie.mjs');

/** One month of rangeActuals. */
async function monthActuals(
  db: Kysely<Database>,
  scope: ReadScope,
  vendorId: string,
  month: string,
  options: KpiOptions,
) {
  const [one] = await rangeActuals(db, scope, vendorId, month, month, options);
  if (!one) throw new Error('no month');
  return one;
}

/** A contract of August 2010 billing 3.50 per handled contact, with the given KPI terms. */
function perCallContract(vendorId: string, kpiTerms: unknown[] = []) {
  return {
    id: 'c',
    vendorId,
    activities: ['phone'],
    start: '2010-08-01',
    end: null,
    noticeDays: 30,
    currency: 'EUR',
    versions: [
      {
        effectiveFrom: '2010-08-01',
        reason: 'signed',
        phases: [
          {
            kind: 'run',
            start: '2010-08-01',
            end: null,
            priceLines: [{ kind: 'per_contact', unitPriceCents: 350 }],
            kpiTerms,
          },
        ],
      },
    ],
  };
}

describe.each(dialects())("a month's actuals from stored contacts on %s", (dialect) => {
  let rt: TestRuntime;
  let w: World;

  beforeAll(async () => {
    rt = await openTestRuntime(dialect);
    w = await buildWorld(rt);
    await storeBankCallsForAtlas(rt, w);
  }, 60_000);
  afterAll(async () => rt?.dispose());

  it("gives the month's handled contacts and the KPIs the engine computes from the file", async () => {
    const options = await getKpiSettings(rt.ctx.conn.db, w.ws);
    const scope = { workspaceId: w.ws, vendorId: null };
    const { actuals, sources } = await monthActuals(rt.ctx.conn.db, scope, w.atlasId, '2010-08', options);
    const engine = await computeKpisAsync(
      (async function* () {
        for await (const { interaction } of importInteractions(BANK_CALLS, anonymousBankProfile))
          yield interaction;
      })(),
      { by: [] },
    );
    const all = engine.rows[0];
    expect(all).toBeDefined();
    expect(actuals.volumes).toEqual({ phone: all?.handled });
    expect(actuals.kpis?.answer_rate).toBeCloseTo(all?.answerRate as number, 12);
    expect(actuals.kpis?.service_level).toBeCloseTo(all?.serviceLevel as number, 12);
    expect(actuals.kpis?.abandon_rate).toBeCloseTo(all?.abandonRate as number, 12);
    expect(actuals.kpis?.asa).toBeCloseTo(all?.asaSeconds as number, 9);
    expect(actuals.kpis?.aht).toBeCloseTo(all?.ahtSeconds as number, 9);
    expect(actuals.kpis?.fcr).toBeCloseTo(all?.fcr as number, 12);
    // no survey in the file: no NPS, said by leaving it out (the statement then says so)
    expect(actuals.kpis?.nps).toBeUndefined();
    expect(sources.join('\n')).toContain('answered within 20 s over offered');

    // the statement of a per-call contract reads them
    const contract = validateContract(perCallContract(w.atlasId, [{ kpi: 'nps', target: 30 }]));
    if (!contract.ok) throw new Error(JSON.stringify(contract.errors));
    const s = computeStatement(contract.value, '2010-08', actuals);
    expect(s.lines[0]?.amountCents).toBe((all?.handled as number) * 350);
    expect(s.kpis[0]?.excluded).toBeDefined();
  });

  it('vigie statement --workspace --vendor bills the stored month and lists where its actuals came from', () => {
    const contract = path.join(rt.ctx.config.dataDir, 'contract.json');
    fs.writeFileSync(contract, JSON.stringify(perCallContract('atlas')));
    const db = rt.ctx.config.database;
    const statement = (vendor: string) =>
      spawnSync(
        process.execPath,
        [
          BIN,
          'statement',
          '--contract',
          contract,
          '--month',
          '2010-08',
          '--workspace',
          w.ws,
          '--vendor',
          vendor,
          '--format',
          'json',
        ],
        {
          encoding: 'utf8',
          timeout: 60_000,
          env: {
            PATH: process.env.PATH ?? '',
            VIGIE_DATA_DIR: rt.ctx.config.dataDir,
            VIGIE_LOG_LEVEL: 'warn',
            ...(db.kind === 'postgres' ? { DATABASE_URL: db.url } : {}),
          },
        },
      );
    const r = statement('atlas relation client');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    const handled = out.actuals.volumes.phone;
    expect(handled).toBeGreaterThan(1000);
    expect(out.totals.totalCents).toBe(handled * 350);
    expect(out.actualsSources.join('\n')).toContain('handled contacts');
    const unknown = statement('Nobody');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('--vendor: no vendor "Nobody"');
  });

  it("gives another vendor's month nothing of Atlas's contacts", async () => {
    const options = await getKpiSettings(rt.ctx.conn.db, w.ws);
    const { actuals } = await monthActuals(
      rt.ctx.conn.db,
      { workspaceId: w.ws, vendorId: null },
      w.armorId,
      '2010-08',
      options,
    );
    expect(actuals.volumes).toEqual({});
    expect(actuals.kpis).toEqual({});
    // and a vendor user of Armor reading Atlas's month through its scope gets nothing either
    const { actuals: crossed } = await monthActuals(
      rt.ctx.conn.db,
      { workspaceId: w.ws, vendorId: w.armorId },
      w.atlasId,
      '2010-08',
      options,
    );
    expect(crossed.volumes).toEqual({});
  });
});
