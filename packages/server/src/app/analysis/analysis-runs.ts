import {
  type Actor,
  analyzeCall,
  type CallLinks,
  type CallResult,
  compileLibrary,
  type Library,
  type ReadScope,
  type Transcript,
} from '@vigie/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ServerContext } from '../../context.ts';
import { scopedTranscripts } from '../../db/repositories/transcripts.ts';
import type { AnalysisRunTable, Database } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { isoDay } from '../iso-day.ts';
import { findLibrary } from './library-commands.ts';

/** Which stored calls a run analyses. */
export const runFilterSchema = z.object({
  vendorId: z.string().min(1).optional(),
  siteId: z.string().min(1).optional(),
  activityId: z.string().min(1).optional(),
  agent: z.string().min(1).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  /** the calls a sample plan drew (with the other choices, those of them that pass) */
  sampleId: z.string().min(1).optional(),
});
export type RunFilter = z.output<typeof runFilterSchema>;

export const RUN_STATUSES = ['running', 'done', 'failed'] as const;

export interface AnalysisRunRecord {
  id: string;
  name: string;
  libraryId: string;
  /** the library's name in French and English, as it was when the run started */
  libraryName: { fr: string; en: string };
  filter: RunFilter;
  status: (typeof RUN_STATUSES)[number];
  callsTotal: number;
  callsDone: number;
  error: string | null;
  createdBy: string;
  createdAt: string;
  finishedAt: string | null;
}

