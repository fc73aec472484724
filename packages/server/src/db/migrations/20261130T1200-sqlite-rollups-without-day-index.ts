import type { Kysely } from 'kysely';
import type { DialectName } from '../connect.ts';

/**
 * SQLite: the 15-minute and agent rollups lose their day indexes. An index of a WITHOUT ROWID
 * table repeats the whole primary key in each entry, so each index was nearly the size of its
 * table (136 MB beside 158 MB of rollups at 1 M contacts), and an import wrote every rollup row a
 * second time, out of key order: 3.5 of the 12.8 s of a 1 M-row import's final phase. Periods of
 * every vendor are read vendor by vendor on the primary key instead (see `kpi-queries.ts`).
 * PostgreSQL keeps them: there an index entry points to its row, entries are deduplicated (a few
 * MB), and its planner reads a vendor's month through them.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect !== 'sqlite') return;
  for (const table of ['kpi_interval_rollup', 'kpi_agent_day_rollup', 'kpi_agent_channel_rollup']) {
    await db.schema.dropIndex(`${table}_day_idx`).ifExists().execute();
  }
}
