import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { readScope } from '@vigie/core';
import {
  createRun,
  enqueueRun,
  findRun,
  listRuns,
  runFilterSchema,
} from '../../app/analysis/analysis-runs.ts';
import { runCall, runCalls, runStats } from '../../app/analysis/run-results.ts';
import type { ServerContext } from '../../context.ts';
import { AppError } from '../app-error.ts';
import type { AppEnv } from '../env.ts';
import { body, json, readErrors, workspaceParam, writeErrors } from '../openapi.ts';

const tags = ['Call analysis'];
const object = z.object({}).passthrough();
const runParams = workspaceParam.extend({ runId: z.string() });

/**
 * Analysis runs of a library over stored calls, their figures, a practice's page and the call
 * viewer. Vendor users read every one of them over their own vendor's calls only.
 */
export function registerAnalysisRunRoutes(app: OpenAPIHono<AppEnv>, ctx: ServerContext): void {
  const base = '/api/workspaces/{workspaceId}/analysis-runs';
  const one = `${base}/{runId}`;
  const loadRun = async (scope: ReturnType<typeof readScope>, runId: string) => {
    const found = await findRun(ctx.conn.db, scope, runId);
    if (!found) throw AppError.notFound('Analysis run');
    return found;
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'List analysis runs',
      request: { params: workspaceParam },
      responses: { 200: json(z.object({ items: z.array(object) }), 'Newest first'), ...readErrors },
    }),
    async (c) => c.json({ items: await listRuns(ctx.conn.db, readScope(c.get('actor'))) }, 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'Start a run of a library over the stored calls a filter picks',
      request: {
        params: workspaceParam,
        ...body(
          z.object({
            name: z.string().max(200).optional(),
            libraryId: z.string().min(1),
            filter: runFilterSchema.default({}),
          }),
        ),
      },
      responses: { 202: json(object, 'Started: poll it until its status is done'), ...writeErrors },
    }),
    async (c) => {
      const run = await createRun(ctx, c.get('actor'), c.req.valid('json'));
      void enqueueRun(ctx, run.id);
      return c.json(run, 202);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: one,
      tags,
      summary: "A run, its library, and its figures over your scope's calls",
      request: {
        params: runParams,
        query: z.object({
          by: z
            .string()
            .regex(/^(vendor|site|agent|period)(,(vendor|site|agent|period))*$/)
            .optional(),
          /** `none`: the run and its progress only, for polling */
          stats: z.enum(['none', 'all']).default('all'),
        }),
      },
      responses: { 200: json(object, 'The run'), ...readErrors },
    }),
    async (c) => {
      const scope = readScope(c.get('actor'));
      const { record, library } = await loadRun(scope, c.req.valid('param').runId);
      const by = (c.req.valid('query').by ?? '').split(',').filter(Boolean);
      if (record.status !== 'done' || c.req.valid('query').stats === 'none')
        return c.json({ run: record, library, stats: null }, 200);
      const stats = await runStats(ctx.conn.db, scope, record.id, library);
      const groups = stats.groups.filter((g) => g.dimension === 'all' || by.includes(g.dimension));
      return c.json({ run: record, library, stats: { ...stats, groups } }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${one}/practices/{ruleId}`,
      tags,
      summary:
        'A practice or reaction in a run: its figures overall, by vendor and by agent, and example calls',
      request: { params: runParams.extend({ ruleId: z.string() }) },
      responses: { 200: json(object, 'The practice'), ...readErrors },
    }),
    async (c) => {
      const scope = readScope(c.get('actor'));
      const { runId, ruleId } = c.req.valid('param');
      const { record, library } = await loadRun(scope, runId);
      const rule = library.rules.find((r) => r.id === ruleId && r.kind !== 'definition');
      if (!rule) throw AppError.notFound('Practice');
      const stats = await runStats(ctx.conn.db, scope, record.id, library);
      const pick = (dimension: string) =>
        stats.groups
          .filter((g) => g.dimension === dimension)
          .map((g) => ({
            dimension: g.dimension,
            key: g.key,
            calls: g.calls,
            practice: g.practices.find((p) => p.practiceId === ruleId) ?? null,
            reaction: g.reactions.find((r) => r.reactionId === ruleId) ?? null,
          }));
      const examples = await runCalls(ctx.conn.db, scope, record.id, { ruleId, limit: 10, offset: 0 });
      const rules = library.rules
        .filter((r) => r.kind !== 'definition')
        .map(({ id, kind, theme, polarity, label }) => ({ id, kind, theme, polarity, label }));
      return c.json(
        {
          run: record,
          rule,
          rules,
          all: pick('all')[0] ?? null,
          byVendor: pick('vendor'),
          byAgent: pick('agent'),
          bySite: pick('site'),
          examples: examples.items,
          exampleTotal: examples.total,
        },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${one}/calls`,
      tags,
      summary: "A run's calls, optionally those where a rule matched, with its hits",
      request: {
        params: runParams,
        query: z.object({
          ruleId: z.string().optional(),
          vendorId: z.string().optional(),
          agent: z.string().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
      responses: {
        200: json(z.object({ items: z.array(object), total: z.number() }), 'Calls in your scope'),
        ...readErrors,
      },
    }),
    async (c) => {
      const scope = readScope(c.get('actor'));
      const { record } = await loadRun(scope, c.req.valid('param').runId);
      return c.json(await runCalls(ctx.conn.db, scope, record.id, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${one}/calls/{transcriptId}`,
      tags,
      summary: 'One call of a run for the call viewer: turns, hits, silences, measures',
      request: { params: runParams.extend({ transcriptId: z.string() }) },
      responses: { 200: json(object, 'The call and its result'), ...readErrors },
    }),
    async (c) => {
      const scope = readScope(c.get('actor'));
      const { runId, transcriptId } = c.req.valid('param');
      const { record, library } = await loadRun(scope, runId);
      const found = await runCall(ctx.conn.db, scope, record.id, transcriptId);
      if (!found) throw AppError.notFound('Call');
      const rules = library.rules
        .filter((r) => r.kind !== 'definition')
        .map(({ id, kind, theme, polarity, label }) => ({ id, kind, theme, polarity, label }));
      return c.json({ run: record, rules, ...found }, 200);
    },
  );
}
