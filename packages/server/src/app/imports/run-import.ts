import fs from 'node:fs';
import path from 'node:path';
import { contactFlags, type ImportIssue, type Interaction } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { ServerContext } from '../../context.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import {
  countStoredIds,
  deleteImportedInteractions,
  interactionRow,
} from '../../db/repositories/interaction-store.ts';
import { type InteractionWriter, openInteractionWriter } from '../../db/repositories/interaction-writer.ts';
import { getKpiSettings } from '../../db/repositories/kpi-settings.ts';
import { withPgClient } from '../../db/repositories/pg-copy.ts';
import { refreshPlannerStatistics } from '../../db/repositories/planner-statistics.ts';
import { RollupAccumulator } from '../../db/repositories/rollup-accumulator.ts';
import { addImportToRollups } from '../../db/repositories/rollup-store.ts';
import type { RollupWriteTarget } from '../../db/repositories/rollup-write-target.ts';
import type { Database, InteractionTable } from '../../db/schema.ts';
import { importInteractionBatches } from '../../io/import-interactions.ts';
import { EntityResolver } from './entity-resolver.ts';
import { resolveProfile } from './import-profiles.ts';
import { endProgress, type LiveProgress, startProgress } from './import-progress.ts';

export type ImportMode = 'all_or_nothing' | 'quarantine';
export type ImportStatus = 'running' | 'previewed' | 'completed' | 'rejected' | 'failed';

/** Problems kept per import (all are counted); the report says when it was cut. */
export const MAX_STORED_PROBLEMS = 10_000;
const PREVIEW_ROWS = 20;
/** Rows per write: one SQLite transaction each (a commit per 1,000 rows cost a third of the load). */
const BATCH = 10_000;
/** Batches handed to the writer and not yet stored, at most. */
const WRITES_IN_FLIGHT = 2;

export interface ImportActor {
  readonly userId: string | null;
  readonly email: string;
}

export interface ImportRequest {
  readonly workspaceId: string;
  readonly file: string;
  readonly fileName: string;
  readonly profile: string;
  readonly vendorId: string | null;
  readonly activityId: string | null;
  readonly mode: ImportMode;
  readonly dryRun: boolean;
}

/** Records the import as running; the caller then runs it with {@link runImport}. */
export async function createImportRecord(
  ctx: ServerContext,
  actor: ImportActor,
  req: ImportRequest,
): Promise<string> {
  const id = ctx.newId();
  await ctx.conn.db
    .insertInto('interactionImport')
    .values({
      id,
      workspaceId: req.workspaceId,
      fileName: req.fileName,
      uploadPath: req.file,
      profile: req.profile,
      vendorId: req.vendorId,
      activityId: req.activityId,
      mode: req.mode,
      dryRun: req.dryRun ? 1 : 0,
      status: 'running',
      bytesTotal: fs.statSync(req.file).size,
      bytesRead: 0,
      rowsRead: 0,
      rowsValid: 0,
      rowsImported: 0,
      rowsDuplicate: 0,
      rowsRejected: 0,
      warnings: 0,
      errors: 0,
      previewJson: '[]',
      createdBy: actor.email,
      createdAt: ctx.now(),
      finishedAt: null,
    })
    .execute();
  return id;
}

/** Where the server keeps uploaded files of a workspace until they are imported. */
export function uploadDir(ctx: ServerContext, workspaceId: string): string {
  return path.join(ctx.config.dataDir, 'uploads', workspaceId);
}

function isUpload(ctx: ServerContext, file: string): boolean {
  return path.resolve(file).startsWith(path.join(ctx.config.dataDir, 'uploads') + path.sep);
}

/**
 * Reads the file through its profile, resolves vendors, sites and activities, and (unless a dry
 * run) stores the contacts in batches, summing in memory what the stored ones add to the
 * rollups; then, in one transaction, adds those sums, FCR repeats included, to the rollups (see
 * {@link addImportToRollups}). Rollups change only there: an import that fails or is cut short
 * leaves them as they were. All-or-nothing: at the first row error, writing stops, the rest of
 * the file is still read to list every problem, and what was written is removed. Quarantine:
 * bad rows are left out and listed. Problems, counts and the preview are saved on the import
 * record.
 */
