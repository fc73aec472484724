import type { Kysely } from 'kysely';
import type { DialectName } from '../connect.ts';

/**
 * Progressive coaching cycles per vendor (optionally per site): one focus theme, objectives as
 * target rates of practices, the run that set the baseline and the run that measured the
 * change; and the vendor's action plan, answered by its users.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('coaching_cycle')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('vendor_id', 'text', (c) => c.notNull().references('vendor.id'))
    .addColumn('site_id', 'text')
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('focus_theme', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('objectives_json', 'text', (c) => c.notNull())
    .addColumn('baseline_run_id', 'text')
    .addColumn('measure_run_id', 'text')
    .addColumn('report_id', 'text')
    .addColumn('outcome_json', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema
    .createIndex('coaching_cycle_ws_vendor_idx')
    .on('coaching_cycle')
    .columns(['workspace_id', 'vendor_id', 'number'])
    .execute();

  await db.schema
    .createTable('action_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cycle_id', 'text', (c) => c.notNull().references('coaching_cycle.id').onDelete('cascade'))
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('vendor_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('action_item_cycle_idx').on('action_item').column('cycle_id').execute();
}
