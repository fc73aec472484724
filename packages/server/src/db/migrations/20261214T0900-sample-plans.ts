import type { Kysely } from 'kysely';
import type { DialectName } from '../connect.ts';

/**
 * Sample plans (which calls, how many, how stratified, which seed) and their draws: each draw
 * records who drew it, when, the population's size and fingerprint and the exact calls drawn, so
 * the vendor can check the sample was drawn at random, not picked.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('sample_plan')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('vendor_id', 'text', (c) => c.references('vendor.id'))
    .addColumn('population_json', 'text', (c) => c.notNull())
    .addColumn('size_json', 'text', (c) => c.notNull())
    .addColumn('strata_json', 'text', (c) => c.notNull())
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sample_plan_ws_idx').on('sample_plan').column('workspace_id').execute();

  await db.schema
    .createTable('sample_draw')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('sample_plan.id').onDelete('cascade'))
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspace.id').onDelete('cascade'))
    .addColumn('seed', 'integer', (c) => c.notNull())
    .addColumn('population_size', 'integer', (c) => c.notNull())
    .addColumn('population_sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('size_detail_json', 'text', (c) => c.notNull())
    .addColumn('allocation_json', 'text', (c) => c.notNull())
    .addColumn('comparison_json', 'text', (c) => c.notNull())
    .addColumn('drawn_by', 'text', (c) => c.notNull())
    .addColumn('drawn_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sample_draw_plan_idx').on('sample_draw').column('plan_id').execute();

  await db.schema
    .createTable('sample_call')
    .addColumn('draw_id', 'text', (c) => c.notNull().references('sample_draw.id').onDelete('cascade'))
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('transcript_id', 'text', (c) => c.notNull().references('transcript.id').onDelete('cascade'))
    .addColumn('vendor_id', 'text', (c) => c.notNull())
    .addColumn('stratum', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sample_call_pk', ['draw_id', 'transcript_id'])
    .execute();
  await db.schema
    .createIndex('sample_call_ws_transcript_idx')
    .on('sample_call')
    .columns(['workspace_id', 'transcript_id'])
    .execute();
}
