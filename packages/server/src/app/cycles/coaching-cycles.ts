import {
  COACHING_THEMES,
  type CoachingTheme,
  type CycleObjective,
  type Library,
  nextFocusTheme,
  type ReadScope,
} from '@vigie/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ServerContext } from '../../context.ts';
import type { CoachingCycleTable, Database } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { authorize, type RequestActor } from '../actor.ts';
import { auditedWrite } from '../audited-write.ts';
import { type CycleProgress, cycleProgress } from './cycle-progress.ts';
import { type CreateCycleRequest, createCycleSchema, type updateCycleSchema } from './cycle-schema.ts';

export interface CoachingCycleRecord {
  id: string;
  vendorId: string;
  siteId: string | null;
  number: number;
  focusTheme: CoachingTheme;
  startsOn: string;
  endsOn: string;
  status: 'in_progress' | 'closed';
  objectives: CycleObjective[];
  baselineRunId: string | null;
  measureRunId: string | null;
  reportId: string | null;
  /** when closed: the progress measured then */
  outcome: CycleProgress | null;
  createdBy: string;
  createdAt: string;
  closedAt: string | null;
}

function toRecord(row: CoachingCycleTable): CoachingCycleRecord {
  return {
    id: row.id,
    vendorId: row.vendorId,
    siteId: row.siteId,
    number: row.number,
    focusTheme: row.focusTheme as CoachingTheme,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    status: row.status as CoachingCycleRecord['status'],
    objectives: JSON.parse(row.objectivesJson) as CycleObjective[],
    baselineRunId: row.baselineRunId,
    measureRunId: row.measureRunId,
    reportId: row.reportId,
    outcome: row.outcomeJson === null ? null : (JSON.parse(row.outcomeJson) as CycleProgress),
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    closedAt: row.closedAt,
  };
}

/** Cycles the scope may read: the client all; a vendor user its own vendor's. */
function scopedCycles(db: Kysely<Database>, scope: ReadScope) {
  let q = db.selectFrom('coachingCycle').selectAll().where('workspaceId', '=', scope.workspaceId);
  if (scope.vendorId !== null) q = q.where('vendorId', '=', scope.vendorId);
  return q;
}

/** Every cycle in scope, by vendor then number: the timeline of themes per vendor. */
export async function listCycles(db: Kysely<Database>, scope: ReadScope): Promise<CoachingCycleRecord[]> {
  const rows = await scopedCycles(db, scope).orderBy('vendorId').orderBy('number').execute();
  return rows.map(toRecord);
}

