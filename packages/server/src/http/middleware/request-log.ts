import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { AppEnv } from '../env.ts';

/**
 * Gives each request an id (kept from X-Request-Id when a proxy set a sane one), a child
 * logger carrying it, and one log line when it ends.
 */
export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    const log = logger.child({ requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    c.header('X-Request-Id', requestId);
    const start = performance.now();
    await next();
    const ms = Math.round((performance.now() - start) * 10) / 10;
    log.info({ method: c.req.method, path: redactPath(c.req.path), status: c.res.status, ms }, 'request');
  };
}

/** Invitation tokens are secrets: they never reach the logs. */
export function redactPath(path: string): string {
  return path.replace(/^(\/api\/invitations\/|\/invite\/)[^/]+/, '$1***');
}
