import type { Member, Role, Workspace } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export async function insertWorkspace(
  db: Kysely<Database>,
  w: { id: string; name: string; currency: string; isDemo: boolean; now: string },
) {
  await db
    .insertInto('workspace')
    .values({ id: w.id, name: w.name, currency: w.currency, isDemo: w.isDemo ? 1 : 0, createdAt: w.now })
    .execute();
}

export async function findWorkspace(db: Kysely<Database>, id: string): Promise<Workspace | undefined> {
  return db
    .selectFrom('workspace')
    .select(['id', 'name', 'currency', 'createdAt'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findDemoWorkspace(db: Kysely<Database>) {
  return db.selectFrom('workspace').select(['id', 'name']).where('isDemo', '=', 1).executeTakeFirst();
}

export async function countWorkspaces(db: Kysely<Database>): Promise<number> {
  const r = await db
    .selectFrom('workspace')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export interface MembershipView {
  workspaceId: string;
  workspaceName: string;
  role: Role;
  vendorId: string | null;
  vendorName: string | null;
}

/** Every workspace the user belongs to, with the role and bound vendor. */
export async function membershipsOf(db: Kysely<Database>, userId: string): Promise<MembershipView[]> {
  const rows = await db
    .selectFrom('membership')
    .innerJoin('workspace', 'workspace.id', 'membership.workspaceId')
    .leftJoin('vendor', 'vendor.id', 'membership.vendorId')
    .select([
      'membership.workspaceId',
      'workspace.name as workspaceName',
      'membership.role',
      'membership.vendorId',
      'vendor.name as vendorName',
    ])
    .where('membership.userId', '=', userId)
    .orderBy('workspace.name')
    .execute();
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

export async function findMembership(db: Kysely<Database>, workspaceId: string, userId: string) {
  const row = await db
    .selectFrom('membership')
    .select(['workspaceId', 'userId', 'role', 'vendorId'])
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .executeTakeFirst();
  return row && { ...row, role: row.role as Role };
}

export async function listMembers(db: Kysely<Database>, workspaceId: string): Promise<Member[]> {
  const rows = await db
    .selectFrom('membership')
    .innerJoin('user', 'user.id', 'membership.userId')
    .select([
      'membership.userId',
      'membership.workspaceId',
      'user.email',
      'user.name',
      'membership.role',
      'membership.vendorId',
      'membership.createdAt',
    ])
    .where('membership.workspaceId', '=', workspaceId)
    .orderBy('user.email')
    .execute();
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

export async function upsertMembership(
  db: Kysely<Database>,
  m: { workspaceId: string; userId: string; role: Role; vendorId: string | null; now: string },
): Promise<void> {
  await db
    .insertInto('membership')
    .values({
      workspaceId: m.workspaceId,
      userId: m.userId,
      role: m.role,
      vendorId: m.vendorId,
      createdAt: m.now,
    })
    .onConflict((oc) =>
      oc.columns(['workspaceId', 'userId']).doUpdateSet({ role: m.role, vendorId: m.vendorId }),
    )
    .execute();
}

export async function deleteMembership(
  db: Kysely<Database>,
  workspaceId: string,
  userId: string,
): Promise<void> {
  await db
    .deleteFrom('membership')
    .where('workspaceId', '=', workspaceId)
    .where('userId', '=', userId)
    .execute();
}

export async function countAdmins(db: Kysely<Database>, workspaceId: string): Promise<number> {
  const r = await db
    .selectFrom('membership')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspaceId', '=', workspaceId)
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
