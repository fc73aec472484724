import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from './config/config.ts';
import type { Db } from './db/connect.ts';

/** What every use case may touch: the database, the configuration, a clock, an id source. */
export interface ServerContext {
  readonly conn: Db;
  readonly config: Config;
  readonly logger: Logger;
  now(): string;
  newId(): string;
}

export function createContext(conn: Db, config: Config, logger: Logger): ServerContext {
  return { conn, config, logger, now: () => new Date().toISOString(), newId: () => randomUUID() };
}
