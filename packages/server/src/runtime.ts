import pino, { type Logger } from 'pino';
import { createAuth } from './auth/auth.ts';
import type { Config } from './config/config.ts';
import { createContext, type ServerContext } from './context.ts';
import { connect } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { createApp } from './http/create-app.ts';
import { resolveSecret } from './secret.ts';

/** Connects, migrates and builds the app: everything `serve` and the tests share. */
export async function openRuntime(config: Config, logger: Logger = pino({ level: config.logLevel })) {
  const conn = await connect(config.database);
  try {
    const applied = await migrateToLatest(conn);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  } catch (err) {
    await conn.close();
    throw err;
  }
  const ctx: ServerContext = createContext(conn, config, logger);
  const auth = createAuth(conn, config, resolveSecret(config.secret, config.dataDir));
  const app = createApp(ctx, auth);
  return { ctx, auth, app, close: () => conn.close() };
}

export type Runtime = Awaited<ReturnType<typeof openRuntime>>;
