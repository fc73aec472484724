import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../connect.ts';

/** The sums every rollup row carries: the additive `KpiCounts` of core, as columns. */
export const COUNT_COLUMNS = [
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
 * Contact records and what the dashboards read: imports and their problems, interactions
 * (with the KPI flags decided at import), rollups per 15-minute interval and per agent and day,
 * duration histograms, survey answers, KPI targets, KPI settings and saved mapping profiles.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const big = dialect === 'postgres' ? 'bigint' : 'integer';
  const real = dialect === 'postgres' ? 'double precision' : 'real';

  await db.schema
    .createTable('kpi_settings')
    .addColumn('workspace_id', 'text', (c) => c.primaryKey().references('workspace.id').onDelete('cascade'))
    .addColumn('options_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('mapping_profile')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mapping_profile_ws_idx')
    .on('mapping_profile')
    .columns(['workspace_id', 'name'])
    .unique()
    .execute();

  await db.schema
    .createTable('interaction_import')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('upload_path', 'text')
    .addColumn('profile', 'text', (c) => c.notNull())
    .addColumn('vendor_id', 'text', (c) => c.references('vendor.id'))
    .addColumn('activity_id', 'text', (c) => c.references('activity.id'))
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('dry_run', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('bytes_total', big, (c) => c.notNull())
    .addColumn('bytes_read', big, (c) => c.notNull())
    .addColumn('rows_read', 'integer', (c) => c.notNull())
    .addColumn('rows_valid', 'integer', (c) => c.notNull())
    .addColumn('rows_imported', 'integer', (c) => c.notNull())
    .addColumn('rows_duplicate', 'integer', (c) => c.notNull())
    .addColumn('rows_rejected', 'integer', (c) => c.notNull())
    .addColumn('warnings', 'integer', (c) => c.notNull())
    .addColumn('errors', 'integer', (c) => c.notNull())
    .addColumn('preview_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('interaction_import_ws_idx')
    .on('interaction_import')
    .columns(['workspace_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('import_problem')
    .addColumn('import_id', 'text', (c) =>
      c.notNull().references('interaction_import.id').onDelete('cascade'),
    )
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('field', 'text')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_problem_pk', ['import_id', 'seq'])
    .execute();

  // No foreign keys on the wide tables: they are written in bulk and only ever deleted with
  // their workspace (done explicitly, see deleteWorkspaceContacts).
  await db.schema
    .createTable('interaction')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('import_id', 'text')
    .addColumn('vendor_id', 'text', (c) => c.notNull())
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('agent', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text')
    .addColumn('offered_at', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('minute', 'integer', (c) => c.notNull())
    .addColumn('epoch', big, (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('wait_seconds', real, (c) => c.notNull())
    .addColumn('talk_seconds', real, (c) => c.notNull())
    .addColumn('hold_seconds', real, (c) => c.notNull())
    .addColumn('wrap_up_seconds', real, (c) => c.notNull())
    .addColumn('disposition', 'text', (c) => c.notNull())
    .addColumn('offered', 'integer', (c) => c.notNull())
    .addColumn('outcomes', 'text', (c) => c.notNull())
    .addColumn('kpi_class', 'text', (c) => c.notNull())
    .addColumn('counted_offered', 'integer', (c) => c.notNull())
    .addColumn('within_threshold', 'integer', (c) => c.notNull())
    .addColumn('late_abandon', 'integer', (c) => c.notNull())
    .addColumn('handle_seconds', real, (c) => c.notNull())
    .addColumn('conversion', 'integer', (c) => c.notNull())
    .addColumn('resolved', 'integer', (c) => c.notNull())
    .addColumn('next_contact_seconds', big)
    .addPrimaryKeyConstraint('interaction_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema
    .createIndex('interaction_day_idx')
    .on('interaction')
    // a vendor's day, newest first, straight from the index: the drill-down's page of 50
    .columns(['workspace_id', 'day', 'vendor_id', 'offered_at', 'id'])
    .execute();
  // Deliberately no index by customer or by import: each costs a random B-tree insert per row
  // of a bulk load; repeat gaps are found by one sorted pass, and removing a failed import's rows
  // is a rare scan.

  // Rollups are keyed by their group, vendor then day first: a vendor's period (its page, its
  // agents, its heatmap) is one range of the key; on SQLite the tables are WITHOUT ROWID, so
  // that range is also stored together. The big ones also get a day index for all-vendor periods.
  const rollup = async (table: string, extra: [string, 'text' | 'integer'][], counts: readonly string[]) => {
    const keys = [
      'workspace_id',
      'vendor_id',
      'day',
      'site_id',
      'activity_id',
      'channel',
      ...extra.map(([n]) => n),
    ];
    let t = db.schema.createTable(table);
    for (const k of keys.slice(0, 6)) t = t.addColumn(k, 'text', (c) => c.notNull());
    for (const [name, type] of extra) t = t.addColumn(name, type, (c) => c.notNull());
    for (const col of counts)
      t = t.addColumn(col, counts === COUNT_COLUMNS ? real : 'integer', (c) => c.notNull());
    t = t.addPrimaryKeyConstraint(`${table}_pk`, keys as never[]);
    if (dialect === 'sqlite') t = t.modifyEnd(sql`without rowid`);
    await t.execute();
  };
  await rollup('kpi_day_rollup', [], COUNT_COLUMNS);
  await rollup('kpi_interval_rollup', [['minute', 'integer']], COUNT_COLUMNS);
  await rollup('kpi_agent_day_rollup', [['agent', 'text']], COUNT_COLUMNS);
  await rollup(
    'kpi_histogram',
    [
      ['measure', 'text'],
      ['bin', 'integer'],
    ],
    ['count'],
  );
  for (const table of ['kpi_interval_rollup', 'kpi_agent_day_rollup']) {
    await db.schema.createIndex(`${table}_day_idx`).on(table).columns(['workspace_id', 'day']).execute();
  }

  await db.schema
    .createTable('survey_answer')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('interaction_id', 'text')
    .addColumn('customer_id', 'text')
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addColumn('vendor_id', 'text', (c) => c.notNull())
    .addColumn('site_id', 'text', (c) => c.notNull())
    .addColumn('activity_id', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('agent', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('minute', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_answer_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema
    .createIndex('survey_answer_day_idx')
    .on('survey_answer')
    .columns(['workspace_id', 'day', 'vendor_id'])
    .execute();

  await db.schema
    .createTable('kpi_target')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('vendor_id', 'text', (c) => c.notNull().references('vendor.id').onDelete('cascade'))
    .addColumn('activity_id', 'text', (c) => c.references('activity.id').onDelete('cascade'))
    .addColumn('kpi', 'text', (c) => c.notNull())
    .addColumn('target', real, (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('kpi_target_vendor_idx')
    .on('kpi_target')
    .columns(['workspace_id', 'vendor_id'])
    .execute();
}
