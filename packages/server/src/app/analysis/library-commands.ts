import {
  type Actor,
  checkLibrary,
  ENGLISH_LIBRARY,
  FRENCH_LIBRARY,
  type Library,
  librarySchema,
  type ReadScope,
} from '@vigie/core';
import type { ServerContext } from '../../context.ts';
import type { PracticeLibraryTable } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';

/** The libraries shipped with Vigie, by id: read-only, copied to be edited. */
export const SHIPPED_LIBRARIES: Readonly<Record<string, Library>> = {
  fr: FRENCH_LIBRARY,
  en: ENGLISH_LIBRARY,
};

export interface LibraryRecord {
  id: string;
  builtIn: boolean;
  name: string;
  language: string;
  basedOn: string | null;
  ruleCount: number;
  updatedAt: string | null;
  library: Library;
}

function shippedRecord(id: string, library: Library): LibraryRecord {
  return {
    id,
    builtIn: true,
    name: library.name.fr,
    language: library.language,
    basedOn: null,
    ruleCount: library.rules.length,
    updatedAt: null,
    library,
  };
}

function storedRecord(row: PracticeLibraryTable): LibraryRecord {
  const library = JSON.parse(row.documentJson) as Library;
  return {
    id: row.id,
    builtIn: false,
    name: row.name,
    language: row.language,
    basedOn: row.basedOn,
    ruleCount: library.rules.length,
    updatedAt: row.updatedAt,
    library,
  };
}

export async function listLibraries(ctx: ServerContext, scope: ReadScope): Promise<LibraryRecord[]> {
  const rows = await ctx.conn.db
    .selectFrom('practiceLibrary')
    .selectAll()
    .where('workspaceId', '=', scope.workspaceId)
    .orderBy('name')
    .execute();
  return [
    ...Object.entries(SHIPPED_LIBRARIES).map(([id, l]) => shippedRecord(id, l)),
    ...rows.map(storedRecord),
  ];
}

/** A shipped library (fr, en) or one of the workspace's. */
export async function findLibrary(
  ctx: ServerContext,
  scope: ReadScope,
  id: string,
): Promise<LibraryRecord | undefined> {
  const shipped = SHIPPED_LIBRARIES[id];
  if (shipped) return shippedRecord(id, shipped);
  const row = await ctx.conn.db
    .selectFrom('practiceLibrary')
    .selectAll()
    .where('workspaceId', '=', scope.workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && storedRecord(row);
}

/**
 * A library as the API receives it, checked whole: its shape (400) and every rule (422, each
 * issue at `rules.<i>.rule` with the rule id, line, column, offset and length of the fault and
 * a hint, so the editor can underline it).
 */
export function validLibrary(raw: unknown): Library {
  const parsed = librarySchema.safeParse(raw);
  if (!parsed.success)
    throw new AppError(
      'validation_failed',
      'The library is not well formed',
      parsed.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        code: i.code,
        message: i.message,
      })),
    );
  const { errors } = checkLibrary(parsed.data);
  if (errors.length > 0) {
    const index = new Map(parsed.data.rules.map((r, i) => [r.id, i]));
    throw new AppError(
      'rule_violated',
      errors.map((e) => `${e.ruleId} ${e.line}:${e.column} ${e.message}`).join('; '),
      errors.map((e) => ({
        path: ['rules', index.get(e.ruleId) ?? 0, 'rule'],
        code: e.code,
        message: e.message,
        params: {
          ruleId: e.ruleId,
          line: e.line,
          column: e.column,
          offset: e.offset,
          length: e.length,
          hint: e.hint,
        },
      })),
    );
  }
  return parsed.data;
}

export async function createLibrary(
  ctx: ServerContext,
  actor: Actor,
  raw: unknown,
  basedOn: string | null,
): Promise<LibraryRecord> {
  const library = validLibrary(raw);
  const now = ctx.now();
  const row: PracticeLibraryTable = {
    id: ctx.newId(),
    workspaceId: actor.workspaceId,
    name: library.name.fr,
    language: library.language,
    basedOn,
    documentJson: JSON.stringify(library),
    createdAt: now,
    updatedAt: now,
  };
  await ctx.conn.db.insertInto('practiceLibrary').values(row).execute();
  return storedRecord(row);
}

export async function updateLibrary(
  ctx: ServerContext,
  actor: Actor,
  id: string,
  raw: unknown,
): Promise<LibraryRecord> {
  if (SHIPPED_LIBRARIES[id])
    throw new AppError('rule_violated', 'A shipped library cannot be edited: copy it first');
  const library = validLibrary(raw);
  const updated = await ctx.conn.db
    .updateTable('practiceLibrary')
    .set({
      name: library.name.fr,
      language: library.language,
      documentJson: JSON.stringify(library),
      updatedAt: ctx.now(),
    })
    .where('workspaceId', '=', actor.workspaceId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!updated) throw AppError.notFound('Library');
  return storedRecord(updated);
}

export async function deleteLibrary(ctx: ServerContext, actor: Actor, id: string): Promise<void> {
  if (SHIPPED_LIBRARIES[id]) throw new AppError('rule_violated', 'A shipped library cannot be deleted');
  const deleted = await ctx.conn.db
    .deleteFrom('practiceLibrary')
    .where('workspaceId', '=', actor.workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) === 0) throw AppError.notFound('Library');
}
