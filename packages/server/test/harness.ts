import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../src/config/config.ts';
import { openRuntime, type Runtime } from '../src/runtime.ts';

export type DialectName = 'sqlite' | 'postgres';

/**
 * The dialects every repository and API test runs against. PostgreSQL is always included:
 * an unreachable server fails the suite. Only an explicit VIGIE_TEST_SKIP_PG=1 outside CI
 * leaves it out (for a laptop without PostgreSQL).
 */
export function dialects(): DialectName[] {
  if (process.env.VIGIE_TEST_SKIP_PG === '1') {
    if (process.env.CI)
      throw new Error('VIGIE_TEST_SKIP_PG is not allowed in CI: the PostgreSQL suite must run');
    return ['sqlite'];
  }
  return ['sqlite', 'postgres'];
}

export const PG_ADMIN_URL = process.env.VIGIE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestRuntime extends Runtime {
  dialect: DialectName;
  dispose(): Promise<void>;
}

/** An empty database of the dialect: a new PostgreSQL database, or (SQLite) none yet in a temp dir. */
export async function freshDatabase(dialect: DialectName): Promise<{
  dataDir: string;
  databaseUrl: string | undefined;
  dispose(): Promise<void>;
}> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-test-'));
  let dropDb: (() => Promise<void>) | undefined;
  let databaseUrl: string | undefined;
  if (dialect === 'postgres') {
    const name = `vigie_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect().catch((err: Error) => {
      throw new Error(`PostgreSQL test server unreachable at ${PG_ADMIN_URL}: ${err.message}`);
    });
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDb = async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  return {
    dataDir,
    databaseUrl,
    async dispose() {
      await dropDb?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh, migrated database of the dialect (a temp SQLite file, or a new PostgreSQL database). */
export async function openTestRuntime(
  dialect: DialectName,
  env: Record<string, string> = {},
): Promise<TestRuntime> {
  const { dataDir, databaseUrl, dispose } = await freshDatabase(dialect);
  const config = loadConfig({
    VIGIE_DATA_DIR: dataDir,
    VIGIE_SECRET: 'test-secret-test-secret-test-secret-0123',
    VIGIE_SIGNIN_MAX_PER_MINUTE: '1000',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...env,
  });
  const rt = await openRuntime(config, pino({ level: process.env.VIGIE_TEST_LOG ?? 'silent' }));
  return {
    ...rt,
    dialect,
    async dispose() {
      await rt.close();
      await dispose();
    },
  };
}
