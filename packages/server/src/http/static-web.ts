import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './env.ts';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/**
 * Serves the built single-page app, and its index.html for any other non-API path so that
 * client-side routes survive a reload.
 */
export function serveWeb(app: Hono<AppEnv>, dist: string = WEB_DIST): void {
  const index = path.join(dist, 'index.html');
  const root = path.relative(process.cwd(), dist) || '.';
  // Registered only when the build exists: serveStatic would otherwise warn on every start.
  if (fs.existsSync(index)) app.get('*', serveStatic({ root }));
  app.get('*', (c) => {
    if (!fs.existsSync(index)) {
      return c.text(
        'The web app is not built yet: run `npm run build` (or `npm start`, which builds it).',
        503,
      );
    }
    return c.html(fs.readFileSync(index, 'utf8'));
  });
}
