import { checkRoleBinding, type Role } from '@vigie/core';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../../auth/password.ts';
import type { ServerContext } from '../../context.ts';
import { findUserByEmail, insertUser, setPassword } from '../../db/repositories/users.ts';
import { upsertMembership } from '../../db/repositories/workspaces.ts';
import { AppError, assertRules } from '../../http/app-error.ts';

export function assertPasswordStrength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError(
      'validation_failed',
      `The password must have at least ${MIN_PASSWORD_LENGTH} characters`,
      [{ path: ['password'], code: 'too_small', message: `At least ${MIN_PASSWORD_LENGTH} characters` }],
    );
  }
}

export interface NewUser {
  email: string;
  name: string;
  password: string;
  workspaceId: string;
  role: Role;
  vendorId: string | null;
}

/**
 * Creates a user with a password and a membership, or adds the membership to an existing
 * user (whose password is then left alone). Used by the CLI, the demo and invitations.
 */
export async function createUserWithMembership(
  ctx: ServerContext,
  u: NewUser,
): Promise<{ userId: string; created: boolean }> {
  assertRules(checkRoleBinding(u.role, u.vendorId));
  const existing = await findUserByEmail(ctx.conn, u.email);
  if (!existing) assertPasswordStrength(u.password);
  const passwordHash = existing ? '' : await hashPassword(u.password);
  const userId = existing?.id ?? ctx.newId();
  await ctx.conn.db.transaction().execute(async (trx) => {
    if (!existing)
      await insertUser(ctx.conn, trx, { id: userId, name: u.name, email: u.email, passwordHash });
    await upsertMembership(trx, {
      workspaceId: u.workspaceId,
      userId,
      role: u.role,
      vendorId: u.vendorId,
      now: ctx.now(),
    });
  });
  return { userId, created: !existing };
}

/** Sets a new password (admin reset or CLI) and ends the user's sessions. */
export async function resetPassword(ctx: ServerContext, userId: string, password: string): Promise<void> {
  assertPasswordStrength(password);
  const passwordHash = await hashPassword(password);
  await ctx.conn.db.transaction().execute((trx) => setPassword(ctx.conn, trx, userId, passwordHash));
}
