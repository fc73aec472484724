import fs from 'node:fs';
import path from 'node:path';
import { Rng } from '@vigie/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImportRecord, type ImportMode, runImport } from '../src/app/imports/run-import.ts';
import { COUNT_COLUMNS } from '../src/db/migrations/20261129T1700-contact-records.ts';
import { rebuildAllRollups } from '../src/db/repositories/interaction-store.ts';
import { getKpiSettings } from '../src/db/repositories/kpi-settings.ts';
import { buildWorld, type World } from './fixtures.ts';
import { dialects, openTestRuntime, type TestRuntime } from './harness.ts';

const HEADER =
  'id,channel,direction,activity,vendor,site,agent,customer_id,offered_at,answered_at,ended_at,wait_seconds,talk_seconds,hold_seconds,wrap_up_seconds,disposition,offered,outcomes';

function instant(day0: string, secondsFromDay0: number): string {
  const t = new Date(`${day0}T00:00:00Z`).getTime() + secondsFromDay0 * 1000;
  return new Date(t).toISOString().slice(0, 19);
}

/**
 * A file of `rows` contacts from `firstDay` over `days` days: two vendors (by name), a few agents,
 * a small customer pool (many repeats, some on the same second), every disposition, and rows
 * out of time order.
 */
function contactsFile(
  prefix: string,
  firstDay: string,
  days: number,
  rows: number,
  seed: number,
  extraLines: readonly string[] = [],
): string {
  const rng = new Rng(seed);
  const rnd = (): number => rng.next();
  const lines = [HEADER];
  for (let k = 0; k < rows; k++) {
    const offset = Math.floor(rnd() * days * 86400);
    const vendor = rnd() < 0.5 ? 'Armor Contact' : 'Atlas Relation Client';
    const channel = rnd() < 0.8 ? 'phone' : 'chat';
    const customer = rnd() < 0.85 ? `C${Math.floor(rnd() * 60)}` : '';
    const r = rnd();
    const wait = Math.floor(rnd() * 120);
    let cols: string;
    if (r < 0.7) {
      const talk = 30 + Math.floor(rnd() * 600);
      const agent = `Agent ${Math.floor(rnd() * 4)}`;
      cols = `${agent},${customer},${instant(firstDay, offset)},${instant(firstDay, offset + wait)},${instant(firstDay, offset + wait + talk)},${wait},${talk},${Math.floor(rnd() * 30)},${Math.floor(rnd() * 60)},answered,,${rnd() < 0.6 ? 'resolved' : ''}`;
    } else if (r < 0.85) {
      cols = `,${customer},${instant(firstDay, offset)},,${instant(firstDay, offset + wait)},${wait},0,0,0,abandoned,,`;
    } else if (r < 0.92) {
      cols = `,${customer},${instant(firstDay, offset)},,${instant(firstDay, offset + 3)},3,0,0,0,short_abandoned,,`;
    } else {
      cols = `,${customer},${instant(firstDay, offset)},,${instant(firstDay, offset + 40)},0,0,0,0,vru_only,,`;
    }
    lines.push(`${prefix}-${k},${channel},inbound,,${vendor},,${cols}`);
  }
  // a repeat on the very same second as the contact it follows (not a repeat: strictly later only)
  lines.push(
    `${prefix}-same-a,phone,inbound,,Armor Contact,,Agent 1,C7,${instant(firstDay, 5000)},${instant(firstDay, 5010)},${instant(firstDay, 5100)},10,90,0,5,answered,,`,
    `${prefix}-same-b,phone,inbound,,Armor Contact,,,C7,${instant(firstDay, 5000)},,${instant(firstDay, 5030)},30,0,0,0,abandoned,,`,
  );
  return [...lines, ...extraLines].join('\n');
}

type Snapshot = Record<string, Record<string, unknown>[]>;

