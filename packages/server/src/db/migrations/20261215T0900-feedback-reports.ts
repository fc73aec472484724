import type { Kysely } from 'kysely';
import type { DialectName } from '../connect.ts';

/**
 * Feedback reports to a vendor, drafted from an analysis run and edited by the client's analyst
 * (the whole report as one JSON document), then published to the vendor's users, who answer its
 * questions (one row per answer).
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('feedback_report')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('vendor_id', 'text', (c) => c.notNull().references('vendor.id'))
    .addColumn('run_id', 'text', (c) => c.notNull().references('analysis_run.id'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('document_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text')
    .addColumn('published_at', 'text')
    .execute();
  await db.schema
    .createIndex('feedback_report_ws_vendor_idx')
    .on('feedback_report')
    .columns(['workspace_id', 'vendor_id'])
    .execute();

  await db.schema
    .createTable('report_answer')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('feedback_report.id').onDelete('cascade'))
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('vendor_id', 'text', (c) => c.notNull())
    .addColumn('question_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('side', 'text', (c) => c.notNull())
    .addColumn('answered_by', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('report_answer_report_idx').on('report_answer').column('report_id').execute();
}
