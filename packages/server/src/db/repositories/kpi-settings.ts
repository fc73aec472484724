import { type KpiOptions, parseKpiOptions } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** The workspace's KPI formula options (DOMAIN.md defaults until someone sets them). */
export async function getKpiSettings(db: Kysely<Database>, workspaceId: string): Promise<KpiOptions> {
  const row = await db
    .selectFrom('kpiSettings')
    .select('optionsJson')
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  return parseKpiOptions(row ? (JSON.parse(row.optionsJson) as object) : {});
}
