import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import { expectedInvoiceLines, foldAccents, invoiceTemplateCsv, readScope } from '@vigie/core';
import { z as zod } from 'zod';
import { contractStatements } from '../../app/contracts/contract-statements.ts';
import type { ServerContext } from '../../context.ts';
import { findContract } from '../../db/repositories/contracts.ts';
import { findVendor } from '../../db/repositories/vendors.ts';
import { statementPdf } from '../../io/statement-pdf.ts';
import { statementXlsx } from '../../io/statement-xlsx.ts';
import { AppError } from '../app-error.ts';
import type { AppEnv } from '../env.ts';
import { readErrors } from '../openapi.ts';

const CONTENT_TYPE = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
} as const;

/** "Atlas Relation Client" -> "atlas-relation-client", for file names. */
function slug(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A month's statement as a file: XLSX and PDF for reading and filing, CSV as the invoice
 * template the vendor fills (one line per expected line, with its code).
 */
export function registerStatementExport(
  app: OpenAPIHono<AppEnv>,
  ctx: ServerContext,
  path: string,
  params: z.ZodObject<{ workspaceId: z.ZodString; contractId: z.ZodString; month: z.ZodString }>,
): void {
  app.openapi(
    createRoute({
      method: 'get',
      path,
      tags: ['Contracts'],
      summary: "Export a month's statement (XLSX, PDF) or its invoice template (CSV)",
      request: {
        params,
        query: zod.object({
          format: zod.enum(['xlsx', 'pdf', 'csv']).default('xlsx'),
          lang: zod.enum(['fr', 'en']).default('fr'),
        }),
      },
      responses: { 200: { description: 'The file' }, ...readErrors },
    }),
    async (c) => {
      const actor = c.get('actor');
      const scope = readScope(actor);
      const { contractId, month } = c.req.valid('param');
      const { format, lang } = c.req.valid('query');
      const found = await findContract(ctx.conn.db, scope, contractId);
      if (!found) throw AppError.notFound('Contract');
      const [one] = await contractStatements(
        ctx.conn.db,
        scope,
        actor.workspaceId,
        found.contract,
        month,
        month,
      );
      const vendor = await findVendor(ctx.conn.db, scope, found.contract.vendorId);
      if (!one || !vendor) throw AppError.notFound('Statement');
      const workspace = await ctx.conn.db
        .selectFrom('workspace')
        .select('name')
        .where('id', '=', actor.workspaceId)
        .executeTakeFirstOrThrow();
      const input = {
        statement: one.statement,
        lang,
        workspaceName: workspace.name,
        vendorName: vendor.name,
        contractName: found.record.name,
        sources: one.sourcesExplained,
      };
      const bytes =
        format === 'csv'
          ? `\uFEFF${invoiceTemplateCsv(expectedInvoiceLines(one.statement), found.contract.currency, lang)}`
          : format === 'pdf'
            ? new Uint8Array(await statementPdf(input))
            : new Uint8Array(await statementXlsx(input));
      const name = `vigie-${format === 'csv' ? 'invoice-template' : 'statement'}-${slug(vendor.name)}-${month}.${format}`;
      return c.body(bytes, 200, {
        'Content-Type': CONTENT_TYPE[format],
        'Content-Disposition': `attachment; filename="${name}"`,
      });
    },
  );
}
