import { checkRoleBinding, type Member, type Role, readScope } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { ServerContext } from '../../context.ts';
import { findVendor } from '../../db/repositories/vendors.ts';
import {
  countAdmins,
  deleteMembership,
  listMembers,
  upsertMembership,
} from '../../db/repositories/workspaces.ts';
import type { Database } from '../../db/schema.ts';
import { AppError, assertRules } from '../../http/app-error.ts';
import { authorize, type RequestActor } from '../actor.ts';
import { auditedWrite } from '../audited-write.ts';
import { resetPassword } from './user-commands.ts';

async function findMember(trx: Kysely<Database>, workspaceId: string, userId: string): Promise<Member> {
  const member = (await listMembers(trx, workspaceId)).find((m) => m.userId === userId);
  if (!member) throw AppError.notFound('Member');
  return member;
}

/** A workspace never loses its last admin: someone must be able to manage it. */
async function assertAdminRemains(
  trx: Kysely<Database>,
  before: Member,
  nextRole: Role | null,
): Promise<void> {
  if (before.role === 'admin' && nextRole !== 'admin' && (await countAdmins(trx, before.workspaceId)) <= 1) {
    throw new AppError('conflict', 'This is the last admin of the workspace: make someone else admin first');
  }
}

export async function assertVendorInWorkspace(
  trx: Kysely<Database>,
  actor: RequestActor,
  vendorId: string | null,
) {
  if (vendorId && !(await findVendor(trx, readScope(actor), vendorId))) {
    throw AppError.rules([
      { path: ['vendorId'], code: 'role.unknown_vendor', message: 'No such vendor in this workspace' },
    ]);
  }
}

export async function changeMemberRole(
  ctx: ServerContext,
  actor: RequestActor,
  userId: string,
  change: { role: Role; vendorId: string | null },
): Promise<Member> {
  authorize(actor, 'update', 'member');
  assertRules(checkRoleBinding(change.role, change.vendorId));
  return auditedWrite(ctx, actor, {}, async (trx) => {
    const before = await findMember(trx, actor.workspaceId, userId);
    await assertVendorInWorkspace(trx, actor, change.vendorId);
    await assertAdminRemains(trx, before, change.role);
    await upsertMembership(trx, { workspaceId: actor.workspaceId, userId, ...change, now: ctx.now() });
    const after = { ...before, ...change };
    return { result: after, audit: { action: 'update', entity: 'member', entityId: userId, before, after } };
  });
}

export async function removeMember(ctx: ServerContext, actor: RequestActor, userId: string): Promise<void> {
  authorize(actor, 'delete', 'member');
  await auditedWrite(ctx, actor, {}, async (trx) => {
    const before = await findMember(trx, actor.workspaceId, userId);
    await assertAdminRemains(trx, before, null);
    await deleteMembership(trx, actor.workspaceId, userId);
    return {
      result: undefined,
      audit: { action: 'delete', entity: 'member', entityId: userId, before, after: null },
    };
  });
}

/** An admin sets a new password for a member; the audit records that it happened, not the password. */
export async function resetMemberPassword(
  ctx: ServerContext,
  actor: RequestActor,
  userId: string,
  password: string,
): Promise<void> {
  authorize(actor, 'update', 'member');
  await findMember(ctx.conn.db, actor.workspaceId, userId);
  await resetPassword(ctx, userId, password);
  await auditedWrite(ctx, actor, {}, async () => ({
    result: undefined,
    audit: {
      action: 'update',
      entity: 'member.password',
      entityId: userId,
      before: null,
      after: { passwordReset: true },
    },
  }));
}
