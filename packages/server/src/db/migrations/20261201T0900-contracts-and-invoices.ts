import type { Kysely } from 'kysely';
import type { DialectName } from '../connect.ts';

/**
 * Contracts (their versions live in the JSON document, never edited once invoiced), the
 * monthly inputs a statement needs that contacts do not hold, and the vendors' invoices with
 * the differences found against the statement.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const big = dialect === 'postgres' ? 'bigint' : 'integer';
  const real = dialect === 'postgres' ? 'double precision' : 'real';

  await db.schema
    .createTable('contract')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('vendor_id', 'text', (c) => c.notNull().references('vendor.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('document_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('contract_ws_name_idx')
    .on('contract')
    .columns(['workspace_id', 'name'])
    .unique()
    .execute();
  await db.schema.createIndex('contract_vendor_idx').on('contract').column('vendor_id').execute();

  await db.schema
    .createTable('month_input')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('vendor_id', 'text', (c) => c.notNull().references('vendor.id').onDelete('cascade'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('logged_in_hours', real)
    .addColumn('productive_hours', real)
    .addColumn('fte', real)
    .addColumn('outcomes_json', 'text', (c) => c.notNull())
    .addColumn('forecast_volume', real)
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('month_input_pk', ['vendor_id', 'month'])
    .execute();

  await db.schema
    .createTable('invoice')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('vendor_id', 'text', (c) => c.notNull().references('vendor.id'))
    .addColumn('contract_id', 'text', (c) => c.notNull().references('contract.id'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('lines_json', 'text', (c) => c.notNull())
    .addColumn('statement_json', 'text', (c) => c.notNull())
    .addColumn('invoiced_total_cents', big, (c) => c.notNull())
    .addColumn('statement_total_cents', big, (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('invoice_contract_month_idx')
    .on('invoice')
    .columns(['contract_id', 'month'])
    .execute();

  await db.schema
    .createTable('invoice_difference')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('invoice_id', 'text', (c) => c.notNull().references('invoice.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('expected', real)
    .addColumn('invoiced', real)
    .addColumn('delta_cents', big, (c) => c.notNull())
    .addColumn('row', 'integer')
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('comment', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('answered_at', 'text')
    .execute();
  await db.schema
    .createIndex('invoice_difference_invoice_idx')
    .on('invoice_difference')
    .columns(['invoice_id', 'position'])
    .execute();
}
