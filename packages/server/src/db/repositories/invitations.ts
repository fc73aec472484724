import type { Invitation, Role } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { Database, InvitationTable } from '../schema.ts';

function toInvitation(r: InvitationTable): Invitation {
  return {
    id: r.id,
    workspaceId: r.workspaceId,
    email: r.email,
    role: r.role as Role,
    vendorId: r.vendorId,
    expiresAt: r.expiresAt,
    acceptedAt: r.acceptedAt,
    createdAt: r.createdAt,
  };
}

export async function insertInvitation(db: Kysely<Database>, row: InvitationTable): Promise<Invitation> {
  await db.insertInto('invitation').values(row).execute();
  return toInvitation(row);
}

export async function listInvitations(db: Kysely<Database>, workspaceId: string): Promise<Invitation[]> {
  const rows = await db
    .selectFrom('invitation')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .orderBy('createdAt', 'desc')
    .execute();
  return rows.map(toInvitation);
}

export async function findInvitation(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
): Promise<Invitation | undefined> {
  const row = await db
    .selectFrom('invitation')
    .selectAll()
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toInvitation(row);
}

export async function findInvitationByTokenHash(db: Kysely<Database>, tokenHash: string) {
  const row = await db
    .selectFrom('invitation')
    .innerJoin('workspace', 'workspace.id', 'invitation.workspaceId')
    .leftJoin('vendor', 'vendor.id', 'invitation.vendorId')
    .selectAll('invitation')
    .select(['workspace.name as workspaceName', 'vendor.name as vendorName'])
    .where('invitation.tokenHash', '=', tokenHash)
    .executeTakeFirst();
  return row && { ...toInvitation(row), workspaceName: row.workspaceName, vendorName: row.vendorName };
}

export async function markInvitationAccepted(db: Kysely<Database>, id: string, now: string): Promise<void> {
  await db.updateTable('invitation').set({ acceptedAt: now }).where('id', '=', id).execute();
}

export async function deleteInvitation(db: Kysely<Database>, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('invitation').where('workspaceId', '=', workspaceId).where('id', '=', id).execute();
}
