import type { Kysely } from 'kysely';
import type { Database, InteractionImportTable } from '../../db/schema.ts';
import { liveProgress } from './import-progress.ts';

/** Problems shown with an import (the CSV report has them all). */
const SHOWN_PROBLEMS = 100;

/** An import as the API shows it: the stored record, with the live counts while it runs. */
export async function importView(db: Kysely<Database>, row: InteractionImportTable) {
  const problems = await db
    .selectFrom('importProblem')
    .select(['line', 'field', 'code', 'severity', 'message'])
    .where('importId', '=', row.id)
    .orderBy('seq')
    .limit(SHOWN_PROBLEMS)
    .execute();
  const { uploadPath: _kept, previewJson, dryRun, workspaceId: _ws, ...rest } = row;
  return {
    ...rest,
    ...(row.status === 'running' ? liveProgress(row.id) : {}),
    dryRun: dryRun === 1,
    preview: JSON.parse(previewJson) as unknown[],
    problems,
  };
}

export async function findImport(db: Kysely<Database>, workspaceId: string, id: string) {
  return db
    .selectFrom('interactionImport')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}
