import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../connect.ts';

const COUNT_COLUMNS = [
  'contacts',
  'offered',
  'answered',
  'abandoned',
  'short_abandoned',
  'vru_only',
  'phantom',
  'not_offered',
  'answered_within_threshold',
  'abandoned_after_threshold',
  'total_answer_wait_seconds',
  'handled',
  'total_handle_seconds',
  'conversions',
  'resolved',
  'fcr_eligible',
  'fcr_repeated',
  'fcr_no_customer',
] as const;

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
