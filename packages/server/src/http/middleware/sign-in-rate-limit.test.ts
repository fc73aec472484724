import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../env.ts';
import { handleError } from './error-handler.ts';
import { signInRateLimit } from './sign-in-rate-limit.ts';

describe('signInRateLimit', () => {
  it('answers 429 with Retry-After past the limit, and lets attempts through again after a minute', async () => {
    let now = 1_000_000;
    const app = new Hono<AppEnv>();
    app.onError(handleError);
    app.use('/sign-in', signInRateLimit(3, { trustProxy: true, clock: () => now }));
    app.post('/sign-in', (c) => c.text('ok'));
    const attempt = (from = '203.0.113.7') =>
      app.request('/sign-in', { method: 'POST', headers: { 'x-forwarded-for': `${from}, 10.0.0.1` } });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(200);
    now += 20_000;
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('40');
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    // another client behind the same proxy is not held back
    expect((await attempt('198.51.100.2')).status).toBe(200);
    now += 40_000;
    expect((await attempt()).status).toBe(200);
  });
});
