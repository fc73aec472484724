import pino, { type Logger } from 'pino';
import { createAuth } from './auth/auth.ts';
import type { Config } from './config/config.ts';
import { createApp } from './http/create-app.ts';
import { openContext } from './open-context.ts';
import { resolveSecret } from './secret.ts';

/** Connects, migrates and builds the app: everything `serve` and the tests share. */
export async function openRuntime(config: Config, logger: Logger = pino({ level: config.logLevel })) {
  const { ctx, close } = await openContext(config, logger);
  const conn = ctx.conn;
  const auth = createAuth(conn, config, resolveSecret(config.secret, config.dataDir));
  const app = createApp(ctx, auth);
  return { ctx, auth, app, close };
}

export type Runtime = Awaited<ReturnType<typeof openRuntime>>;
