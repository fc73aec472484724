import type { MiddlewareHandler } from 'hono';
import { AppError } from '../app-error.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cookie-authenticated writes must come from Vigie's own pages. Browsers send Origin (and
 * Sec-Fetch-Site) on every cross-site write, so a write carrying a foreign Origin, or marked
 * cross-site, is refused. Clients that are not browsers send neither and carry no ambient
 * cookie, so they are not a CSRF vector. SameSite=Lax cookies are the second line.
 */
export function csrfGuard(publicUrl: string): MiddlewareHandler {
  const trusted = new URL(publicUrl).origin;
  return async (c, next) => {
    if (UNSAFE.has(c.req.method)) {
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site');
      const host = c.req.header('host');
      const sameHost = origin !== undefined && host !== undefined && hostOf(origin) === host;
      if (origin !== undefined && origin !== trusted && !sameHost) {
        throw new AppError('forbidden', `Cross-site request refused (Origin ${origin})`);
      }
      if (site !== undefined && site !== 'same-origin' && site !== 'none') {
        throw new AppError('forbidden', 'Cross-site request refused');
      }
    }
    await next();
  };
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" or garbage: never same-origin
  }
}
