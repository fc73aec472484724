import type { Kysely } from 'kysely';
import type { DialectName } from '../connect.ts';

/**
 * Transcribed calls (their redacted text as one JSON document each), the practice libraries a
 * workspace writes, analysis runs and each run's result per call. Every transcript and result
 * carries its vendor, so a vendor user's reads are narrowed in the query itself.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const real = dialect === 'postgres' ? 'double precision' : 'real';

  await db.schema
    .createTable('transcript')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('vendor_id', 'text', (c) => c.notNull().references('vendor.id'))
    .addColumn('site_id', 'text')
    .addColumn('activity_id', 'text')
    .addColumn('agent', 'text', (c) => c.notNull())
    .addColumn('interaction_id', 'text')
    .addColumn('started_at', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('duration_seconds', real, (c) => c.notNull())
    .addColumn('turn_count', 'integer', (c) => c.notNull())
    .addColumn('redactions_json', 'text')
    .addColumn('document_json', 'text', (c) => c.notNull())
    .addColumn('source_file', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('transcript_ws_call_idx')
    .on('transcript')
    .columns(['workspace_id', 'call_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('transcript_vendor_started_idx')
    .on('transcript')
    .columns(['workspace_id', 'vendor_id', 'started_at'])
    .execute();

  await db.schema
    .createTable('practice_library')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('based_on', 'text')
    .addColumn('document_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('analysis_run')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('library_id', 'text', (c) => c.notNull())
    .addColumn('library_json', 'text', (c) => c.notNull())
    .addColumn('filter_json', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('calls_total', 'integer', (c) => c.notNull())
    .addColumn('calls_done', 'integer', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema.createIndex('analysis_run_ws_idx').on('analysis_run').column('workspace_id').execute();

  await db.schema
    .createTable('analysis_call_result')
    .addColumn('run_id', 'text', (c) => c.notNull().references('analysis_run.id').onDelete('cascade'))
    .addColumn('transcript_id', 'text', (c) => c.notNull().references('transcript.id').onDelete('cascade'))
    .addColumn('vendor_id', 'text', (c) => c.notNull())
    .addColumn('rule_ids', 'text', (c) => c.notNull())
    .addColumn('result_json', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('analysis_call_result_pk', ['run_id', 'transcript_id'])
    .execute();
  await db.schema
    .createIndex('analysis_call_result_vendor_idx')
    .on('analysis_call_result')
    .columns(['run_id', 'vendor_id'])
    .execute();
}