describe.each(dialects())('rollups kept by imports on %s', (dialect) => {
  let rt: TestRuntime;
  let w: World;
  let n = 0;

  beforeAll(async () => {
    rt = await openTestRuntime(dialect);
    w = await buildWorld(rt);
  }, 60_000);
  afterAll(async () => rt?.dispose());

  async function importText(text: string, mode: ImportMode = 'all_or_nothing') {
    const file = path.join(rt.ctx.config.dataDir, `contacts-${++n}.csv`);
    fs.writeFileSync(file, text);
    const actor = { userId: null, email: 'test' };
    const id = await createImportRecord(rt.ctx, actor, {
      workspaceId: w.ws,
      file,
      fileName: path.basename(file),
      profile: 'vigie',
      vendorId: null,
      activityId: null,
      mode,
      dryRun: false,
    });
    const status = await runImport(rt.ctx, actor, id);
    const rec = await rt.ctx.conn.db
      .selectFrom('interactionImport')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return { status, imported: rec.rowsImported, duplicate: rec.rowsDuplicate, rejected: rec.rowsRejected };
  }

  /** Every rollup row of the workspace, in key order, numbers as numbers. */
  async function rollups(): Promise<Snapshot> {
    const out: Snapshot = {};
    for (const table of [
      'kpi_day_rollup',
      'kpi_interval_rollup',
      'kpi_agent_day_rollup',
      'kpi_agent_channel_rollup',
      'kpi_histogram',
    ]) {
      const r = await sql<Record<string, unknown>>`
        SELECT * FROM ${sql.table(table)} WHERE workspace_id = ${w.ws}`.execute(rt.ctx.conn.raw);
      const rows = r.rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([k, v]) => [
            k,
            typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v,
          ]),
        ),
      );
      const key = (row: Record<string, unknown>) => {
        const text = Object.values(row).filter((v) => typeof v === 'string');
        return `${text.join('|')}|${row.minute ?? ''}|${row.bin ?? ''}`;
      };
      rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      out[table] = rows;
    }
    return out;
  }

  /** The rollups rebuilt from scratch from the stored contacts by SQL (the oracle). */
  async function rebuiltFromScratch(): Promise<Snapshot> {
    const options = await getKpiSettings(rt.ctx.conn.db, w.ws);
    await rt.ctx.conn.db.transaction().execute(async (trx) => {
      await rebuildAllRollups(trx, w.ws, options.fcrWindowDays * 86400);
    });
    return rollups();
  }

  async function expectRollupsExact(): Promise<Snapshot> {
    const kept = await rollups();
    expect(kept.kpi_interval_rollup?.length).toBeGreaterThan(0);
    const oracle = await rebuiltFromScratch();
    for (const table of Object.keys(oracle)) expect(kept[table], table).toEqual(oracle[table]);
    return kept;
  }

  async function fcrRepeated(): Promise<number> {
    const r = await rt.ctx.conn.db
      .selectFrom('kpiDayRollup')
      .select((eb) => eb.fn.sum<number>('fcrRepeated').as('n'))
      .where('workspaceId', '=', w.ws)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  const first = contactsFile('a', '2026-03-02', 12, 400, 1);

  it('adds a first import to the rollups exactly as a rebuild from the raw rows would', async () => {
    expect(await importText(first)).toMatchObject({ status: 'completed', imported: 402 });
    await expectRollupsExact();
  });

  it.runIf(dialect === 'postgres')('leaves fresh planner statistics on the tables it wrote', async () => {
    const r = await sql<{ relname: string; analysed: boolean }>`
      SELECT relname, last_analyze IS NOT NULL AS analysed FROM pg_stat_user_tables
      WHERE relname IN ('interaction', 'kpi_interval_rollup', 'kpi_agent_channel_rollup', 'kpi_histogram')
      ORDER BY relname`.execute(rt.ctx.conn.raw);
    expect(r.rows).toEqual([
      { relname: 'interaction', analysed: true },
      { relname: 'kpi_agent_channel_rollup', analysed: true },
      { relname: 'kpi_histogram', analysed: true },
      { relname: 'kpi_interval_rollup', analysed: true },
    ]);
  });

  it('re-importing the same file changes nothing', async () => {
    const before = await rollups();
    expect(await importText(first)).toMatchObject({ status: 'completed', imported: 0, duplicate: 402 });
    expect(await rollups()).toEqual(before);
  });

  it('an overlapping import updates the FCR of earlier stored contacts and adds both to shared days', async () => {
    const repeatsBefore = await fcrRepeated();
    // the last days of the first file and more, the same customers
    const second = contactsFile('b', '2026-03-10', 10, 300, 2);
    expect(await importText(second)).toMatchObject({ status: 'completed', imported: 302 });
    const kept = await expectRollupsExact();
    expect(await fcrRepeated()).toBeGreaterThan(repeatsBefore);
    const shared = (kept.kpi_day_rollup ?? []).filter((r) => r.day === '2026-03-11');
    expect(shared.reduce((s, r) => s + Number(r.contacts), 0)).toBeGreaterThan(0);
  });

  it('an import of earlier days, whose repeats are stored contacts, is exact too', async () => {
    expect(await importText(contactsFile('c', '2026-02-20', 8, 200, 3))).toMatchObject({
      status: 'completed',
      imported: 202,
    });
    await expectRollupsExact();
  });

  it('a mixed import (some rows already stored) adds only the new ones', async () => {
    const [header, ...fresh] = contactsFile('d', '2026-03-06', 5, 150, 4).split('\n');
    // the same ids as rows of the first file: already stored, left out; first, so that on SQLite
    // they fall among the new rows of one multi-row statement of the writer thread
    const mixed = [header, ...first.split('\n').slice(1, 21), ...fresh].join('\n');
    expect(await importText(mixed)).toMatchObject({ status: 'completed', imported: 152, duplicate: 20 });
    await expectRollupsExact();
  });

  it('an import far from every stored contact is settled in memory, exactly', async () => {
    expect(await importText(contactsFile('e', '2026-06-01', 3, 200, 5))).toMatchObject({
      status: 'completed',
      imported: 202,
    });
    await expectRollupsExact();
  });

  it('an all-or-nothing import with a bad row leaves rows and rollups as they were', async () => {
    const before = await rollups();
    const bad = contactsFile('f', '2026-03-05', 2, 100, 6, [
      'f-bad,phone,inbound,,Armor Contact,,,C1,2026-13-45T09:00:00,,,10,0,0,0,abandoned,,',
    ]);
    expect(await importText(bad)).toMatchObject({ status: 'rejected', imported: 0 });
    expect(await rollups()).toEqual(before);
    const stored = await rt.ctx.conn.db
      .selectFrom('interaction')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('id', 'like', 'f-%')
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(0);
  });

  it('an import whose rollup writes fail keeps neither its rows nor any rollup change', async () => {
    // a stray 15-minute row in days with no day-rollup row: the import takes its days for fresh,
    // and its plain INSERT (COPY on PostgreSQL) of that interval's row then fails
    const counts = Object.fromEntries(['contacts', 'offered', 'answered'].map((c) => [c, 1]));
    await sql`INSERT INTO kpi_interval_rollup (workspace_id, vendor_id, day, minute, site_id, activity_id, channel,
      ${sql.raw(COUNT_COLUMNS.join(', '))})
      VALUES (${w.ws}, ${w.armorId}, '2026-09-01', 540, '', '', 'phone',
      ${sql.join(COUNT_COLUMNS.map((c) => counts[c] ?? 0))})`.execute(rt.ctx.conn.raw);
    const before = await rollups();
    const text = [
      HEADER,
      'h-1,phone,inbound,,Armor Contact,,Agent 1,C1,2026-09-01T09:05:00,2026-09-01T09:05:10,2026-09-01T09:09:00,10,230,0,0,answered,,',
    ].join('\n');
    expect(await importText(text)).toMatchObject({ status: 'failed', imported: 0 });
    expect(await rollups()).toEqual(before);
    const stored = await rt.ctx.conn.db
      .selectFrom('interaction')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('id', '=', 'h-1')
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(0);
    await sql`DELETE FROM kpi_interval_rollup WHERE workspace_id = ${w.ws} AND day = '2026-09-01'`.execute(
      rt.ctx.conn.raw,
    );
  });

  it('a quarantine import stores and rolls up the good rows only', async () => {
    const bad = contactsFile('g', '2026-03-05', 2, 100, 7, [
      'g-bad,phone,inbound,,Nobody Ltd,,,C1,2026-03-05T09:00:00,,,10,0,0,0,abandoned,,',
    ]);
    expect(await importText(bad, 'quarantine')).toMatchObject({
      status: 'completed',
      imported: 102,
      rejected: 1,
    });
    await expectRollupsExact();
  });
});
