import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../connect.ts';
// the rollup columns as that migration created them (a later change of the live list must not change this one)
import { COUNT_COLUMNS } from './20261129T1700-contact-records.ts';

/**
 * A narrower agent rollup, per vendor, day, channel and agent (no site, no activity), for the
 * agent table of a vendor page. Summing a vendor's month of the per-agent-site-activity-channel
 * rollup grouped by agent took ~160 ms on SQLite at 10 M contacts (70,000 rows through a sort);
 * this one holds about a fifth of the rows. The wide one still answers site and activity filters.
 * Filled from the wide one, which holds the same sums.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const real = dialect === 'postgres' ? 'double precision' : 'real';
  const keys = ['workspace_id', 'vendor_id', 'day', 'channel', 'agent'] as const;
  let t = db.schema.createTable('kpi_agent_channel_rollup');
  for (const k of keys) t = t.addColumn(k, 'text', (c) => c.notNull());
  for (const col of COUNT_COLUMNS) t = t.addColumn(col, real, (c) => c.notNull());
  t = t.addPrimaryKeyConstraint('kpi_agent_channel_rollup_pk', [...keys] as never[]);
  if (dialect === 'sqlite') t = t.modifyEnd(sql`without rowid`);
  await t.execute();
  await db.schema
    .createIndex('kpi_agent_channel_rollup_day_idx')
    .on('kpi_agent_channel_rollup')
    .columns(['workspace_id', 'day'])
    .execute();
  const cols = sql.raw([...keys, ...COUNT_COLUMNS].join(', '));
  const sums = sql.raw([...keys, ...COUNT_COLUMNS.map((c) => `SUM(${c})`)].join(', '));
  await sql`
    INSERT INTO kpi_agent_channel_rollup (${cols})
    SELECT ${sums} FROM kpi_agent_day_rollup
    GROUP BY ${sql.raw(keys.join(', '))}`.execute(db);
}