export async function findCycle(
  db: Kysely<Database>,
  scope: ReadScope,
  id: string,
): Promise<CoachingCycleRecord | undefined> {
  const row = await scopedCycles(db, scope).where('id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

/** A cycle's progress now: as recorded when closed, else measured from its runs. */
export async function progressOf(
  db: Kysely<Database>,
  workspaceId: string,
  cycle: CoachingCycleRecord,
): Promise<CycleProgress | null> {
  if (cycle.outcome !== null) return cycle.outcome;
  return cycleProgress(db, { workspaceId, ...cycle });
}

/** The themes a vendor achieved in closed cycles, and the focus its next cycle should take. */
export async function vendorThemes(
  db: Kysely<Database>,
  workspaceId: string,
  vendorId: string,
): Promise<{ achieved: CoachingTheme[]; nextFocus: CoachingTheme | null }> {
  const cycles = await listCycles(db, { workspaceId, vendorId });
  const achieved = new Set(cycles.filter((c) => c.outcome?.achieved).map((c) => c.focusTheme));
  const last = cycles.at(-1) ?? null;
  return {
    achieved: COACHING_THEMES.filter((t) => achieved.has(t)),
    // the focus moves on only once its theme is achieved; a missed theme stays the focus
    nextFocus:
      last === null || (last.status === 'closed' && achieved.has(last.focusTheme))
        ? nextFocusTheme(COACHING_THEMES, achieved, last?.focusTheme ?? null)
        : last.focusTheme,
  };
}

/** Opens a vendor's next cycle (numbered after its last one) on a focus theme with objectives. */
export async function createCycle(
  ctx: ServerContext,
  actor: RequestActor,
  request: CreateCycleRequest,
): Promise<CoachingCycleRecord> {
  authorize(actor, 'create', 'cycle');
  const input = createCycleSchema.parse(request);
  const db = ctx.conn.db;
  const vendor = await db
    .selectFrom('vendor')
    .select('id')
    .where('workspaceId', '=', actor.workspaceId)
    .where('id', '=', input.vendorId)
    .executeTakeFirst();
  if (!vendor) throw AppError.rule(['vendorId'], 'unknown_vendor', `No vendor ${input.vendorId}`);
  await checkRun(db, actor.workspaceId, input.baselineRunId ?? null, ['baselineRunId'], input.objectives);
  const previous = await listCycles(db, { workspaceId: actor.workspaceId, vendorId: input.vendorId });
  const open = previous.find(
    (c) => c.status === 'in_progress' && (c.siteId ?? null) === (input.siteId ?? null),
  );
  if (open)
    throw new AppError(
      'conflict',
      `Cycle ${open.number} of this vendor is still in progress: close it first`,
    );
  const row: CoachingCycleTable = {
    id: ctx.newId(),
    workspaceId: actor.workspaceId,
    vendorId: input.vendorId,
    siteId: input.siteId ?? null,
    number: (previous.at(-1)?.number ?? 0) + 1,
    focusTheme: input.focusTheme,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    status: 'in_progress',
    objectivesJson: JSON.stringify(input.objectives),
    baselineRunId: input.baselineRunId ?? null,
    measureRunId: null,
    reportId: input.reportId ?? null,
    outcomeJson: null,
    createdBy: actor.email,
    createdAt: ctx.now(),
    closedAt: null,
  };
  return auditedWrite(ctx, actor, {}, async (trx) => {
    await trx.insertInto('coachingCycle').values(row).execute();
    return {
      result: toRecord(row),
      audit: { action: 'create', entity: 'coaching_cycle', entityId: row.id, before: null, after: row },
    };
  });
}

/** Changes a cycle in progress: objectives, end date, the measuring run, the report. */
export async function updateCycle(
  ctx: ServerContext,
  actor: RequestActor,
  id: string,
  input: z.output<typeof updateCycleSchema>,
): Promise<CoachingCycleRecord> {
  authorize(actor, 'create', 'cycle');
  const before = await findCycle(ctx.conn.db, { workspaceId: actor.workspaceId, vendorId: null }, id);
  if (!before) throw AppError.notFound('Coaching cycle');
  if (before.status === 'closed')
    throw new AppError('conflict', 'A closed cycle is the record: it is not changed');
  await checkRun(ctx.conn.db, actor.workspaceId, input.measureRunId ?? null, ['measureRunId']);
  if (input.measureRunId) await checkMeasure(ctx.conn.db, before, input.measureRunId);
  const set = {
    ...(input.objectives ? { objectivesJson: JSON.stringify(input.objectives) } : {}),
    ...(input.endsOn ? { endsOn: input.endsOn } : {}),
    ...(input.measureRunId !== undefined ? { measureRunId: input.measureRunId } : {}),
    ...(input.reportId !== undefined ? { reportId: input.reportId } : {}),
  };
  return auditedWrite(ctx, actor, {}, async (trx) => {
    if (Object.keys(set).length > 0)
      await trx.updateTable('coachingCycle').set(set).where('id', '=', id).execute();
    const row = await trx
      .selectFrom('coachingCycle')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const after = toRecord(row);
    return {
      result: after,
      audit: { action: 'update', entity: 'coaching_cycle', entityId: id, before, after },
    };
  });
}

/**
 * Closes a cycle on its measure: records each objective's progress and whether the focus theme
 * is achieved (every objective met with significance), after which the vendor's next cycle
 * takes the next theme not yet achieved.
 */
export async function closeCycle(ctx: ServerContext, actor: RequestActor, id: string) {
  authorize(actor, 'create', 'cycle');
  const db = ctx.conn.db;
  const before = await findCycle(db, { workspaceId: actor.workspaceId, vendorId: null }, id);
  if (!before) throw AppError.notFound('Coaching cycle');
  if (before.status === 'closed') throw new AppError('conflict', 'This cycle is already closed');
  const progress = await cycleProgress(db, { workspaceId: actor.workspaceId, ...before });
  if (progress === null)
    throw AppError.rule(
      ['measureRunId'],
      'not_measured',
      'Set a finished run over a new sample to measure the cycle first',
    );
  const closedAt = ctx.now();
  const closed = await auditedWrite(ctx, actor, {}, async (trx) => {
    await trx
      .updateTable('coachingCycle')
      .set({ status: 'closed', outcomeJson: JSON.stringify(progress), closedAt })
      .where('id', '=', id)
      .execute();
    const after: CoachingCycleRecord = { ...before, status: 'closed', outcome: progress, closedAt };
    return {
      result: after,
      audit: { action: 'update', entity: 'coaching_cycle', entityId: id, before, after },
    };
  });
  return { cycle: closed, ...(await vendorThemes(db, actor.workspaceId, before.vendorId)) };
}

/** A measure is another run than the baseline, over calls of the cycle's vendor (a new sample). */
async function checkMeasure(db: Kysely<Database>, cycle: CoachingCycleRecord, runId: string) {
  if (runId === cycle.baselineRunId)
    throw AppError.rule(
      ['measureRunId'],
      'same_as_baseline',
      'The measure must be another run than the baseline: a new sample',
    );
  const calls = await db
    .selectFrom('analysisCallResult')
    .select('transcriptId')
    .where('runId', '=', runId)
    .where('vendorId', '=', cycle.vendorId)
    .limit(1)
    .executeTakeFirst();
  if (!calls)
    throw AppError.rule(['measureRunId'], 'no_calls', "The run holds no call of the cycle's vendor");
}

/** The run exists and is done; each objective names a practice of its library. */
async function checkRun(
  db: Kysely<Database>,
  workspaceId: string,
  runId: string | null,
  path: string[],
  objectives: readonly CycleObjective[] = [],
) {
  if (runId === null) return;
  const run = await db
    .selectFrom('analysisRun')
    .select(['status', 'libraryJson'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', runId)
    .executeTakeFirst();
  if (!run) throw AppError.rule(path, 'unknown_run', `No analysis run ${runId}`);
  if (run.status !== 'done') throw AppError.rule(path, 'run_not_done', 'The analysis run has not finished');
  const practices = new Set(
    (JSON.parse(run.libraryJson) as Library).rules.filter((r) => r.kind === 'practice').map((r) => r.id),
  );
  objectives.forEach((o, i) => {
    if (!practices.has(o.practiceId))
      throw AppError.rule(
        ['objectives', String(i), 'practiceId'],
        'unknown_practice',
        `No practice ${o.practiceId} in the run's library`,
      );
  });
}
