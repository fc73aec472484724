import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { swaggerUI } from '@hono/swagger-ui';
import type { Hono } from 'hono';
import type { AppEnv } from './env.ts';

const require = createRequire(import.meta.url);
const SWAGGER_DIST = path.dirname(require.resolve('swagger-ui-dist/package.json'));
const ASSETS = new Set(['swagger-ui.css', 'swagger-ui-bundle.js']);
const TYPES: Record<string, string> = { '.css': 'text/css', '.js': 'text/javascript' };

/** The readable API reference at /api/docs, with Swagger UI served locally (no CDN). */
export function serveApiReference(app: Hono<AppEnv>): void {
  app.get(
    '/api/docs',
    swaggerUI({ url: '/api/openapi.json', baseUrl: '/api/docs/assets', title: 'Vigie API' }),
  );
  app.get('/api/docs/assets/swagger-ui-dist/:file', (c) => {
    const file = c.req.param('file');
    if (!ASSETS.has(file)) return c.notFound();
    c.header('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(fs.readFileSync(path.join(SWAGGER_DIST, file)));
  });
}
