import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import {
  amendmentInputSchema,
  contractRecordSchema,
  contractSummarySchema,
  contractTargets,
  expectedInvoiceLines,
  invoiceSummarySchema,
  monthInputRecordSchema,
  monthInputSchema,
  readScope,
  TARGET_KPI_NAMES,
  type TargetKpi,
} from '@vigie/core';
import { contractCommands } from '../../app/contracts/contract-commands.ts';
import { billedMonths, contractStatements } from '../../app/contracts/contract-statements.ts';
import { rangeActuals } from '../../app/contracts/month-actuals.ts';
import { saveMonthInput } from '../../app/contracts/month-input-commands.ts';
import type { ServerContext } from '../../context.ts';
import { contractDocuments, findContract, listContracts } from '../../db/repositories/contracts.ts';
import { listInvoices } from '../../db/repositories/invoices.ts';
import { getKpiSettings } from '../../db/repositories/kpi-settings.ts';
import { listMonthInputs } from '../../db/repositories/month-inputs.ts';
import { findVendor } from '../../db/repositories/vendors.ts';
import { AppError } from '../app-error.ts';
import type { AppEnv } from '../env.ts';
import { body, json, listOf, noContent, readErrors, workspaceParam, writeErrors } from '../openapi.ts';
import { registerStatementExport } from './statement-export.ts';

const tags = ['Contracts'];
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Must be a month written YYYY-MM');
const range = z.object({ from: month.optional(), to: month.optional() });
const contractParams = workspaceParam.extend({ contractId: z.string() });
const monthParams = contractParams.extend({ month });
const vendorParams = workspaceParam.extend({ vendorId: z.string() });
/** The contract document of docs/contracts.md; checked by core's validateContract, not here. */
const documentBody = z
  .record(z.string(), z.unknown())
  .openapi({ description: 'Contract document (docs/contracts.md)' });
