import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { type ReadScope, readScope } from '@vigie/core';
import { z } from 'zod';
import type { RequestActor } from '../../app/actor.ts';
import type { ServerContext } from '../../context.ts';
import { AppError } from '../app-error.ts';
import type { AppEnv } from '../env.ts';
import { body, json, listOf, noContent, readErrors, workspaceParam, writeErrors } from '../openapi.ts';

/**
 * The five routes of a workspace resource (list, create, read, replace, delete), their
 * OpenAPI description, and the wiring to repositories and use cases. Each resource only
 * says what differs.
 */
export interface CrudSpec<Item, Input, Query> {
  tag: string;
  /** path segment, e.g. "vendors" */
  segment: string;
  /** name of the id path parameter, e.g. "vendorId" */
  idParam: string;
  /** human name for messages, e.g. "Vendor" */
  label: string;
  item: z.ZodType<Item>;
  input: z.ZodType<Input>;
  query: z.ZodObject<z.ZodRawShape, z.core.$strip> & z.ZodType<Query>;
  list(ctx: ServerContext, scope: ReadScope, query: Query): Promise<Item[]>;
  find(ctx: ServerContext, scope: ReadScope, id: string): Promise<Item | undefined>;
  create(ctx: ServerContext, actor: RequestActor, input: Input): Promise<Item>;
  update(ctx: ServerContext, actor: RequestActor, id: string, input: Input): Promise<Item>;
  remove(ctx: ServerContext, actor: RequestActor, id: string): Promise<void>;
}

export function registerCrud<Item, Input, Query>(
  app: OpenAPIHono<AppEnv>,
  ctx: ServerContext,
  spec: CrudSpec<Item, Input, Query>,
): void {
  const base = `/api/workspaces/{workspaceId}/${spec.segment}`;
  const one = `${base}/{${spec.idParam}}`;
  const idParams = workspaceParam.extend({ [spec.idParam]: z.string() });
  const idOf = (params: Record<string, string>) => params[spec.idParam] ?? '';
  const tags = [spec.tag];

  app.openapi(
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: `List ${spec.segment}`,
      request: { params: workspaceParam, query: spec.query },
      responses: { 200: json(listOf(spec.item), `The ${spec.segment} in your scope`), ...readErrors },
    }),
    async (c) => {
      const items = await spec.list(ctx, readScope(c.get('actor')), c.req.valid('query') as Query);
      return c.json({ items }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: `Create a ${spec.label.toLowerCase()}`,
      request: { params: workspaceParam, ...body(spec.input) },
      responses: { 201: json(spec.item, 'Created'), ...writeErrors },
    }),
    async (c) =>
      c.json((await spec.create(ctx, c.get('actor'), c.req.valid('json') as Input)) as object, 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: one,
      tags,
      summary: `Read a ${spec.label.toLowerCase()}`,
      request: { params: idParams },
      responses: { 200: json(spec.item, spec.label), ...readErrors },
    }),
    async (c) => {
      const found = await spec.find(ctx, readScope(c.get('actor')), idOf(c.req.valid('param')));
      if (!found) throw AppError.notFound(spec.label);
      return c.json(found as object, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: one,
      tags,
      summary: `Replace a ${spec.label.toLowerCase()}`,
      request: { params: idParams, ...body(spec.input) },
      responses: { 200: json(spec.item, 'Updated'), ...writeErrors },
    }),
    async (c) => {
      const updated = await spec.update(
        ctx,
        c.get('actor'),
        idOf(c.req.valid('param')),
        c.req.valid('json') as Input,
      );
      return c.json(updated as object, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: one,
      tags,
      summary: `Delete a ${spec.label.toLowerCase()}`,
      request: { params: idParams },
      responses: { ...noContent, ...readErrors, 409: writeErrors[409] },
    }),
    async (c) => {
      await spec.remove(ctx, c.get('actor'), idOf(c.req.valid('param')));
      return c.body(null, 204);
    },
  );
}
