import fs from 'node:fs';
import path from 'node:path';
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { authorize } from '../../app/actor.ts';
import { resolveProfile } from '../../app/imports/import-profiles.ts';
import { enqueueImport } from '../../app/imports/import-progress.ts';
import { findImport, importView } from '../../app/imports/import-view.ts';
import { createImportRecord, type ImportMode, runImport, uploadDir } from '../../app/imports/run-import.ts';
import type { ServerContext } from '../../context.ts';
import { AppError } from '../app-error.ts';
import type { AppEnv } from '../env.ts';
import { body, json, listOf, readErrors, workspaceParam, writeErrors } from '../openapi.ts';

const tags = ['Imports'];
const importSchema = z.record(z.string(), z.unknown());
const modeSchema = z.enum(['all_or_nothing', 'quarantine']);
const uploadSchema = z.object({
  file: z.any().openapi({ type: 'string', format: 'binary' }),
  profile: z.string().min(1),
  vendorId: z.string().optional(),
  activityId: z.string().optional(),
  dryRun: z.enum(['true', 'false']).default('false'),
  mode: modeSchema.default('all_or_nothing'),
});
const importParams = workspaceParam.extend({ importId: z.string() });

const invalid = (field: string, message: string) =>
  new AppError('validation_failed', message, [{ path: [field], code: 'invalid', message }]);

/** Contact-record imports: upload, dry run, commit, progress, problems report. */
export function registerImportRoutes(app: OpenAPIHono<AppEnv>, ctx: ServerContext): void {
  const base = '/api/workspaces/{workspaceId}/imports';

  const start = (importId: string, actor: { userId: string; email: string }) => {
    // runs after the answer; its outcome is on the import record
    void enqueueImport(() => runImport(ctx, actor, importId)).catch((err: unknown) =>
      ctx.logger.error({ err, importId }, 'import crashed'),
    );
  };

  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'Upload a file of contact records and start an import (or a dry run)',
      request: {
        params: workspaceParam,
        body: { required: true, content: { 'multipart/form-data': { schema: uploadSchema } } },
      },
      responses: { 202: json(importSchema, 'Started; poll it'), ...writeErrors },
    }),
    async (c) => {
      const actor = c.get('actor');
      authorize(actor, 'create', 'import');
      const form = c.req.valid('form');
      const file = form.file as unknown;
      if (!(file instanceof File) || file.size === 0) throw invalid('file', 'Choose a non-empty file');
      await resolveProfile(ctx.conn.db, actor.workspaceId, form.profile);
      const dir = uploadDir(ctx, actor.workspaceId);
      fs.mkdirSync(dir, { recursive: true });
      const stored = path.join(dir, `${ctx.newId()}${path.extname(file.name).slice(0, 10)}`);
      fs.writeFileSync(stored, Buffer.from(await file.arrayBuffer()));
      const id = await createImportRecord(ctx, actor, {
        workspaceId: actor.workspaceId,
        file: stored,
        fileName: file.name,
        profile: form.profile,
        vendorId: form.vendorId || null,
        activityId: form.activityId || null,
        mode: form.mode,
        dryRun: form.dryRun === 'true',
      });
      start(id, actor);
      const row = await findImport(ctx.conn.db, actor.workspaceId, id);
      if (!row) throw AppError.notFound('Import');
      return c.json(await importView(ctx.conn.db, row), 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'Imports of the workspace, newest first',
      request: { params: workspaceParam },
      responses: { 200: json(listOf(importSchema), 'Imports'), ...readErrors },
    }),
    async (c) => {
      const rows = await ctx.conn.db
        .selectFrom('interactionImport')
        .selectAll()
        .where('workspaceId', '=', c.get('actor').workspaceId)
        .orderBy('createdAt', 'desc')
        .limit(200)
        .execute();
      const items = await Promise.all(rows.map((r) => importView(ctx.conn.db, r)));
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{importId}`,
      tags,
      summary: 'An import, with its live progress while it runs',
      request: { params: importParams },
      responses: { 200: json(importSchema, 'Import'), ...readErrors },
    }),
    async (c) => {
      const row = await findImport(ctx.conn.db, c.get('actor').workspaceId, c.req.valid('param').importId);
      if (!row) throw AppError.notFound('Import');
      return c.json(await importView(ctx.conn.db, row), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: `${base}/{importId}/commit`,
      tags,
      summary: 'Store a previewed dry run from its kept upload',
      request: { params: importParams, ...body(z.object({ mode: modeSchema.default('all_or_nothing') })) },
      responses: { 202: json(importSchema, 'Started; poll it'), ...writeErrors },
    }),
    async (c) => {
      const actor = c.get('actor');
      authorize(actor, 'create', 'import');
      const dry = await findImport(ctx.conn.db, actor.workspaceId, c.req.valid('param').importId);
      if (!dry) throw AppError.notFound('Import');
      if (
        dry.dryRun !== 1 ||
        dry.status !== 'previewed' ||
        !dry.uploadPath ||
        !fs.existsSync(dry.uploadPath)
      ) {
        throw new AppError('conflict', 'Only a finished dry run whose upload is kept can be committed');
      }
      // the upload moves to the new import, so the dry run cannot be committed twice
      const id = await createImportRecord(ctx, actor, {
        workspaceId: actor.workspaceId,
        file: dry.uploadPath,
        fileName: dry.fileName,
        profile: dry.profile,
        vendorId: dry.vendorId,
        activityId: dry.activityId,
        mode: c.req.valid('json').mode as ImportMode,
        dryRun: false,
      });
      await ctx.conn.db
        .updateTable('interactionImport')
        .set({ uploadPath: null })
        .where('id', '=', dry.id)
        .execute();
      start(id, actor);
      const row = await findImport(ctx.conn.db, actor.workspaceId, id);
      if (!row) throw AppError.notFound('Import');
      return c.json(await importView(ctx.conn.db, row), 202);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: `${base}/{importId}/problems.csv`,
      tags,
      summary: 'Every problem of an import, as CSV (line, field, code, severity, message)',
      request: { params: importParams },
      responses: {
        200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
        ...readErrors,
      },
    }),
    async (c) => {
      const row = await findImport(ctx.conn.db, c.get('actor').workspaceId, c.req.valid('param').importId);
      if (!row) throw AppError.notFound('Import');
      const problems = await ctx.conn.db
        .selectFrom('importProblem')
        .select(['line', 'field', 'code', 'severity', 'message'])
        .where('importId', '=', row.id)
        .orderBy('seq')
        .execute();
      const cell = (v: string | number | null): string => {
        const s = v === null ? '' : String(v);
        return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
      };
      const lines = ['line,field,code,severity,message'];
      for (const p of problems)
        lines.push([p.line, p.field, p.code, p.severity, p.message].map(cell).join(','));
      const name = `${row.fileName.replace(/[^\w.-]+/g, '_')}-problems.csv`;
      return c.body(`${lines.join('\r\n')}\r\n`, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
      });
    },
  );
}
