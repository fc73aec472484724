import pino, { type Logger } from 'pino';
import type { Config } from './config/config.ts';
import { createContext, type ServerContext } from './context.ts';
import { connect } from './db/connect.ts';
import { migrateToLatest } from './db/migrate.ts';

/**
 * Connects and migrates: the context commands that need no web app (an import) work with, without
 * loading the HTTP routes and the authentication (a third of a second of start-up).
 */
export async function openContext(config: Config, logger: Logger = pino({ level: config.logLevel })) {
  const conn = await connect(config.database);
  try {
    const applied = await migrateToLatest(conn);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  } catch (err) {
    await conn.close();
    throw err;
  }
  const ctx: ServerContext = createContext(conn, config, logger);
  return { ctx, close: () => conn.close() };
}
