import type { ReadScope } from '@vigie/core';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ServerContext } from '../../context.ts';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { authorize, type RequestActor } from '../actor.ts';
import { auditedWrite } from '../audited-write.ts';
import { findReport } from './feedback-reports.ts';

export interface ReportAnswer {
  id: string;
  questionId: string;
  text: string;
  side: 'vendor' | 'client';
  answeredBy: string;
  answeredAt: string;
}

export const answerSchema = z.object({
  questionId: z.string().min(1),
  text: z.string().trim().min(1).max(10_000),
});

/** A report's answers, oldest first (the report itself is scoped before this is called). */
export async function listAnswers(db: Kysely<Database>, reportId: string): Promise<ReportAnswer[]> {
  return db
    .selectFrom('reportAnswer')
    .select(['id', 'questionId', 'text', 'side', 'answeredBy', 'answeredAt'])
    .where('reportId', '=', reportId)
    .orderBy('answeredAt')
    .orderBy('id')
    .execute() as Promise<ReportAnswer[]>;
}

/**
 * An answer to one of a published report's questions: by the vendor's users (their vendor's
 * reports only) or by the client's analysts, replying in the same thread.
 */
export async function addAnswer(
  ctx: ServerContext,
  actor: RequestActor,
  scope: ReadScope,
  reportId: string,
  request: z.input<typeof answerSchema>,
): Promise<ReportAnswer> {
  authorize(actor, 'update', 'report');
  const input = answerSchema.parse(request);
  const report = await findReport(ctx.conn.db, scope, reportId);
  if (!report) throw AppError.notFound('Feedback report');
  if (report.status !== 'published')
    throw new AppError('conflict', 'Questions are answered once the report is published');
  const asked = report.document.themes.some((t) =>
    t.findings.some((f) => f.included && f.questions.some((q) => q.id === input.questionId)),
  );
  if (!asked)
    throw new AppError('rule_violated', `No question ${input.questionId} in this report`, [
      { path: ['questionId'], code: 'unknown_question', message: 'no such question in this report' },
    ]);
  const row = {
    id: ctx.newId(),
    reportId,
    workspaceId: actor.workspaceId,
    vendorId: report.vendorId,
    questionId: input.questionId,
    text: input.text,
    side: actor.role === 'vendor' ? ('vendor' as const) : ('client' as const),
    answeredBy: actor.email,
    answeredAt: ctx.now(),
  };
  return auditedWrite(ctx, actor, {}, async (trx) => {
    await trx.insertInto('reportAnswer').values(row).execute();
    const answer = {
      id: row.id,
      questionId: row.questionId,
      text: row.text,
      side: row.side,
      answeredBy: row.answeredBy,
      answeredAt: row.answeredAt,
    };
    return {
      result: answer,
      audit: { action: 'create', entity: 'report_answer', entityId: row.id, before: null, after: row },
    };
  });
}
