import type { Hono } from 'hono';
import type { Auth } from '../auth/auth.ts';
import { ERROR_STATUS, type ErrorCode } from './app-error.ts';
import type { AppEnv } from './env.ts';

const CODE_OF_STATUS = new Map<number, ErrorCode>(
  Object.entries(ERROR_STATUS).map(([code, status]) => [status, code as ErrorCode]),
);

/**
 * better-auth answers sign-in, sign-out and session routes. Its failures carry their own
 * body (`{ code, message }`); they are rewritten into Vigie's one error body so that every
 * client handles a single shape.
 */
export function mountAuth(app: Hono<AppEnv>, auth: Auth): void {
  app.on(['GET', 'POST'], '/api/auth/*', async (c) => {
    const res = await auth.handler(c.req.raw);
    if (res.status < 400) return res;
    const original = (await res.json().catch(() => ({}))) as { message?: unknown };
    const code = CODE_OF_STATUS.get(res.status) ?? (res.status < 500 ? 'validation_failed' : 'internal');
    const message =
      typeof original.message === 'string' && original.message ? original.message : res.statusText;
    const headers = new Headers(res.headers);
    headers.set('content-type', 'application/json');
    headers.delete('content-length');
    return new Response(JSON.stringify({ error: { code, message, requestId: c.get('requestId') } }), {
      status: res.status,
      headers,
    });
  });
}
