import { randomUUID } from 'node:crypto';
import { betterAuth } from 'better-auth';
import type { Config } from '../config/config.ts';
import type { Db } from '../db/connect.ts';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './password.ts';

/**
 * better-auth handles sign-in, sign-out and sessions (httpOnly cookies). Sign-up is off:
 * users come from invitations, the CLI or the demo. Rate limiting of sign-in is ours
 * (see http/sign-in-rate-limit.ts) so that it is the same on every route and tested.
 */
export function createAuth(conn: Db, config: Config, secret: string) {
  const secure = config.publicUrl.startsWith('https://');
  return betterAuth({
    appName: 'Vigie',
    baseURL: config.publicUrl,
    basePath: '/api/auth',
    secret,
    database: { db: conn.raw, type: conn.dialect },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      password: { hash: hashPassword, verify: ({ hash, password }) => verifyPassword(hash, password) },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: { enabled: false },
    // Same-origin requests are trusted whatever host name the browser used (localhost,
    // 127.0.0.1, a LAN name): the Origin must equal the Host the request was sent to.
    trustedOrigins: (request) => {
      const host = request?.headers.get('host');
      const proto = secure ? 'https' : 'http';
      return host ? [config.publicUrl, `${proto}://${host}`] : [config.publicUrl];
    },
    advanced: {
      useSecureCookies: secure,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure },
      database: { generateId: () => randomUUID() },
    },
    telemetry: { enabled: false },
    // Failed sign-ins are answered with 401 and appear in the request log; no second warning.
    logger: { level: 'error' },
  });
}

export type Auth = ReturnType<typeof createAuth>;
