import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { callMeasures, readScope } from '@vigie/core';
import type { ServerContext } from '../../context.ts';
import { findTranscript, listTranscriptAgents, listTranscripts } from '../../db/repositories/transcripts.ts';
import { AppError } from '../app-error.ts';
import type { AppEnv } from '../env.ts';
import { json, readErrors, workspaceParam } from '../openapi.ts';

const tags = ['Transcripts'];
const object = z.object({}).passthrough();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Transcribed calls stored in the workspace (imported with `vigie import transcripts`). */
export function registerTranscriptRoutes(app: OpenAPIHono<AppEnv>, ctx: ServerContext): void {
  const base = '/api/workspaces/{workspaceId}/transcripts';
  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'List transcribed calls',
      request: {
        params: workspaceParam,
        query: z.object({
          vendorId: z.string().optional(),
          siteId: z.string().optional(),
          activityId: z.string().optional(),
          agent: z.string().optional(),
          from: day.optional(),
          to: day.optional(),
          q: z.string().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
      responses: {
        200: json(z.object({ items: z.array(object), total: z.number() }), 'Calls in your scope'),
        ...readErrors,
      },
    }),
    async (c) => {
      const { limit, offset, ...filter } = c.req.valid('query');
      return c.json(
        await listTranscripts(ctx.conn.db, readScope(c.get('actor')), filter, { limit, offset }),
        200,
      );
    },
  );
  // before `{transcriptId}`, which would take "agents" for an id
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/agents`,
      tags,
      summary: 'The agents of the stored calls, with their number of calls',
      request: { params: workspaceParam, query: z.object({ vendorId: z.string().optional() }) },
      responses: {
        200: json(
          z.object({
            items: z.array(z.object({ agent: z.string(), vendorId: z.string(), calls: z.number() })),
          }),
          'Agents in your scope, by name',
        ),
        ...readErrors,
      },
    }),
    async (c) =>
      c.json(
        { items: await listTranscriptAgents(ctx.conn.db, readScope(c.get('actor')), c.req.valid('query')) },
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{transcriptId}`,
      tags,
      summary: 'A transcribed call: its turns and measures',
      request: { params: workspaceParam.extend({ transcriptId: z.string() }) },
      responses: { 200: json(object, 'The call'), ...readErrors },
    }),
    async (c) => {
      const found = await findTranscript(
        ctx.conn.db,
        readScope(c.get('actor')),
        c.req.valid('param').transcriptId,
      );
      if (!found) throw AppError.notFound('Transcript');
      const { silences, ...measures } = callMeasures(found.transcript);
      return c.json({ ...found, measures: { ...measures, silences } }, 200);
    },
  );
}
