import { buildFeedbackReport, COACHING_THEMES, type FeedbackReport, type ReadScope } from '@vigie/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ServerContext } from '../../context.ts';
import type { Database, FeedbackReportTable } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { authorize, type RequestActor } from '../actor.ts';
import { findRun } from '../analysis/analysis-runs.ts';
import { auditedWrite } from '../audited-write.ts';
import { reportInput } from './report-input.ts';

export const REPORT_STATUSES = ['draft', 'published'] as const;

export interface FeedbackReportRecord {
  id: string;
  vendorId: string;
  runId: string;
  language: 'fr' | 'en';
  status: (typeof REPORT_STATUSES)[number];
  document: FeedbackReport;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  publishedBy: string | null;
  publishedAt: string | null;
}

function toRecord(row: FeedbackReportTable): FeedbackReportRecord {
  return {
    id: row.id,
    vendorId: row.vendorId,
    runId: row.runId,
    language: row.language as FeedbackReportRecord['language'],
    status: row.status as FeedbackReportRecord['status'],
    document: JSON.parse(row.documentJson) as FeedbackReport,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    publishedBy: row.publishedBy,
    publishedAt: row.publishedAt,
  };
}

/** Reports the scope may read: the client all; a vendor user its own vendor's published ones only. */
function scopedReports(db: Kysely<Database>, scope: ReadScope) {
  let q = db.selectFrom('feedbackReport').selectAll().where('workspaceId', '=', scope.workspaceId);
  if (scope.vendorId !== null) q = q.where('vendorId', '=', scope.vendorId).where('status', '=', 'published');
  return q;
}

export async function listReports(db: Kysely<Database>, scope: ReadScope): Promise<FeedbackReportRecord[]> {
  const rows = await scopedReports(db, scope).orderBy('createdAt', 'desc').orderBy('id').execute();
  return rows.map((row) => asRead(scope, toRecord(row)));
}

/**
 * A report as the scope reads it: the vendor's users never receive the findings the analyst
 * left out (nor their comments and questions), not even in the data behind the page.
 */
function asRead(scope: ReadScope, report: FeedbackReportRecord): FeedbackReportRecord {
  if (scope.vendorId === null) return report;
  const themes = report.document.themes.map((t) => ({
    ...t,
    findings: t.findings.filter((f) => f.included),
  }));
  return { ...report, document: { ...report.document, themes } };
}

export async function findReport(
  db: Kysely<Database>,
  scope: ReadScope,
  id: string,
): Promise<FeedbackReportRecord | undefined> {
  const row = await scopedReports(db, scope).where('id', '=', id).executeTakeFirst();
  return row && asRead(scope, toRecord(row));
}

export const createReportSchema = z.object({
  runId: z.string().min(1),
  vendorId: z.string().min(1),
  language: z.enum(['fr', 'en']).default('fr'),
  /** default: the theme where the vendor's bad practices weigh most */
  focusTheme: z.enum(COACHING_THEMES).nullable().optional(),
});

/**
 * Drafts a vendor's report from a finished run: its figures over that vendor's calls, excerpts,
 * questions, the focus theme. The analyst then edits it (`updateReport`) and publishes it.
 */
export async function createReport(
  ctx: ServerContext,
  actor: RequestActor,
  request: z.input<typeof createReportSchema>,
): Promise<FeedbackReportRecord> {
  authorize(actor, 'create', 'report');
  const input = createReportSchema.parse(request);
  const db = ctx.conn.db;
  const clientScope = { workspaceId: actor.workspaceId, vendorId: null };
  const found = await findRun(db, clientScope, input.runId);
  if (!found) throw AppError.rule(['runId'], 'unknown_run', `No analysis run ${input.runId}`);
  if (found.record.status !== 'done')
    throw AppError.rule(['runId'], 'run_not_done', 'The analysis run has not finished');
  const vendor = await db
    .selectFrom('vendor')
    .select(['id', 'name'])
    .where('workspaceId', '=', actor.workspaceId)
    .where('id', '=', input.vendorId)
    .executeTakeFirst();
  if (!vendor) throw AppError.rule(['vendorId'], 'unknown_vendor', `No vendor ${input.vendorId}`);
  const calls = await db
    .selectFrom('analysisCallResult')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('runId', '=', input.runId)
    .where('vendorId', '=', vendor.id)
    .executeTakeFirst();
  if (Number(calls?.n ?? 0) === 0)
    throw AppError.rule(['vendorId'], 'no_calls', `The run holds no call of ${vendor.name}`);
  const document = buildFeedbackReport(
    await reportInput(db, {
      workspaceId: actor.workspaceId,
      runId: input.runId,
      library: found.library,
      vendor,
      language: input.language,
      ...(input.focusTheme === undefined ? {} : { focusTheme: input.focusTheme }),
      sample: await sampleOfRun(db, actor.workspaceId, found.record.filter.sampleId),
    }),
  );
  const now = ctx.now();
  const row: FeedbackReportTable = {
    id: ctx.newId(),
    workspaceId: actor.workspaceId,
    vendorId: vendor.id,
    runId: input.runId,
    language: input.language,
    status: 'draft',
    documentJson: JSON.stringify(document),
    createdBy: actor.email,
    createdAt: now,
    updatedAt: now,
    publishedBy: null,
    publishedAt: null,
  };
  return auditedWrite(ctx, actor, {}, async (trx) => {
    await trx.insertInto('feedbackReport').values(row).execute();
    return {
      result: toRecord(row),
      audit: { action: 'create', entity: 'feedback_report', entityId: row.id, before: null, after: row },
    };
  });
}

