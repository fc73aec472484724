import type { Kysely } from 'kysely';
import type { DialectName } from '../connect.ts';

/**
 * Fewer rollup indexes for imports to write. The agent rollups lose their day indexes on both
 * databases: a vendor's period is a range of their primary key, and a period of every vendor is
 * now read vendor by vendor on that key (see `kpi-queries.ts`). On SQLite the 15-minute rollup
 * loses its day index too: there an index of a WITHOUT ROWID table repeats the whole primary key
 * in each entry, so each day index was nearly the size of its table (136 MB beside 158 MB of
 * rollups at 1 M contacts), written out of key order: 3.5 of the 12.8 s of a 1 M-row import's
 * final phase. PostgreSQL keeps that one (a few deduplicated MB): its planner reads a vendor's
 * month of intervals through it rather than scanning the table.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const tables = ['kpi_agent_day_rollup', 'kpi_agent_channel_rollup'];
  if (dialect === 'sqlite') tables.push('kpi_interval_rollup');
  for (const table of tables) await db.schema.dropIndex(`${table}_day_idx`).ifExists().execute();
}
