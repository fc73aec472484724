import { sql } from 'kysely';
import type { Db } from '../connect.ts';
import { ROLLUP_KEY_COLUMNS } from './rollup-store.ts';

/** The columns of the contacts that queries filter, group or join on (the measures are only summed). */
const CONTACT_KEY_COLUMNS = [
  'workspace_id',
  'id',
  'import_id',
  'vendor_id',
  'site_id',
  'activity_id',
  'channel',
  'direction',
  'agent',
  'customer_id',
  'day',
  'minute',
  'epoch',
  'offered_at',
  'disposition',
  'kpi_class',
];

/**
 * After a bulk import on PostgreSQL, refreshes the planner's statistics of the tables it wrote
 * (PostgreSQL's advice after populating a database). Autovacuum would do it later, or never
 * where it is off; meanwhile the planner believes the rollups empty and sorts a month of them on
 * disk (a vendor's heatmap took 215 ms at 10 M contacts, 75 ms once analysed). ANALYZE reads a
 * fixed-size sample, so it costs about the same however big the tables grow; it is asked for
 * the columns queries select rows by, not the summed measures (a third of the time). `tables`:
 * the contacts (which an import may analyse while it writes its rollups), or the rollups, two
 * halves side by side on two connections.
 */
export async function refreshPlannerStatistics(conn: Db, tables: 'contacts' | 'rollups'): Promise<void> {
  if (conn.dialect !== 'postgres') return;
  const analyse = (list: [string, readonly string[]][]) =>
    sql`ANALYZE ${sql.raw(list.map(([table, columns]) => `${table} (${columns.join(', ')})`).join(', '))}`.execute(
      conn.db,
    );
  const rollups = (names: readonly string[]): [string, readonly string[]][] =>
    names.map((name) => [name, ROLLUP_KEY_COLUMNS[name] as readonly string[]]);
  if (tables === 'contacts') await analyse([['interaction', CONTACT_KEY_COLUMNS]]);
  else
    await Promise.all([
      analyse(rollups(['kpi_interval_rollup', 'kpi_day_rollup', 'kpi_histogram'])),
      analyse(rollups(['kpi_agent_day_rollup', 'kpi_agent_channel_rollup'])),
    ]);
}
