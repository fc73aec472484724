import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../connect.ts';

const KEY = ['workspace_id', 'vendor_id', 'day', 'minute', 'site_id', 'activity_id', 'channel'];

/**
 * The 15-minute rollup keyed by minute right after the day: a vendor's day × interval grid (the
 * heatmap, intraday buckets) is then summed in key order, without sorting a month of rows by
 * minute (60 ms → 29 ms for a vendor's month at 10 M contacts on SQLite). SQLite cannot change a
 * primary key: the table is copied into a new one in that order. Its day index gets the vendor.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') {
    await sql`ALTER TABLE kpi_interval_rollup DROP CONSTRAINT kpi_interval_rollup_pk,
      ADD CONSTRAINT kpi_interval_rollup_pk PRIMARY KEY (${sql.raw(KEY.join(', '))})`.execute(db);
    await db.schema.dropIndex('kpi_interval_rollup_day_idx').execute();
    await dayIndex(db);
    return;
  }
  const columns = await sql<{ name: string; type: string }>`
    SELECT name, type FROM pragma_table_info('kpi_interval_rollup')`.execute(db);
  const defs = columns.rows.map((c) => `${c.name} ${c.type} NOT NULL`).join(', ');
  const names = columns.rows.map((c) => c.name).join(', ');
  await sql
    .raw(
      `CREATE TABLE kpi_interval_rollup_new (${defs}, CONSTRAINT kpi_interval_rollup_pk PRIMARY KEY (${KEY.join(', ')})) WITHOUT ROWID`,
    )
    .execute(db);
  await sql
    .raw(
      `INSERT INTO kpi_interval_rollup_new (${names}) SELECT ${names} FROM kpi_interval_rollup ORDER BY ${KEY.join(', ')}`,
    )
    .execute(db);
  await sql`DROP TABLE kpi_interval_rollup`.execute(db);
  await sql`ALTER TABLE kpi_interval_rollup_new RENAME TO kpi_interval_rollup`.execute(db);
  await dayIndex(db);
}

/**
 * The day index also holds the vendor: PostgreSQL reads a vendor's month through it (a bitmap
 * scan), and with the vendor in the index it visits only that vendor's rows, not every vendor's
 * of the month.
 */
async function dayIndex(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('kpi_interval_rollup_day_idx')
    .on('kpi_interval_rollup')
    .columns(['workspace_id', 'day', 'vendor_id'])
    .execute();
}
