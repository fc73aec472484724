import type { Kysely } from 'kysely';
import type { Db } from '../connect.ts';
import type { Database } from '../schema.ts';

/**
 * better-auth's user and credential account rows, written directly so that the CLI, the
 * demo and invitations create users without a public sign-up endpoint.
 */
interface AuthTables {
  user: {
    id: string;
    name: string;
    email: string;
    emailVerified: boolean | number;
    image: string | null;
    createdAt: Date | string;
    updatedAt: Date | string;
  };
  account: {
    id: string;
    accountId: string;
    providerId: string;
    userId: string;
    password: string | null;
    createdAt: Date | string;
    updatedAt: Date | string;
  };
  session: { id: string; userId: string };
}

function auth(conn: Db): Kysely<AuthTables> {
  return conn.raw as unknown as Kysely<AuthTables>;
}

/** better-auth keeps dates as timestamptz on PostgreSQL and ISO text on SQLite. */
function instant(conn: Db, d: Date): Date | string {
  return conn.dialect === 'postgres' ? d : d.toISOString();
}

export interface UserRow {
  id: string;
  name: string;
  email: string;
}

export async function findUserByEmail(conn: Db, email: string): Promise<UserRow | undefined> {
  return auth(conn)
    .selectFrom('user')
    .select(['id', 'name', 'email'])
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function insertUser(
  conn: Db,
  db: Kysely<Database>,
  u: { id: string; name: string; email: string; passwordHash: string },
) {
  const now = instant(conn, new Date());
  const a = db.withoutPlugins() as unknown as Kysely<AuthTables>;
  await a
    .insertInto('user')
    .values({
      id: u.id,
      name: u.name,
      email: u.email.toLowerCase(),
      emailVerified: conn.dialect === 'postgres' ? true : 1,
      image: null,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  await a
    .insertInto('account')
    .values({
      id: `${u.id}-credential`,
      accountId: u.id,
      providerId: 'credential',
      userId: u.id,
      password: u.passwordHash,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
}

/** Replaces the password and ends every session of the user, so a reset locks out a thief. */
export async function setPassword(
  conn: Db,
  db: Kysely<Database>,
  userId: string,
  passwordHash: string,
): Promise<void> {
  const a = db.withoutPlugins() as unknown as Kysely<AuthTables>;
  const res = await a
    .updateTable('account')
    .set({ password: passwordHash, updatedAt: instant(conn, new Date()) })
    .where('userId', '=', userId)
    .where('providerId', '=', 'credential')
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) {
    await a
      .insertInto('account')
      .values({
        id: `${userId}-credential`,
        accountId: userId,
        providerId: 'credential',
        userId,
        password: passwordHash,
        createdAt: instant(conn, new Date()),
        updatedAt: instant(conn, new Date()),
      })
      .execute();
  }
  await a.deleteFrom('session').where('userId', '=', userId).execute();
}
