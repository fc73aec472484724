import type { Kysely } from 'kysely';
import { deleteImportedInteractions } from '../../db/repositories/interaction-store.ts';
import type { Database } from '../../db/schema.ts';

/**
 * Imports still marked running when the server starts were cut short (crash, kill): what they
 * wrote is removed and they are marked failed, so no half import stays behind. Called by
 * `vigie serve` only, which runs the imports; a CLI command must not touch a server's imports.
 */
export async function recoverInterruptedImports(db: Kysely<Database>, now: string): Promise<number> {
  const cut = await db
    .selectFrom('interactionImport')
    .select(['id'])
    .where('status', '=', 'running')
    .execute();
  for (const { id } of cut) {
    await db.transaction().execute(async (trx) => {
      await deleteImportedInteractions(trx, id);
      const seq = await trx
        .selectFrom('importProblem')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('importId', '=', id)
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('importProblem')
        .values({
          importId: id,
          seq: Number(seq.n),
          line: 0,
          field: null,
          code: 'interrupted',
          severity: 'error',
          message: 'The server stopped during this import: nothing of it was kept. Run it again.',
        })
        .execute();
      await trx
        .updateTable('interactionImport')
        .set({ status: 'failed', rowsImported: 0, finishedAt: now })
        .where('id', '=', id)
        .execute();
    });
  }
  return cut.length;
}
