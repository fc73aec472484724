import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { roleSchema, workspaceSchema } from '@vigie/core';
import { z } from 'zod';
import type { ServerContext } from '../../context.ts';
import { findWorkspace, membershipsOf } from '../../db/repositories/workspaces.ts';
import { AppError } from '../app-error.ts';
import type { AppEnv } from '../env.ts';
import { json, listOf, readErrors, workspaceParam } from '../openapi.ts';

const membershipSchema = z.object({
  workspaceId: z.string(),
  workspaceName: z.string(),
  role: roleSchema,
  vendorId: z.string().nullable(),
  vendorName: z.string().nullable(),
});

/** Health, the signed-in user, and the workspaces they belong to. */
export function registerSessionRoutes(app: OpenAPIHono<AppEnv>, ctx: ServerContext): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      tags: ['System'],
      summary: 'Liveness and database reachability',
      responses: {
        200: json(z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) }), 'Up'),
      },
    }),
    async (c) => {
      await ctx.conn.db.selectFrom('workspace').select('id').limit(1).execute();
      return c.json({ status: 'ok' as const, database: ctx.conn.dialect }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/me',
      tags: ['Session'],
      summary: 'The signed-in user and their workspaces',
      responses: {
        200: json(
          z.object({
            user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
            memberships: z.array(membershipSchema),
          }),
          'Me',
        ),
        401: readErrors[401],
      },
    }),
    async (c) => {
      const user = c.get('user');
      if (!user) throw new AppError('unauthenticated', 'Sign in first');
      return c.json({ user, memberships: await membershipsOf(ctx.conn.db, user.id) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/workspaces',
      tags: ['Workspaces'],
      summary: 'Workspaces you belong to',
      responses: { 200: json(listOf(membershipSchema), 'Memberships'), 401: readErrors[401] },
    }),
    async (c) => {
      const user = c.get('user');
      if (!user) throw new AppError('unauthenticated', 'Sign in first');
      return c.json({ items: await membershipsOf(ctx.conn.db, user.id) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/workspaces/{workspaceId}',
      tags: ['Workspaces'],
      summary: 'A workspace you belong to',
      request: { params: workspaceParam },
      responses: { 200: json(workspaceSchema, 'Workspace'), ...readErrors },
    }),
    async (c) => {
      const ws = await findWorkspace(ctx.conn.db, c.get('actor').workspaceId);
      if (!ws) throw AppError.notFound('Workspace');
      return c.json(ws, 200);
    },
  );
}
