import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { readScope } from '@vigie/core';
import { addAction, listActions, updateAction } from '../../app/cycles/action-items.ts';
import {
  closeCycle,
  createCycle,
  findCycle,
  listCycles,
  progressOf,
  updateCycle,
  vendorThemes,
} from '../../app/cycles/coaching-cycles.ts';
import {
  actionSchema,
  actionUpdateSchema,
  createCycleSchema,
  updateCycleSchema,
} from '../../app/cycles/cycle-schema.ts';
import type { ServerContext } from '../../context.ts';
import { AppError } from '../app-error.ts';
import type { AppEnv } from '../env.ts';
import { body, json, readErrors, workspaceParam, writeErrors } from '../openapi.ts';

const tags = ['Coaching cycles'];
const object = z.object({}).passthrough();
const cycleParams = workspaceParam.extend({ cycleId: z.string() });

/**
 * Progressive coaching cycles per vendor and their action plans. Vendor users read their own
 * vendor's cycles and keep its action plan; the client's analysts set focus, objectives and
 * measures, and close cycles.
 */
export function registerCoachingCycleRoutes(app: OpenAPIHono<AppEnv>, ctx: ServerContext): void {
  const base = '/api/workspaces/{workspaceId}/coaching-cycles';
  const one = `${base}/{cycleId}`;
  const loadCycle = async (scope: ReturnType<typeof readScope>, id: string) => {
    const cycle = await findCycle(ctx.conn.db, scope, id);
    if (!cycle) throw AppError.notFound('Coaching cycle');
    return cycle;
  };

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary:
        "Every cycle in your scope by vendor and number, with each vendor's achieved themes and next focus",
      request: { params: workspaceParam },
      responses: {
        200: json(z.object({ items: z.array(object), vendors: z.array(object) }), 'The timeline'),
        ...readErrors,
      },
    }),
    async (c) => {
      const scope = readScope(c.get('actor'));
      const items = await listCycles(ctx.conn.db, scope);
      const vendorIds = [...new Set(items.map((i) => i.vendorId))];
      const vendors = await Promise.all(
        vendorIds.map(async (vendorId) => ({
          vendorId,
          ...(await vendorThemes(ctx.conn.db, scope.workspaceId, vendorId)),
        })),
      );
      return c.json({ items, vendors }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: "Open a vendor's next cycle: focus theme, objectives, dates, baseline run",
      request: { params: workspaceParam, ...body(createCycleSchema) },
      responses: { 201: json(object, 'The cycle'), ...writeErrors },
    }),
    async (c) => c.json(await createCycle(ctx, c.get('actor'), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: one,
      tags,
      summary: 'A cycle, its progress (each objective before and after, significance) and its action plan',
      request: { params: cycleParams },
      responses: { 200: json(object, 'The cycle'), ...readErrors },
    }),
    async (c) => {
      const scope = readScope(c.get('actor'));
      const cycle = await loadCycle(scope, c.req.valid('param').cycleId);
      const [progress, actions] = await Promise.all([
        progressOf(ctx.conn.db, scope.workspaceId, cycle),
        listActions(ctx.conn.db, cycle.id),
      ]);
      return c.json({ ...cycle, progress, actions }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: one,
      tags,
      summary: 'Change a cycle in progress: objectives, end date, the run that measures it, its report',
      request: { params: cycleParams, ...body(updateCycleSchema) },
      responses: { 200: json(object, 'The cycle'), ...writeErrors },
    }),
    async (c) =>
      c.json(await updateCycle(ctx, c.get('actor'), c.req.valid('param').cycleId, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${one}/close`,
      tags,
      summary: 'Close a measured cycle: record its progress and whether its theme is achieved',
      request: { params: cycleParams },
      responses: { 200: json(object, "The closed cycle and the vendor's next focus"), ...writeErrors },
    }),
    async (c) => c.json(await closeCycle(ctx, c.get('actor'), c.req.valid('param').cycleId), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${one}/actions`,
      tags,
      summary: "Add an action to the vendor's action plan (owner, due date)",
      request: { params: cycleParams, ...body(actionSchema) },
      responses: { 201: json(object, 'The action'), ...writeErrors },
    }),
    async (c) => {
      const actor = c.get('actor');
      return c.json(
        await addAction(ctx, actor, readScope(actor), c.req.valid('param').cycleId, c.req.valid('json')),
        201,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: `${one}/actions/{actionId}`,
      tags,
      summary: 'Update an action: done or not, its note, owner, due date',
      request: { params: cycleParams.extend({ actionId: z.string() }), ...body(actionUpdateSchema) },
      responses: { 200: json(object, 'The action'), ...writeErrors },
    }),
    async (c) => {
      const actor = c.get('actor');
      const { cycleId, actionId } = c.req.valid('param');
      return c.json(
        await updateAction(ctx, actor, readScope(actor), cycleId, actionId, c.req.valid('json')),
        200,
      );
    },
  );
}