const looseObject = z.record(z.string(), z.unknown());
const contractTargetSchema = z.object({
  contractId: z.string(),
  contractName: z.string(),
  vendorId: z.string(),
  activityId: z.null(),
  kpi: z.enum(TARGET_KPI_NAMES as [TargetKpi, ...TargetKpi[]]),
  target: z.number(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
const statementItem = z.object({
  month: z.string(),
  currency: z.string(),
  totals: looseObject,
  warningCount: z.number().int(),
  invoice: invoiceSummarySchema.nullable(),
});

/** Core's results have readonly arrays, which Hono's JSON typing refuses: they are plain JSON. */
const plain = (value: object) => value as Record<string, never>;

/** The months asked for, or the contract's billed months; refused when reversed. */
function monthsOf(
  q: { from?: string | undefined; to?: string | undefined },
  fallback: { from: string; to: string },
) {
  const from = q.from ?? fallback.from;
  const to = q.to ?? fallback.to;
  if (to < from)
    throw new AppError('validation_failed', '"to" is before "from"', [
      { path: ['to'], code: 'period', message: 'Must be on or after "from"' },
    ]);
  return { from, to };
}

/** Contracts, their statements, and the monthly inputs statements read (docs/contracts.md). */
export function registerContractRoutes(app: OpenAPIHono<AppEnv>, ctx: ServerContext): void {
  const base = '/api/workspaces/{workspaceId}/contracts';
  const one = `${base}/{contractId}`;
  const today = () => ctx.now().slice(0, 10);
  async function stored(scope: ReturnType<typeof readScope>, id: string) {
    const found = await findContract(ctx.conn.db, scope, id);
    if (!found) throw AppError.notFound('Contract');
    return found;
  }

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'List contracts',
      request: { params: workspaceParam, query: z.object({ vendorId: z.string().optional() }) },
      responses: { 200: json(listOf(contractSummarySchema), 'The contracts in your scope'), ...readErrors },
    }),
    async (c) =>
      c.json(
        { items: await listContracts(ctx.conn.db, readScope(c.get('actor')), c.req.valid('query')) },
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'Create a contract from its document',
      request: { params: workspaceParam, ...body(documentBody) },
      responses: { 201: json(contractRecordSchema, 'Created'), ...writeErrors },
    }),
    async (c) => c.json(await contractCommands.create(ctx, c.get('actor'), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: one,
      tags,
      summary: 'Read a contract with every version',
      request: { params: contractParams },
      responses: { 200: json(contractRecordSchema, 'Contract'), ...readErrors },
    }),
    async (c) =>
      c.json((await stored(readScope(c.get('actor')), c.req.valid('param').contractId)).record, 200),
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: one,
      tags,
      summary: 'Replace a contract document (invoiced months cannot change)',
      request: { params: contractParams, ...body(documentBody) },
      responses: { 200: json(contractRecordSchema, 'Updated'), ...writeErrors },
    }),
    async (c) =>
      c.json(
        await contractCommands.update(
          ctx,
          c.get('actor'),
          c.req.valid('param').contractId,
          c.req.valid('json'),
        ),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: one,
      tags,
      summary: 'Delete a contract without invoices',
      request: { params: contractParams },
      responses: { ...noContent, ...readErrors, 409: writeErrors[409] },
    }),
    async (c) => {
      await contractCommands.remove(ctx, c.get('actor'), c.req.valid('param').contractId);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${one}/versions`,
      tags,
      summary: 'Amend a contract: a new version from its effective date',
      request: { params: contractParams, ...body(amendmentInputSchema) },
      responses: { 200: json(contractRecordSchema, 'Amended'), ...writeErrors },
    }),
    async (c) =>
      c.json(
        await contractCommands.amend(
          ctx,
          c.get('actor'),
          c.req.valid('param').contractId,
          c.req.valid('json'),
        ),
        200,
      ),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/workspaces/{workspaceId}/contract-targets',
      tags,
      summary:
        "The KPI targets the contracts set, dated by version and phase (the dashboards' targets first)",
      request: { params: workspaceParam },
      responses: { 200: json(listOf(contractTargetSchema), 'Targets from contracts'), ...readErrors },
    }),
    async (c) => {
      const contracts = await contractDocuments(ctx.conn.db, readScope(c.get('actor')));
      const items = contracts.flatMap((contract) =>
        contractTargets(contract).map((target) => ({
          ...target,
          contractId: contract.id,
          contractName: contract.name ?? contract.id,
        })),
      );
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${one}/statements`,
      tags,
      summary: "Each month's statement totals, with the month's latest invoice",
      request: { params: contractParams, query: range },
      responses: { 200: json(listOf(statementItem), 'Statements'), ...readErrors },
    }),
    async (c) => {
      const actor = c.get('actor');
      const scope = readScope(actor);
      const { contract, record } = await stored(scope, c.req.valid('param').contractId);
      const billed = billedMonths(contract, today());
      if (!billed) return c.json({ items: [] }, 200);
      const { from, to } = monthsOf(c.req.valid('query'), billed);
      const [months, invoices] = await Promise.all([
        contractStatements(ctx.conn.db, scope, actor.workspaceId, contract, from, to),
        listInvoices(ctx.conn.db, scope, { contractId: record.id }),
      ]);
      const items = months.map((m) => ({
        month: m.month,
        currency: m.statement.currency,
        totals: { ...m.statement.totals },
        warningCount: m.statement.warnings.length,
        invoice: invoices.find((i) => i.month === m.month) ?? null,
      }));
      return c.json({ items }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${one}/statements/{month}`,
      tags,
      summary: "A month's statement: lines, KPI results, credits, totals, and the actuals it read",
      request: { params: monthParams },
      responses: { 200: json(looseObject, 'Statement'), ...readErrors },
    }),
    async (c) => {
      const actor = c.get('actor');
      const { contractId, month: m } = c.req.valid('param');
      const { contract } = await stored(readScope(actor), contractId);
      const [one] = await contractStatements(
        ctx.conn.db,
        readScope(actor),
        actor.workspaceId,
        contract,
        m,
        m,
      );
      if (!one) throw AppError.notFound('Statement');
      const { statement, actuals, sources, sourcesExplained } = one;
      return c.json(
        plain({
          statement,
          actuals,
          sources,
          sourcesExplained,
          expectedLines: expectedInvoiceLines(statement),
        }),
        200,
      );
    },
  );
  registerStatementExport(app, ctx, `${one}/statements/{month}/export`, monthParams);

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/workspaces/{workspaceId}/vendors/{vendorId}/month-actuals',
      tags,
      summary: "What statements read of a vendor's months: volumes, minutes, KPIs, entered inputs",
      request: { params: vendorParams, query: range },
      responses: { 200: json(listOf(looseObject), 'Months'), ...readErrors },
    }),
    async (c) => {
      const actor = c.get('actor');
      const scope = readScope(actor);
      const { vendorId } = c.req.valid('param');
      if (!(await findVendor(ctx.conn.db, scope, vendorId))) throw AppError.notFound('Vendor');
      const thisMonth = today().slice(0, 7);
      const { from, to } = monthsOf(c.req.valid('query'), { from: thisMonth, to: thisMonth });
      const options = await getKpiSettings(ctx.conn.db, actor.workspaceId);
      const items = await rangeActuals(ctx.conn.db, scope, vendorId, from, to, options);
      return c.json({ items: items.map(plain) }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/workspaces/{workspaceId}/vendors/{vendorId}/month-inputs',
      tags,
      summary: "A vendor's monthly inputs: hours, FTE, outcomes, forecast",
      request: { params: vendorParams, query: range },
      responses: { 200: json(listOf(monthInputRecordSchema), 'Inputs'), ...readErrors },
    }),
    async (c) => {
      const scope = readScope(c.get('actor'));
      const { vendorId } = c.req.valid('param');
      if (!(await findVendor(ctx.conn.db, scope, vendorId))) throw AppError.notFound('Vendor');
      const q = c.req.valid('query');
      const items = await listMonthInputs(
        ctx.conn.db,
        scope,
        vendorId,
        q.from ?? '0000-01',
        q.to ?? '9999-12',
      );
      return c.json({ items }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/workspaces/{workspaceId}/vendors/{vendorId}/month-inputs/{month}',
      tags,
      summary: "Write a vendor's inputs of a month",
      request: { params: vendorParams.extend({ month }), ...body(monthInputSchema) },
      responses: { 200: json(monthInputRecordSchema, 'Saved'), ...writeErrors },
    }),
    async (c) => {
      const { vendorId, month: m } = c.req.valid('param');
      return c.json(await saveMonthInput(ctx, c.get('actor'), vendorId, m, c.req.valid('json')), 200);
    },
  );
}