/** The sample a run was made of, as the report's introduction names it. */
async function sampleOfRun(db: Kysely<Database>, workspaceId: string, planId: string | undefined) {
  if (!planId) return null;
  const draw = await db
    .selectFrom('sampleDraw')
    .select(['planId', 'size', 'populationSize', 'seed'])
    .where('workspaceId', '=', workspaceId)
    .where('planId', '=', planId)
    .executeTakeFirst();
  return draw ?? null;
}

/**
 * The analyst's edits: the whole document, whose figures and excerpts must stay those drafted
 * (only texts, the findings kept and the focus theme change), while it is a draft.
 */
export async function updateReport(
  ctx: ServerContext,
  actor: RequestActor,
  id: string,
  edited: FeedbackReport,
): Promise<FeedbackReportRecord> {
  authorize(actor, 'create', 'report');
  const before = await findReport(ctx.conn.db, { workspaceId: actor.workspaceId, vendorId: null }, id);
  if (!before) throw AppError.notFound('Feedback report');
  if (before.status !== 'draft') throw new AppError('conflict', 'A published report is not edited any more');
  const document = mergeEdits(before.document, edited);
  const updatedAt = ctx.now();
  return auditedWrite(ctx, actor, {}, async (trx) => {
    await trx
      .updateTable('feedbackReport')
      .set({ documentJson: JSON.stringify(document), updatedAt })
      .where('id', '=', id)
      .execute();
    return {
      result: { ...before, document, updatedAt },
      audit: {
        action: 'update',
        entity: 'feedback_report',
        entityId: id,
        before: before.document,
        after: document,
      },
    };
  });
}

/** Publishes a draft to the vendor's users: from then on it is read and answered, not edited. */
export async function publishReport(
  ctx: ServerContext,
  actor: RequestActor,
  id: string,
): Promise<FeedbackReportRecord> {
  authorize(actor, 'create', 'report');
  const before = await findReport(ctx.conn.db, { workspaceId: actor.workspaceId, vendorId: null }, id);
  if (!before) throw AppError.notFound('Feedback report');
  if (before.status === 'published') throw new AppError('conflict', 'This report is already published');
  const publishedAt = ctx.now();
  return auditedWrite(ctx, actor, {}, async (trx) => {
    await trx
      .updateTable('feedbackReport')
      .set({ status: 'published', publishedAt, publishedBy: actor.email })
      .where('id', '=', id)
      .execute();
    const after = { ...before, status: 'published' as const, publishedAt, publishedBy: actor.email };
    return {
      result: after,
      audit: {
        action: 'update',
        entity: 'feedback_report',
        entityId: id,
        before: { status: 'draft' },
        after: { status: 'published' },
      },
    };
  });
}

/** Deletes a draft (a published report is the record: it stays). */
export async function deleteReport(ctx: ServerContext, actor: RequestActor, id: string): Promise<void> {
  authorize(actor, 'delete', 'report');
  const before = await findReport(ctx.conn.db, { workspaceId: actor.workspaceId, vendorId: null }, id);
  if (!before) throw AppError.notFound('Feedback report');
  if (before.status !== 'draft') throw new AppError('conflict', 'A published report is not deleted');
  await auditedWrite(ctx, actor, {}, async (trx) => {
    await trx.deleteFrom('feedbackReport').where('id', '=', id).execute();
    return {
      result: undefined,
      audit: {
        action: 'delete',
        entity: 'feedback_report',
        entityId: id,
        before: before.document,
        after: null,
      },
    };
  });
}

/**
 * The drafted document with the analyst's texts: title, introduction, focus theme, and per
 * finding its comment, questions and whether it is kept. Figures and excerpts are never taken
 * from the request: a report says what the calls say.
 */
function mergeEdits(drafted: FeedbackReport, edited: FeedbackReport): FeedbackReport {
  const editedFindings = new Map(
    edited.themes.flatMap((t) => t.findings.map((f) => [f.practiceId, f] as const)),
  );
  const focusTheme = edited.focusTheme === undefined ? drafted.focusTheme : edited.focusTheme;
  // answers point at question ids: each stays unique in the report, a new question gets a new one
  const used = new Set<string>();
  const questionId = (practiceId: string, given: unknown): string => {
    let id = typeof given === 'string' && given !== '' && !used.has(given) ? given : '';
    for (let k = 1; id === ''; k++) if (!used.has(`${practiceId}.e${k}`)) id = `${practiceId}.e${k}`;
    used.add(id);
    return id;
  };
  return {
    ...drafted,
    title: text(edited.title, drafted.title),
    introduction: text(edited.introduction, drafted.introduction),
    focusTheme,
    themes: drafted.themes.map((t) => ({
      ...t,
      // as drafted: the focus, the other themes with practices to work on deferred, the rest other
      status:
        t.theme === focusTheme
          ? 'focus'
          : t.findings.some((f) => f.polarity === 'bad')
            ? 'deferred'
            : 'other',
      findings: t.findings.map((f) => {
        const e = editedFindings.get(f.practiceId);
        if (!e)
          return { ...f, questions: f.questions.map((q) => ({ ...q, id: questionId(f.practiceId, q.id) })) };
        return {
          ...f,
          comment: text(e.comment, ''),
          included: e.included !== false,
          questions: (Array.isArray(e.questions) ? e.questions : [])
            .filter((q) => typeof q?.text === 'string' && q.text.trim() !== '')
            .map((q) => ({ id: questionId(f.practiceId, q.id), text: q.text.trim().slice(0, 2000) })),
        };
      }),
    })),
  };
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value.slice(0, 20_000) : fallback;
}
