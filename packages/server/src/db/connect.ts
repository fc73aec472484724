import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, type Dialect, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config/config.ts';
import type { Database } from './schema.ts';

export type DialectName = 'sqlite' | 'postgres';

/**
 * Two Kysely views of one connection pool: `db` for the application (camelCase in code,
 * snake_case in tables) and `raw` for better-auth and migrations, which name columns as
 * they are.
 */
export interface Db {
  readonly dialect: DialectName;
  readonly db: Kysely<Database>;
  readonly raw: Kysely<unknown>;
  /** the SQLite handle, for bulk loads through one prepared statement; null on PostgreSQL */
  readonly sqlite: SQLite.Database | null;
  /** the PostgreSQL pool, for what Kysely cannot send (COPY); null on SQLite */
  readonly pgPool: pg.Pool | null;
  close(): Promise<void>;
}

/** Settings of every SQLite connection (the application's, an import's writer thread). */
export const SQLITE_PRAGMAS: readonly string[] = [
  'journal_mode = WAL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
  'synchronous = NORMAL',
  // 64 MiB of page cache (the default is 2 MiB): bulk imports update several indexes of a
  // large table, and rollup rebuilds re-read what was just written
  'cache_size = -65536',
];

export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
}

export async function connect(config: DatabaseConfig): Promise<Db> {
  if (config.kind === 'sqlite') {
    fs.mkdirSync(path.dirname(config.file), { recursive: true });
    const sqlite = new SQLite(config.file);
    for (const p of SQLITE_PRAGMAS) sqlite.pragma(p);
    const dialect = new SqliteDialect({ database: sqlite });
    return build('sqlite', dialect, sqlite, null, async () => {
      sqlite.close();
    });
  }
  // bigint (int8: counts, epochs, byte sizes) as a JS number, as SQLite gives it: every value
  // Vigie stores in one fits well within 2^53.
  pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
  const pool = new pg.Pool({ connectionString: config.url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle connection the server drops (restart, admin termination) is an 'error' event on the
  // pool; unhandled, it would crash the process. The pool discards that client and opens a new
  // one for the next query, so there is nothing else to do.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end().catch(() => undefined);
    const why = err instanceof Error ? err.message : String(err);
    throw new DatabaseUnreachableError(`Cannot connect to PostgreSQL at ${redact(config.url)}: ${why}`);
  }
  return build('postgres', new PostgresDialect({ pool }), null, pool, () => pool.end());
}

function build(
  dialect: DialectName,
  kyselyDialect: Dialect,
  sqlite: SQLite.Database | null,
  pgPool: pg.Pool | null,
  close: () => Promise<void>,
): Db {
  const raw = new Kysely<unknown>({ dialect: kyselyDialect });
  const db = raw.withPlugin(new CamelCasePlugin()) as unknown as Kysely<Database>;
  return { dialect, db, raw, sqlite, pgPool, close };
}

/** The URL without its password, for messages and logs. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
