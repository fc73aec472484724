import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  acceptInvitationSchema,
  auditActionSchema,
  auditEventSchema,
  invitationInputSchema,
  invitationSchema,
  isoDate,
  memberSchema,
  memberUpdateSchema,
  roleSchema,
} from '@vigie/core';
import { z } from 'zod';
import {
  acceptInvitation,
  inviteMember,
  openInvitation,
  revokeInvitation,
} from '../../app/access/invitation-commands.ts';
import { changeMemberRole, removeMember, resetMemberPassword } from '../../app/access/member-commands.ts';
import type { ServerContext } from '../../context.ts';
import { listAudit } from '../../db/repositories/audit.ts';
import { listInvitations } from '../../db/repositories/invitations.ts';
import { listMembers } from '../../db/repositories/workspaces.ts';
import type { AppEnv } from '../env.ts';
import { body, json, listOf, noContent, readErrors, workspaceParam, writeErrors } from '../openapi.ts';

const memberParams = workspaceParam.extend({ userId: z.string() });
const tokenParam = z.object({ token: z.string() });

/** Members, invitations and the audit log of a workspace. */
export function registerAccessRoutes(app: OpenAPIHono<AppEnv>, ctx: ServerContext): void {
  const members = '/api/workspaces/{workspaceId}/members';
  app.openapi(
    createRoute({
      method: 'get',
      path: members,
      tags: ['Users'],
      summary: 'Members and their roles',
      request: { params: workspaceParam },
      responses: { 200: json(listOf(memberSchema), 'Members'), ...readErrors },
    }),
    async (c) => c.json({ items: await listMembers(ctx.conn.db, c.get('actor').workspaceId) }, 200),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: `${members}/{userId}`,
      tags: ['Users'],
      summary: 'Change the role (and bound vendor) of a member',
      request: { params: memberParams, ...body(memberUpdateSchema) },
      responses: { 200: json(memberSchema, 'Updated'), ...writeErrors },
    }),
    async (c) =>
      c.json(
        await changeMemberRole(ctx, c.get('actor'), c.req.valid('param').userId, c.req.valid('json')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: `${members}/{userId}`,
      tags: ['Users'],
      summary: 'Remove a member from the workspace',
      request: { params: memberParams },
      responses: { ...noContent, ...readErrors, 409: writeErrors[409] },
    }),
    async (c) => {
      await removeMember(ctx, c.get('actor'), c.req.valid('param').userId);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: `${members}/{userId}/password`,
      tags: ['Users'],
      summary: "Set a member's new password (admin reset); their sessions end",
      request: { params: memberParams, ...body(z.object({ password: z.string().min(1).max(128) })) },
      responses: { ...noContent, ...writeErrors },
    }),
    async (c) => {
      await resetMemberPassword(
        ctx,
        c.get('actor'),
        c.req.valid('param').userId,
        c.req.valid('json').password,
      );
      return c.body(null, 204);
    },
  );

  const invitations = '/api/workspaces/{workspaceId}/invitations';
  app.openapi(
    createRoute({
      method: 'get',
      path: invitations,
      tags: ['Users'],
      summary: 'Pending and accepted invitations',
      request: { params: workspaceParam },
      responses: { 200: json(listOf(invitationSchema), 'Invitations'), ...readErrors },
    }),
    async (c) => c.json({ items: await listInvitations(ctx.conn.db, c.get('actor').workspaceId) }, 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: invitations,
      tags: ['Users'],
      summary: 'Invite someone; the answer holds the one-time accept URL',
      request: { params: workspaceParam, ...body(invitationInputSchema) },
      responses: {
        201: json(z.object({ invitation: invitationSchema, acceptUrl: z.string() }), 'Invited'),
        ...writeErrors,
      },
    }),
    async (c) => c.json(await inviteMember(ctx, c.get('actor'), c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: `${invitations}/{invitationId}`,
      tags: ['Users'],
      summary: 'Revoke an invitation',
      request: { params: workspaceParam.extend({ invitationId: z.string() }) },
      responses: { ...noContent, ...readErrors },
    }),
    async (c) => {
      await revokeInvitation(ctx, c.get('actor'), c.req.valid('param').invitationId);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/invitations/{token}',
      tags: ['Users'],
      summary: 'What an invitation offers (for its accept page)',
      request: { params: tokenParam },
      responses: {
        200: json(
          z.object({
            email: z.string(),
            workspaceName: z.string(),
            role: roleSchema,
            vendorName: z.string().nullable(),
          }),
          'Invitation',
        ),
        404: readErrors[404],
      },
    }),
    async (c) => {
      const inv = await openInvitation(ctx, c.req.valid('param').token);
      return c.json(
        { email: inv.email, workspaceName: inv.workspaceName, role: inv.role, vendorName: inv.vendorName },
        200,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/invitations/{token}/accept',
      tags: ['Users'],
      summary: 'Accept an invitation: creates the account (or adds the workspace to it)',
      request: { params: tokenParam, ...body(acceptInvitationSchema) },
      responses: {
        200: json(z.object({ email: z.string(), workspaceId: z.string() }), 'Accepted'),
        400: writeErrors[400],
        404: readErrors[404],
      },
    }),
    async (c) => c.json(await acceptInvitation(ctx, c.req.valid('param').token, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/workspaces/{workspaceId}/audit',
      tags: ['Audit'],
      summary: 'The audit log, newest first, filtered',
      request: {
        params: workspaceParam,
        query: z.object({
          entity: z.string().optional(),
          action: auditActionSchema.optional(),
          actorUserId: z.string().optional(),
          entityId: z.string().optional(),
          from: isoDate.optional(),
          to: isoDate.optional(),
          before: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
        }),
      },
      responses: {
        200: json(
          z.object({ items: z.array(auditEventSchema), nextBefore: z.string().nullable() }),
          'Events',
        ),
        ...readErrors,
      },
    }),
    async (c) => c.json(await listAudit(ctx.conn.db, c.get('actor').workspaceId, c.req.valid('query')), 200),
  );
}
