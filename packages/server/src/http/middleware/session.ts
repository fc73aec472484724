import type { MiddlewareHandler } from 'hono';
import type { Auth } from '../../auth/auth.ts';
import type { AppEnv } from '../env.ts';

/** Resolves the session cookie to a user (or null) once per request. */
export function sessionUser(auth: Auth): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = await auth.api.getSession({ headers: c.req.raw.headers });
    c.set(
      'user',
      session ? { id: session.user.id, email: session.user.email, name: session.user.name } : null,
    );
    await next();
  };
}
