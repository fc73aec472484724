import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  INVOICE_STATUSES,
  invoiceDecisionSchema,
  invoiceRecordSchema,
  invoiceSummarySchema,
  readScope,
} from '@vigie/core';
import { invoiceCommands } from '../../app/contracts/invoice-commands.ts';
import type { ServerContext } from '../../context.ts';
import { findInvoice, listInvoices } from '../../db/repositories/invoices.ts';
import { AppError } from '../app-error.ts';
import type { AppEnv } from '../env.ts';
import { body, json, listOf, noContent, readErrors, workspaceParam, writeErrors } from '../openapi.ts';

const tags = ['Invoices'];
const invoiceParams = workspaceParam.extend({ invoiceId: z.string() });
const differenceParams = invoiceParams.extend({ differenceId: z.string() });
const uploadSchema = z.object({
  file: z.any().openapi({ type: 'string', format: 'binary' }),
  contractId: z.string().min(1),
  month: z.string(),
});
const invalid = (field: string, message: string) =>
  new AppError('validation_failed', message, [{ path: [field], code: 'invalid', message }]);

/** Vendors' invoices checked against Vigie's statements, and the dispute that may follow. */
export function registerInvoiceRoutes(app: OpenAPIHono<AppEnv>, ctx: ServerContext): void {
  const base = '/api/workspaces/{workspaceId}/invoices';
  const one = `${base}/{invoiceId}`;
  const action = (path: string, summary: string) =>
    createRoute({
      method: 'post',
      path: `${one}/${path}`,
      tags,
      summary,
      request: { params: invoiceParams },
      responses: { 200: json(invoiceRecordSchema, 'The invoice now'), ...writeErrors },
    });

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'List invoices',
      request: {
        params: workspaceParam,
        query: z.object({
          contractId: z.string().optional(),
          vendorId: z.string().optional(),
          month: z.string().optional(),
          status: z.enum(INVOICE_STATUSES).optional(),
        }),
      },
      responses: { 200: json(listOf(invoiceSummarySchema), 'Invoices in your scope'), ...readErrors },
    }),
    async (c) =>
      c.json(
        { items: await listInvoices(ctx.conn.db, readScope(c.get('actor')), c.req.valid('query')) },
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: "Upload a vendor's invoice (CSV or XLSX) and check it against the month's statement",
      request: {
        params: workspaceParam,
        body: { required: true, content: { 'multipart/form-data': { schema: uploadSchema } } },
      },
      responses: {
        201: json(invoiceRecordSchema, 'Stored as a draft, with its differences'),
        ...writeErrors,
      },
    }),
    async (c) => {
      const form = c.req.valid('form');
      const file = form.file as unknown;
      if (!(file instanceof File) || file.size === 0) throw invalid('file', 'Choose a non-empty file');
      const record = await invoiceCommands.upload(ctx, c.get('actor'), {
        contractId: form.contractId,
        month: form.month,
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
      return c.json(record, 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: one,
      tags,
      summary: 'Read an invoice with its lines and differences',
      request: { params: invoiceParams },
      responses: { 200: json(invoiceRecordSchema, 'Invoice'), ...readErrors },
    }),
    async (c) => {
      const found = await findInvoice(ctx.conn.db, readScope(c.get('actor')), c.req.valid('param').invoiceId);
      if (!found) throw AppError.notFound('Invoice');
      return c.json(found.record, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: one,
      tags,
      summary: 'Delete a draft invoice',
      request: { params: invoiceParams },
      responses: { ...noContent, ...writeErrors },
    }),
    async (c) => {
      await invoiceCommands.remove(ctx, c.get('actor'), c.req.valid('param').invoiceId);
      return c.body(null, 204);
    },
  );
  app.openapi(action('issue', 'Issue a draft invoice'), async (c) =>
    c.json(await invoiceCommands.issue(ctx, c.get('actor'), c.req.valid('param').invoiceId), 200),
  );
  app.openapi(action('agree', 'Agree an invoice: open differences are accepted'), async (c) =>
    c.json(await invoiceCommands.agree(ctx, c.get('actor'), c.req.valid('param').invoiceId), 200),
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: `${one}/differences/{differenceId}`,
      tags,
      summary: 'Accept or dispute a difference (client)',
      request: {
        params: differenceParams,
        ...body(z.object({ decision: invoiceDecisionSchema, comment: z.string().nullable().default(null) })),
      },
      responses: { 200: json(invoiceRecordSchema, 'The invoice now'), ...writeErrors },
    }),
    async (c) => {
      const { invoiceId, differenceId } = c.req.valid('param');
      return c.json(
        await invoiceCommands.decide(ctx, c.get('actor'), invoiceId, differenceId, c.req.valid('json')),
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: `${one}/differences/{differenceId}/answer`,
      tags,
      summary: 'Answer a disputed difference (usually the vendor)',
      request: { params: differenceParams, ...body(z.object({ answer: z.string() })) },
      responses: { 200: json(invoiceRecordSchema, 'The invoice now'), ...writeErrors },
    }),
    async (c) => {
      const { invoiceId, differenceId } = c.req.valid('param');
      return c.json(
        await invoiceCommands.answer(
          ctx,
          c.get('actor'),
          invoiceId,
          differenceId,
          c.req.valid('json').answer,
        ),
        200,
      );
    },
  );
}
