import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { readScope } from '@vigie/core';
import {
  createLibrary,
  deleteLibrary,
  findLibrary,
  listLibraries,
  updateLibrary,
} from '../../app/analysis/library-commands.ts';
import type { ServerContext } from '../../context.ts';
import { AppError } from '../app-error.ts';
import type { AppEnv } from '../env.ts';
import { body, json, noContent, readErrors, workspaceParam, writeErrors } from '../openapi.ts';

const tags = ['Practice libraries'];
const record = z.object({}).passthrough();
const libraryParams = workspaceParam.extend({ libraryId: z.string() });

/** Practice libraries: the shipped ones (fr, en, read-only) and the workspace's copies. */
export function registerLibraryRoutes(app: OpenAPIHono<AppEnv>, ctx: ServerContext): void {
  const base = '/api/workspaces/{workspaceId}/libraries';
  const one = `${base}/{libraryId}`;
  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'List practice libraries',
      request: { params: workspaceParam },
      responses: {
        200: json(z.object({ items: z.array(record) }), 'Shipped libraries first'),
        ...readErrors,
      },
    }),
    async (c) => {
      const items = await listLibraries(ctx, readScope(c.get('actor')));
      return c.json({ items: items.map(({ library: _, ...summary }) => summary) }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: one,
      tags,
      summary: 'A practice library with its rules',
      request: { params: libraryParams },
      responses: { 200: json(record, 'The library'), ...readErrors },
    }),
    async (c) => {
      const found = await findLibrary(ctx, readScope(c.get('actor')), c.req.valid('param').libraryId);
      if (!found) throw AppError.notFound('Library');
      return c.json(found, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'Create a library (a copy of a shipped one, edited)',
      request: {
        params: workspaceParam,
        ...body(z.object({ library: z.unknown(), basedOn: z.string().nullable().optional() })),
      },
      responses: { 201: json(record, 'Created'), ...writeErrors },
    }),
    async (c) => {
      const { library, basedOn } = c.req.valid('json');
      return c.json(await createLibrary(ctx, c.get('actor'), library, basedOn ?? null), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: one,
      tags,
      summary: 'Replace a library: every rule is checked, errors carry the rule, line and column',
      request: { params: libraryParams, ...body(z.object({ library: z.unknown() })) },
      responses: { 200: json(record, 'Saved'), ...writeErrors },
    }),
    async (c) =>
      c.json(
        await updateLibrary(ctx, c.get('actor'), c.req.valid('param').libraryId, c.req.valid('json').library),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: one,
      tags,
      summary: 'Delete a library (runs keep their own copy)',
      request: { params: libraryParams },
      responses: { ...noContent, ...writeErrors },
    }),
    async (c) => {
      await deleteLibrary(ctx, c.get('actor'), c.req.valid('param').libraryId);
      return c.body(null, 204);
    },
  );
}
