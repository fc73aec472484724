import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { readScope } from '@vigie/core';
import { drawPlan } from '../../app/sampling/sample-draws.ts';
import { createPlanSchema } from '../../app/sampling/sample-plan-schema.ts';
import { createPlan, findPlan, listPlans } from '../../app/sampling/sample-plans.ts';
import { drawnPopulation, sampledCalls } from '../../app/sampling/sampled-calls.ts';
import type { ServerContext } from '../../context.ts';
import { csvField } from '../../io/csv-field.ts';
import { AppError } from '../app-error.ts';
import type { AppEnv } from '../env.ts';
import { body, json, readErrors, workspaceParam, writeErrors } from '../openapi.ts';

const tags = ['Samples'];
const object = z.object({}).passthrough();
const planParams = workspaceParam.extend({ planId: z.string() });

/**
 * Sample plans, their draws and the calls drawn. Vendor users read the plans over their own
 * vendor's calls (to check the draw), never a plan over another vendor or over every vendor.
 */
export function registerSampleRoutes(app: OpenAPIHono<AppEnv>, ctx: ServerContext): void {
  const base = '/api/workspaces/{workspaceId}/sample-plans';
  const one = `${base}/{planId}`;
  const loadPlan = async (scope: ReturnType<typeof readScope>, planId: string) => {
    const plan = await findPlan(ctx.conn.db, scope, planId);
    if (!plan) throw AppError.notFound('Sample plan');
    return plan;
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'List sample plans, each with its draw once drawn',
      request: { params: workspaceParam },
      responses: { 200: json(z.object({ items: z.array(object) }), 'Newest first'), ...readErrors },
    }),
    async (c) => c.json({ items: await listPlans(ctx.conn.db, readScope(c.get('actor'))) }, 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'Record a sample plan: population, size, stratification and seed',
      request: { params: workspaceParam, ...body(createPlanSchema) },
      responses: { 201: json(object, 'The plan, not drawn yet'), ...writeErrors },
    }),
    async (c) => c.json(await createPlan(ctx, c.get('actor'), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: one,
      tags,
      summary: 'A sample plan, its draw and how the sample compares with its population',
      request: { params: planParams },
      responses: { 200: json(object, 'The plan'), ...readErrors },
    }),
    async (c) => c.json(await loadPlan(readScope(c.get('actor')), c.req.valid('param').planId), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${one}/draw`,
      tags,
      summary: "Draw the plan's sample now, with its seed, and record it",
      request: { params: planParams },
      responses: { 201: json(object, 'The draw'), ...writeErrors },
    }),
    async (c) => c.json(await drawPlan(ctx, c.get('actor'), c.req.valid('param').planId), 201),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${one}/calls`,
      tags,
      summary: 'The calls drawn, in your scope',
      request: {
        params: planParams,
        query: z.object({
          limit: z.coerce.number().int().min(1).max(1000).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
      responses: {
        200: json(z.object({ items: z.array(object), total: z.number() }), 'Calls'),
        ...readErrors,
      },
    }),
    async (c) => {
      const scope = readScope(c.get('actor'));
      const plan = await loadPlan(scope, c.req.valid('param').planId);
      return c.json(await sampledCalls(ctx.conn.db, scope, plan, c.req.valid('query')), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${one}/population.csv`,
      tags,
      summary:
        'The population the sample was drawn from (call_id,stratum), to draw it again with vigie sample',
      request: { params: planParams },
      responses: { 200: { description: 'CSV, one call per line' }, ...readErrors },
    }),
    async (c) => {
      const scope = readScope(c.get('actor'));
      const plan = await loadPlan(scope, c.req.valid('param').planId);
      if (!plan.draw) throw AppError.notFound('Draw');
      const lines = await drawnPopulation(ctx.conn.db, scope, plan);
      return c.body(
        `call_id,stratum\n${lines.map((l) => `${csvField(l.id)},${csvField(l.stratum)}\n`).join('')}`,
        200,
        {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="population-${plan.id}.csv"`,
        },
      );
    },
  );
}