export function toRunRecord(row: AnalysisRunTable): AnalysisRunRecord {
  const library = JSON.parse(row.libraryJson) as Library;
  return {
    id: row.id,
    name: row.name,
    libraryId: row.libraryId,
    libraryName: library.name,
    filter: JSON.parse(row.filterJson) as RunFilter,
    status: row.status as AnalysisRunRecord['status'],
    callsTotal: row.callsTotal,
    callsDone: row.callsDone,
    error: row.error,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}

/**
 * Whether the scope may see a run: the client always; a vendor user the runs over all vendors
 * (whose figures it then reads over its own calls) and those over its own vendor, never a run
 * aimed at another vendor.
 */
function visible(scope: ReadScope, run: AnalysisRunRecord): boolean {
  return (
    scope.vendorId === null || run.filter.vendorId === undefined || run.filter.vendorId === scope.vendorId
  );
}

/** Runs of the workspace the scope may see, newest first. */
export async function listRuns(db: Kysely<Database>, scope: ReadScope): Promise<AnalysisRunRecord[]> {
  const rows = await db
    .selectFrom('analysisRun')
    .selectAll()
    .where('workspaceId', '=', scope.workspaceId)
    .orderBy('createdAt', 'desc')
    .orderBy('id')
    .execute();
  const runs = rows.map(toRunRecord).filter((run) => visible(scope, run));
  return Promise.all(runs.map((run) => scopedCounts(db, scope, run)));
}

/**
 * A run's call counts over the scope: a vendor user sees how many of its own calls a run holds,
 * never how many the other vendors have.
 */
async function scopedCounts(
  db: Kysely<Database>,
  scope: ReadScope,
  run: AnalysisRunRecord,
): Promise<AnalysisRunRecord> {
  if (scope.vendorId === null) return run;
  const done = await db
    .selectFrom('analysisCallResult')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('runId', '=', run.id)
    .where('vendorId', '=', scope.vendorId)
    .executeTakeFirst();
  const callsDone = Number(done?.n ?? 0);
  if (run.status !== 'running') return { ...run, callsDone, callsTotal: callsDone };
  const total = await scopedTranscripts(db, scope, run.filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return { ...run, callsDone, callsTotal: Number(total?.n ?? 0) };
}

export async function findRun(
  db: Kysely<Database>,
  scope: ReadScope,
  id: string,
): Promise<{ record: AnalysisRunRecord; library: Library } | undefined> {
  const row = await db
    .selectFrom('analysisRun')
    .selectAll()
    .where('workspaceId', '=', scope.workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row || !visible(scope, toRunRecord(row))) return undefined;
  return {
    record: await scopedCounts(db, scope, toRunRecord(row)),
    library: JSON.parse(row.libraryJson) as Library,
  };
}

/**
 * Starts a run of a library over the stored calls the filter picks: records it (with a copy of
 * the library, so later edits do not change its figures) and returns it; `execute` then runs it.
 */
export async function createRun(
  ctx: ServerContext,
  actor: Actor,
  request: { name?: string | undefined; libraryId: string; filter: RunFilter },
): Promise<AnalysisRunRecord> {
  const scope = { workspaceId: actor.workspaceId, vendorId: null };
  const library = await findLibrary(ctx, scope, request.libraryId);
  if (!library)
    throw new AppError('rule_violated', `No library ${request.libraryId}`, [
      { path: ['libraryId'], code: 'unknown_library', message: 'no such library' },
    ]);
  const count = await scopedTranscripts(ctx.conn.db, scope, request.filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  const callsTotal = Number(count?.n ?? 0);
  if (callsTotal === 0)
    throw new AppError('rule_violated', 'No stored call matches this choice', [
      { path: ['filter'], code: 'no_calls', message: 'no stored call matches' },
    ]);
  const row: AnalysisRunTable = {
    id: ctx.newId(),
    workspaceId: actor.workspaceId,
    name: request.name?.trim() || `${library.library.name.fr} — ${ctx.now().slice(0, 16).replace('T', ' ')}`,
    libraryId: request.libraryId,
    libraryJson: JSON.stringify(library.library),
    filterJson: JSON.stringify(request.filter),
    status: 'running',
    callsTotal,
    callsDone: 0,
    error: null,
    createdBy: actor.userId,
    createdAt: ctx.now(),
    finishedAt: null,
  };
  await ctx.conn.db.insertInto('analysisRun').values(row).execute();
  return toRunRecord(row);
}

const PAGE = 500;

/**
 * Analyses the run's calls page by page (id order) and stores each call's result; progress is
 * written after each page. A failure marks the run failed with its message and keeps nothing.
 */
export async function executeRun(ctx: ServerContext, runId: string): Promise<void> {
  const db = ctx.conn.db;
  const run = await db
    .selectFrom('analysisRun')
    .selectAll()
    .where('id', '=', runId)
    .executeTakeFirstOrThrow();
  const library = JSON.parse(run.libraryJson) as Library;
  const filter = JSON.parse(run.filterJson) as RunFilter;
  const scope = { workspaceId: run.workspaceId, vendorId: null };
  try {
    const compiled = compileLibrary(library);
    let after = '';
    let done = 0;
    for (;;) {
      const rows = await scopedTranscripts(db, scope, filter)
        .select(['id', 'vendorId', 'siteId', 'activityId', 'agent', 'startedAt', 'documentJson'])
        .where('id', '>', after)
        .orderBy('id')
        .limit(PAGE)
        .execute();
      if (rows.length === 0) break;
      const results = rows.map((r) => {
        const analysed = analyzeCall(compiled, JSON.parse(r.documentJson) as Transcript);
        // The workspace's ids, whatever names the file used: figures group by them.
        const result: CallResult = { ...analysed, links: storedLinks(r) };
        return {
          runId,
          transcriptId: r.id,
          vendorId: r.vendorId,
          ruleIds: ` ${[...new Set(result.hits.map((h) => h.ruleId))].join(' ')} `,
          resultJson: JSON.stringify(result),
        };
      });
      await db.insertInto('analysisCallResult').values(results).execute();
      done += rows.length;
      after = rows.at(-1)?.id ?? after;
      await db.updateTable('analysisRun').set({ callsDone: done }).where('id', '=', runId).execute();
      // let requests in between pages: the server stays responsive during a long run
      await new Promise((resolve) => setImmediate(resolve));
    }
    await db
      .updateTable('analysisRun')
      .set({ status: 'done', callsTotal: done, finishedAt: ctx.now() })
      .where('id', '=', runId)
      .execute();
  } catch (err) {
    await db.deleteFrom('analysisCallResult').where('runId', '=', runId).execute();
    await db
      .updateTable('analysisRun')
      .set({ status: 'failed', callsDone: 0, error: (err as Error).message, finishedAt: ctx.now() })
      .where('id', '=', runId)
      .execute();
  }
}

function storedLinks(r: {
  vendorId: string;
  siteId: string | null;
  activityId: string | null;
  agent: string;
  startedAt: string | null;
}): CallLinks {
  return {
    vendor: r.vendorId,
    ...(r.siteId ? { site: r.siteId } : {}),
    ...(r.activityId ? { activity: r.activityId } : {}),
    ...(r.agent ? { agent: r.agent } : {}),
    ...(r.startedAt ? { startedAt: r.startedAt } : {}),
  };
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs analyses one after another in this process (each already uses the event loop fully). */
export function enqueueRun(ctx: ServerContext, runId: string): Promise<void> {
  const next = queue.then(() => executeRun(ctx, runId));
  queue = next.catch(() => undefined);
  return next;
}

/** Runs still running when the server starts were cut short: their results are dropped, marked failed. */
export async function recoverInterruptedRuns(db: Kysely<Database>, now: string): Promise<number> {
  const cut = await db.selectFrom('analysisRun').select('id').where('status', '=', 'running').execute();
  for (const { id } of cut) {
    await db.deleteFrom('analysisCallResult').where('runId', '=', id).execute();
    await db
      .updateTable('analysisRun')
      .set({
        status: 'failed',
        callsDone: 0,
        error: 'The server stopped during this run: run it again.',
        finishedAt: now,
      })
      .where('id', '=', id)
      .execute();
  }
  return cut.length;
}
