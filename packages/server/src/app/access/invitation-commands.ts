import { createHash, randomBytes } from 'node:crypto';
import { checkRoleBinding, type Invitation, type InvitationInput } from '@vigie/core';
import type { ServerContext } from '../../context.ts';
import { recordAudit } from '../../db/repositories/audit.ts';
import {
  deleteInvitation,
  findInvitation,
  findInvitationByTokenHash,
  insertInvitation,
  markInvitationAccepted,
} from '../../db/repositories/invitations.ts';
import { AppError, assertRules } from '../../http/app-error.ts';
import { authorize, type RequestActor } from '../actor.ts';
import { auditedWrite } from '../audited-write.ts';
import { assertVendorInWorkspace } from './member-commands.ts';
import { createUserWithMembership } from './user-commands.ts';

const INVITATION_DAYS = 7;

/** Only the hash of a token is stored: a database leak does not hand out accounts. */
function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function inviteMember(
  ctx: ServerContext,
  actor: RequestActor,
  input: InvitationInput,
): Promise<{ invitation: Invitation; acceptUrl: string }> {
  authorize(actor, 'create', 'invitation');
  assertRules(checkRoleBinding(input.role, input.vendorId));
  const token = randomBytes(32).toString('base64url');
  const now = new Date(ctx.now());
  const invitation = await auditedWrite(ctx, actor, {}, async (trx) => {
    await assertVendorInWorkspace(trx, actor, input.vendorId);
    const created = await insertInvitation(trx, {
      id: ctx.newId(),
      workspaceId: actor.workspaceId,
      email: input.email.toLowerCase(),
      role: input.role,
      vendorId: input.vendorId,
      tokenHash: hashToken(token),
      invitedBy: actor.userId,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString(),
      acceptedAt: null,
      createdAt: now.toISOString(),
    });
    return {
      result: created,
      audit: { action: 'create', entity: 'invitation', entityId: created.id, before: null, after: created },
    };
  });
  return { invitation, acceptUrl: `${ctx.config.publicUrl}/invite/${token}` };
}

export async function revokeInvitation(ctx: ServerContext, actor: RequestActor, id: string): Promise<void> {
  authorize(actor, 'delete', 'invitation');
  await auditedWrite(ctx, actor, {}, async (trx) => {
    const before = await findInvitation(trx, actor.workspaceId, id);
    if (!before) throw AppError.notFound('Invitation');
    await deleteInvitation(trx, actor.workspaceId, id);
    return {
      result: undefined,
      audit: { action: 'delete', entity: 'invitation', entityId: id, before, after: null },
    };
  });
}

/** The invitation behind a token, if it can still be accepted. */
export async function openInvitation(ctx: ServerContext, token: string) {
  const found = await findInvitationByTokenHash(ctx.conn.db, hashToken(token));
  if (!found || found.acceptedAt !== null || found.expiresAt < ctx.now()) {
    throw new AppError('not_found', 'This invitation does not exist, was already used or has expired');
  }
  return found;
}

export async function acceptInvitation(
  ctx: ServerContext,
  token: string,
  who: { name: string; password: string },
) {
  const inv = await openInvitation(ctx, token);
  const { userId } = await createUserWithMembership(ctx, {
    email: inv.email,
    name: who.name,
    password: who.password,
    workspaceId: inv.workspaceId,
    role: inv.role,
    vendorId: inv.vendorId,
  });
  await ctx.conn.db.transaction().execute(async (trx) => {
    await markInvitationAccepted(trx, inv.id, ctx.now());
    await recordAudit(
      trx,
      {
        workspaceId: inv.workspaceId,
        actorUserId: userId,
        actorEmail: inv.email,
        action: 'update',
        entity: 'invitation',
        entityId: inv.id,
        before: { acceptedAt: null },
        after: { acceptedAt: ctx.now(), userId },
      },
      ctx.newId(),
      ctx.now(),
    );
  });
  return { email: inv.email, workspaceId: inv.workspaceId };
}
