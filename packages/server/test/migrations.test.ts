import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { connect } from '../src/db/connect.ts';
import { migrateTo, migrateToLatest } from '../src/db/migrate.ts';
import { COUNT_COLUMNS as COUNTS } from '../src/db/migrations/20261129T1700-contact-records.ts';
import { dialects, freshDatabase } from './harness.ts';

describe.each(dialects())('upgrading a %s database', (dialect) => {
  it('fills the per-agent-and-channel rollup and re-keys the 15-minute one, keeping every row', async () => {
    const fresh = await freshDatabase(dialect);
    const conn = await connect(
      fresh.databaseUrl
        ? { kind: 'postgres', url: fresh.databaseUrl }
        : { kind: 'sqlite', file: path.join(fresh.dataDir, 'vigie.sqlite') },
    );
    try {
      await migrateTo(conn, '20261129T1700-contact-records');
      // one agent on two sites, two activities and two channels over two days, and a second agent
      const rows = [
        ['v1', '2026-03-02', 's1', 'a1', 'phone', 'Lea', 3],
        ['v1', '2026-03-02', 's1', 'a2', 'phone', 'Lea', 4],
        ['v1', '2026-03-02', 's2', 'a1', 'phone', 'Lea', 5],
        ['v1', '2026-03-02', 's1', 'a1', 'chat', 'Lea', 7],
        ['v1', '2026-03-03', 's1', 'a1', 'phone', 'Lea', 11],
        ['v1', '2026-03-02', 's1', 'a1', 'phone', 'Tom', 13],
        ['v2', '2026-03-02', 's3', 'a1', 'phone', 'Lea', 17],
      ] as const;
      for (const [vendor, day, site, activity, channel, agent, n] of rows) {
        const counts = COUNTS.map((_, k) => n * (k + 1));
        await sql`INSERT INTO kpi_agent_day_rollup
          (workspace_id, vendor_id, day, site_id, activity_id, channel, agent, ${sql.raw(COUNTS.join(', '))})
          VALUES ('w1', ${vendor}, ${day}, ${site}, ${activity}, ${channel}, ${agent}, ${sql.join(counts)})`.execute(
          conn.raw,
        );
      }
      for (const [day, minute, site, n] of [
        ['2026-03-02', 495, 's2', 2],
        ['2026-03-02', 480, 's1', 3],
        ['2026-03-03', 480, 's1', 5],
      ] as const) {
        const counts = COUNTS.map(() => n);
        await sql`INSERT INTO kpi_interval_rollup
          (workspace_id, vendor_id, day, site_id, activity_id, channel, minute, ${sql.raw(COUNTS.join(', '))})
          VALUES ('w1', 'v1', ${day}, ${site}, 'a1', 'phone', ${minute}, ${sql.join(counts)})`.execute(
          conn.raw,
        );
      }
      await migrateToLatest(conn);
      const got = await sql<Record<string, unknown>>`
        SELECT vendor_id, day, channel, agent, contacts, fcr_no_customer FROM kpi_agent_channel_rollup
        ORDER BY vendor_id, day, channel, agent`.execute(conn.raw);
      expect(
        got.rows.map((r) => Object.values(r).map((v) => (typeof v === 'string' ? v : Number(v)))),
      ).toEqual([
        ['v1', '2026-03-02', 'chat', 'Lea', 7, 7 * 18],
        ['v1', '2026-03-02', 'phone', 'Lea', 12, 12 * 18],
        ['v1', '2026-03-02', 'phone', 'Tom', 13, 13 * 18],
        ['v1', '2026-03-03', 'phone', 'Lea', 11, 11 * 18],
        ['v2', '2026-03-02', 'phone', 'Lea', 17, 17 * 18],
      ]);
      // the 15-minute rollup, keyed by minute after the day now: rows kept, a day x interval grid
      // is read in key order
      const intervals = await sql<Record<string, unknown>>`
        SELECT day, minute, site_id, contacts FROM kpi_interval_rollup ORDER BY day, minute`.execute(
        conn.raw,
      );
      expect(intervals.rows.map((r) => [r.day, Number(r.minute), r.site_id, Number(r.contacts)])).toEqual([
        ['2026-03-02', 480, 's1', 3],
        ['2026-03-02', 495, 's2', 2],
        ['2026-03-03', 480, 's1', 5],
      ]);
      if (dialect === 'sqlite') {
        const plan = await sql<{ detail: string }>`EXPLAIN QUERY PLAN
          SELECT day, minute, SUM(contacts) FROM kpi_interval_rollup
          WHERE workspace_id = 'w1' AND vendor_id = 'v1' AND day >= '2026-03-01' AND day <= '2026-03-31'
          GROUP BY day, minute`.execute(conn.raw);
        expect(plan.rows.map((r) => r.detail).join(' | ')).not.toContain('TEMP B-TREE');
        // the big rollups have no day index on SQLite: every vendor's month is read vendor by vendor
        const dayIndexes = await sql<{ name: string }>`
          SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'kpi%day_idx'`.execute(conn.raw);
        expect(dayIndexes.rows).toEqual([]);
        const everyVendor = await sql<{ detail: string }>`EXPLAIN QUERY PLAN
          SELECT day, minute, SUM(contacts) FROM kpi_interval_rollup
          WHERE workspace_id = 'w1' AND day >= '2026-03-01' AND day <= '2026-03-31'
            AND vendor_id IN (SELECT DISTINCT vendor_id FROM kpi_day_rollup WHERE workspace_id = 'w1')
          GROUP BY day, minute`.execute(conn.raw);
        expect(everyVendor.rows.map((r) => r.detail).join(' | ')).toMatch(
          /SEARCH kpi_interval_rollup USING PRIMARY KEY \(workspace_id=\? AND vendor_id=\? AND day>\? AND day<\?\)/,
        );
      } else {
        const pk = await sql<{ def: string }>`
          SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'kpi_interval_rollup_pk'`.execute(
          conn.raw,
        );
        expect(pk.rows[0]?.def).toBe(
          'PRIMARY KEY (workspace_id, vendor_id, day, minute, site_id, activity_id, channel)',
        );
        // the agent rollups lost their day indexes; the 15-minute one keeps its own here
        const dayIndexes = await sql<{ indexname: string }>`
          SELECT indexname FROM pg_indexes WHERE indexname LIKE 'kpi%day_idx' ORDER BY indexname`.execute(
          conn.raw,
        );
        expect(dayIndexes.rows.map((r) => r.indexname)).toEqual(['kpi_interval_rollup_day_idx']);
      }
    } finally {
      await conn.close();
      await fresh.dispose();
    }
  });
});
