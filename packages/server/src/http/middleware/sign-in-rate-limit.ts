import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../app-error.ts';

const WINDOW_MS = 60_000;

/**
 * Fixed one-minute windows of sign-in attempts per client address. In memory: right for
 * one process; several processes behind a balancer each keep their own count. Behind a
 * reverse proxy (`trustProxy`), the address is the first of X-Forwarded-For, else every
 * user would share the proxy's.
 */
export function signInRateLimit(
  maxPerMinute: number,
  options: { trustProxy?: boolean; clock?: () => number } = {},
): MiddlewareHandler {
  const clock = options.clock ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const now = clock();
    let ip = 'unknown';
    const forwarded = options.trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
    try {
      ip = forwarded || (getConnInfo(c).remote.address ?? 'unknown');
    } catch {
      // not running on Node's server (tests calling app.request): one shared bucket
    }
    if (windows.size > 10_000) {
      for (const [k, w] of windows) if (now - w.start >= WINDOW_MS) windows.delete(k);
    }
    const w = windows.get(ip);
    const current = w && now - w.start < WINDOW_MS ? w : { start: now, count: 0 };
    current.count += 1;
    windows.set(ip, current);
    if (current.count > maxPerMinute) {
      const retryAfter = Math.ceil((current.start + WINDOW_MS - now) / 1000);
      c.header('Retry-After', String(retryAfter));
      throw new AppError('rate_limited', `Too many sign-in attempts; try again in ${retryAfter} s`);
    }
    await next();
  };
}
