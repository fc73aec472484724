import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { type FeedbackReport, readScope } from '@vigie/core';
import {
  createReport,
  createReportSchema,
  deleteReport,
  findReport,
  listReports,
  publishReport,
  updateReport,
} from '../../app/reports/feedback-reports.ts';
import { addAnswer, answerSchema, listAnswers } from '../../app/reports/report-answers.ts';
import type { ServerContext } from '../../context.ts';
import { REPORT_FORMATS, reportFile } from '../../io/reports/report-file.ts';
import { AppError } from '../app-error.ts';
import type { AppEnv } from '../env.ts';
import { body, json, noContent, readErrors, workspaceParam, writeErrors } from '../openapi.ts';

const tags = ['Feedback reports'];
const object = z.object({}).passthrough();
const reportParams = workspaceParam.extend({ reportId: z.string() });

/**
 * Feedback reports to a vendor: drafted from a run, edited and published by the client's
 * analysts; read and answered by the vendor's users once published (their own vendor's only).
 */
export function registerFeedbackReportRoutes(app: OpenAPIHono<AppEnv>, ctx: ServerContext): void {
  const base = '/api/workspaces/{workspaceId}/feedback-reports';
  const one = `${base}/{reportId}`;
  const loadReport = async (scope: ReturnType<typeof readScope>, id: string) => {
    const report = await findReport(ctx.conn.db, scope, id);
    if (!report) throw AppError.notFound('Feedback report');
    return report;
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'List feedback reports (a vendor user: its own vendor’s published reports)',
      request: { params: workspaceParam },
      responses: { 200: json(z.object({ items: z.array(object) }), 'Newest first'), ...readErrors },
    }),
    async (c) => c.json({ items: await listReports(ctx.conn.db, readScope(c.get('actor'))) }, 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: "Draft a vendor's feedback report from a finished analysis run",
      request: { params: workspaceParam, ...body(createReportSchema) },
      responses: { 201: json(object, 'The draft'), ...writeErrors },
    }),
    async (c) => c.json(await createReport(ctx, c.get('actor'), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: one,
      tags,
      summary: 'A feedback report and the answers to its questions',
      request: { params: reportParams },
      responses: { 200: json(object, 'The report'), ...readErrors },
    }),
    async (c) => {
      const report = await loadReport(readScope(c.get('actor')), c.req.valid('param').reportId);
      return c.json({ ...report, answers: await listAnswers(ctx.conn.db, report.id) }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: one,
      tags,
      summary: "Save the analyst's edits of a draft (texts, questions, findings kept, focus theme)",
      request: { params: reportParams, ...body(z.object({ document: object })) },
      responses: { 200: json(object, 'The report'), ...writeErrors },
    }),
    async (c) => {
      const { document } = c.req.valid('json');
      const edited = document as unknown as FeedbackReport;
      if (!Array.isArray(edited.themes))
        throw new AppError('validation_failed', 'document.themes must be the report’s themes', [
          { path: ['document', 'themes'], code: 'invalid_type', message: 'expected an array' },
        ]);
      return c.json(await updateReport(ctx, c.get('actor'), c.req.valid('param').reportId, edited), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: one,
      tags,
      summary: 'Delete a draft',
      request: { params: reportParams },
      responses: { ...noContent, ...writeErrors },
    }),
    async (c) => {
      await deleteReport(ctx, c.get('actor'), c.req.valid('param').reportId);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${one}/publish`,
      tags,
      summary: "Publish a draft to the vendor's users",
      request: { params: reportParams },
      responses: { 200: json(object, 'The published report'), ...writeErrors },
    }),
    async (c) => c.json(await publishReport(ctx, c.get('actor'), c.req.valid('param').reportId), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${one}/answers`,
      tags,
      summary: "Answer one of a published report's questions",
      request: { params: reportParams, ...body(answerSchema) },
      responses: { 201: json(object, 'The answer'), ...writeErrors },
    }),
    async (c) => {
      const actor = c.get('actor');
      const answer = await addAnswer(
        ctx,
        actor,
        readScope(actor),
        c.req.valid('param').reportId,
        c.req.valid('json'),
      );
      return c.json(answer, 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${one}/export`,
      tags,
      summary: 'The report as an editable Word document, a PDF or Markdown',
      request: { params: reportParams, query: z.object({ format: z.enum(REPORT_FORMATS).default('docx') }) },
      responses: { 200: { description: 'The file' }, ...readErrors },
    }),
    async (c) => {
      const report = await loadReport(readScope(c.get('actor')), c.req.valid('param').reportId);
      const file = await reportFile(report.document, c.req.valid('query').format);
      return c.body(new Uint8Array(file.bytes), 200, {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.name}"`,
      });
    },
  );
}