export async function runImport(
  ctx: ServerContext,
  actor: ImportActor,
  importId: string,
  onProgress?: (p: Readonly<LiveProgress>) => void,
): Promise<ImportStatus> {
  const db = ctx.conn.db;
  const rec = await db
    .selectFrom('interactionImport')
    .selectAll()
    .where('id', '=', importId)
    .executeTakeFirstOrThrow();
  const workspaceId = rec.workspaceId;
  const progress = startProgress(importId);
  const problems: ImportIssue[] = [];
  const preview: Interaction[] = [];
  const dryRun = rec.dryRun === 1;
  let writing = !dryRun;
  let status: ImportStatus;
  const sums = new RollupAccumulator();
  const onInserted = (row: InteractionTable): void => sums.add(row);
  // batches are stored (by PostgreSQL, or SQLite's writer thread) while the next are read; two
  // at a time, so the writer never waits for this thread between batches (and PostgreSQL stores
  // them on two connections side by side)
  const writer: InteractionWriter | null = dryRun ? null : openInteractionWriter(ctx.conn);
  const storing: Promise<void>[] = [];
  const stored = async (): Promise<void> => {
    while (storing.length > 0) await storing.shift();
  };
  const note = (issue: ImportIssue): void => {
    if (issue.severity === 'error') progress.errors++;
    else progress.warnings++;
    if (problems.length < MAX_STORED_PROBLEMS) problems.push(issue);
  };
  try {
    if (!rec.uploadPath || !fs.existsSync(rec.uploadPath))
      throw new Error(`${rec.fileName}: the uploaded file is gone`);
    const options = await getKpiSettings(db, workspaceId);
    const profile = await resolveProfile(db, workspaceId, rec.profile);
    const resolver = await EntityResolver.load(db, workspaceId, {
      vendorId: rec.vendorId,
      activityId: rec.activityId,
    });
    const rejectedLines = new Set<number>();
    let batch: InteractionTable[] = [];
    const flush = async (): Promise<void> => {
      while (storing.length >= WRITES_IN_FLIGHT) await storing.shift();
      if (batch.length === 0) return;
      const rows = batch;
      batch = [];
      if (writing && writer) {
        const p = writer.write(rows, onInserted).then((inserted) => {
          progress.rowsImported += inserted;
          progress.rowsDuplicate += rows.length - inserted;
          onProgress?.(progress);
        });
        // awaited by a later flush; a failure meanwhile must not be an unhandled rejection
        p.catch(() => undefined);
        storing.push(p);
        return;
      }
      if (dryRun)
        progress.rowsDuplicate += await countStoredIds(
          db,
          workspaceId,
          rows.map((r) => r.id),
        );
      onProgress?.(progress);
    };
    const batches = importInteractionBatches(rec.uploadPath, profile, {
      onBytes: (bytes) => {
        progress.bytesRead = bytes;
      },
      onIssue: (issue) => {
        note(issue);
        if (issue.severity === 'error') rejectedLines.add(issue.line);
      },
    });
    for await (const read of batches) {
      for (const { line, interaction } of read) {
        const resolved = resolver.resolve(interaction, line);
        if ('issue' in resolved) {
          note(resolved.issue);
          rejectedLines.add(line);
          continue;
        }
        progress.rowsValid++;
        if (preview.length < PREVIEW_ROWS) preview.push(resolved.interaction);
        const row = interactionRow(
          workspaceId,
          importId,
          resolved.interaction,
          contactFlags(resolved.interaction, options),
        );
        batch.push(row);
        // records read so far: those accepted plus those rejected (by the profile or here)
        progress.rowsRead = progress.rowsValid + rejectedLines.size;
        if (rec.mode === 'all_or_nothing' && progress.errors > 0) writing = false;
        if (batch.length >= BATCH) await flush();
      }
    }
    if (rec.mode === 'all_or_nothing' && progress.errors > 0) writing = false;
    await flush();
    await stored();
    for (const issue of resolver.summaryIssues()) note(issue);
    progress.rowsRejected = rejectedLines.size;
    progress.rowsRead = progress.rowsValid + progress.rowsRejected;
    progress.bytesRead = rec.bytesTotal;

    if (dryRun) status = 'previewed';
    else if (rec.mode === 'all_or_nothing' && progress.errors > 0) {
      await deleteImportedInteractions(db, importId);
      progress.rowsImported = 0;
      progress.rowsDuplicate = 0;
      status = 'rejected';
    } else {
      if (sums.rows > 0) {
        const windowSeconds = options.fcrWindowDays * 86400;
        const pool = ctx.conn.pgPool;
        const add = (trx: Kysely<Database>, target: RollupWriteTarget) =>
          addImportToRollups(ctx.conn, trx, workspaceId, importId, sums, windowSeconds, target);
        const inWriter = writer?.rollupTransaction;
        // the contacts are all stored: PostgreSQL analyses them while the rollups are written
        const analysingContacts = refreshPlannerStatistics(ctx.conn, 'contacts');
        analysingContacts.catch(() => undefined); // awaited below
        // PostgreSQL: on one client, so that the new rollup rows go by COPY in the transaction;
        // SQLite: the rows are written by the writer thread, in a transaction of its connection
        // begun (and holding the write lock) before this one reads what the rows depend on
        if (pool)
          await withPgClient(pool, (one, copyClient) =>
            one.transaction().execute((trx) => add(trx, { copyClient })),
          );
        else if (inWriter)
          await inWriter((sqliteRows) => db.transaction().execute((trx) => add(trx, { sqliteRows })));
        else await db.transaction().execute((trx) => add(trx, {}));
        await Promise.all([analysingContacts, refreshPlannerStatistics(ctx.conn, 'rollups')]);
      }
      status = 'completed';
    }
    await writer?.close();
  } catch (err) {
    // The file itself is unreadable (format, encoding, missing columns): nothing is kept.
    await stored().catch(() => undefined);
    await writer?.close().catch(() => undefined);
    await deleteImportedInteractions(db, importId);
    progress.rowsImported = 0;
    problems.unshift({
      line: (err as { line?: number }).line ?? 0,
      code: 'unreadable_file',
      severity: 'error',
      message: err instanceof Error ? err.message : String(err),
    });
    progress.errors++;
    status = 'failed';
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('interactionImport')
      .set({
        status,
        ...progress,
        previewJson: JSON.stringify(preview),
        finishedAt: ctx.now(),
        // the upload is kept for a dry run, to commit it later
        uploadPath: dryRun ? rec.uploadPath : null,
      })
      .where('id', '=', importId)
      .execute();
    for (let k = 0; k < problems.length; k += 500) {
      await trx
        .insertInto('importProblem')
        .values(
          problems.slice(k, k + 500).map((p, j) => ({
            importId,
            seq: k + j,
            line: p.line,
            field: p.field ?? null,
            code: p.code,
            severity: p.severity,
            message: p.message,
          })),
        )
        .execute();
    }
    if (!dryRun) {
      await recordAudit(
        trx,
        {
          workspaceId,
          actorUserId: actor.userId,
          actorEmail: actor.email,
          action: 'create',
          entity: 'interaction_import',
          entityId: importId,
          before: null,
          after: { fileName: rec.fileName, profile: rec.profile, mode: rec.mode, status, ...progress },
        },
        ctx.newId(),
        ctx.now(),
      );
    }
  });
  // an upload received by the server is removed once stored; a file named on the command line is the user's
  if (!dryRun && rec.uploadPath && isUpload(ctx, rec.uploadPath)) fs.rmSync(rec.uploadPath, { force: true });
  endProgress(importId);
  onProgress?.(progress);
  return status;
}
