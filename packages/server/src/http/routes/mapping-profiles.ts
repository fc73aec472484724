import fs from 'node:fs';
import path from 'node:path';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { mappingDefinitionSchema, RECORD_FORMATS } from '@vigie/core';
import { z } from 'zod';
import { authorize } from '../../app/actor.ts';
import { mappingProfileCommands } from '../../app/imports/mapping-profile-commands.ts';
import { uploadDir } from '../../app/imports/run-import.ts';
import type { ServerContext } from '../../context.ts';
import { findMappingProfile, listMappingProfiles } from '../../db/repositories/mapping-profiles.ts';
import { formatOfFile } from '../../io/read-records.ts';
import { readSample } from '../../io/read-sample.ts';
import { RecordFormatError } from '../../io/record-format-error.ts';
import { AppError } from '../app-error.ts';
import type { AppEnv } from '../env.ts';
import { json, workspaceParam, writeErrors } from '../openapi.ts';
import { registerCrud } from './crud.ts';

const profileSchema = z.looseObject({
  id: z.string(),
  workspaceId: z.string(),
  name: z.string(),
  format: z.enum(RECORD_FORMATS),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Saved column mappings for clients' own exports, and the sample reader of the mapping screen. */
export function registerMappingProfileRoutes(app: OpenAPIHono<AppEnv>, ctx: ServerContext): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/workspaces/{workspaceId}/mapping-profiles/sample',
      tags: ['Mapping profiles'],
      summary: 'The first records of an uploaded sample file, to map its columns',
      request: {
        params: workspaceParam,
        body: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: z.object({ file: z.any().openapi({ type: 'string', format: 'binary' }) }),
            },
          },
        },
      },
      responses: {
        200: json(
          z.object({
            format: z.enum(RECORD_FORMATS),
            delimiter: z.string().optional(),
            columns: z.array(z.string()),
            records: z.array(z.record(z.string(), z.string())),
          }),
          'Sample',
        ),
        ...writeErrors,
      },
    }),
    async (c) => {
      const actor = c.get('actor');
      authorize(actor, 'create', 'mapping');
      const file = c.req.valid('form').file as unknown;
      const fail = (message: string) =>
        new AppError('validation_failed', message, [{ path: ['file'], code: 'file', message }]);
      if (!(file instanceof File) || file.size === 0) throw fail('Choose a non-empty file');
      const format = formatOfFile(file.name);
      if (format === null)
        throw fail(`${file.name}: expected a .csv, .txt, .xlsx, .json, .jsonl or .ndjson file`);
      const dir = uploadDir(ctx, actor.workspaceId);
      fs.mkdirSync(dir, { recursive: true });
      const stored = path.join(dir, `sample-${ctx.newId()}${path.extname(file.name)}`);
      // only the head of a big export is needed to show its columns
      fs.writeFileSync(stored, Buffer.from(await file.slice(0, 4 * 1024 * 1024).arrayBuffer()));
      try {
        return c.json(await readSample(stored, format), 200);
      } catch (err) {
        if (err instanceof RecordFormatError) throw fail(err.message.replaceAll(stored, file.name));
        throw err;
      } finally {
        fs.rmSync(stored, { force: true });
      }
    },
  );

  registerCrud(app, ctx, {
    tag: 'Mapping profiles',
    segment: 'mapping-profiles',
    idParam: 'profileId',
    label: 'Mapping profile',
    item: profileSchema,
    input: mappingDefinitionSchema,
    query: z.object({}),
    list: (c, scope) => listMappingProfiles(c.conn.db, scope),
    find: (c, scope, id) => findMappingProfile(c.conn.db, scope, id),
    ...mappingProfileCommands,
  });
}
