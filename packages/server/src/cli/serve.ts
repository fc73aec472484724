import { serve } from '@hono/node-server';
import { recoverInterruptedRuns } from '../app/analysis/analysis-runs.ts';
import { recoverInterruptedImports } from '../app/imports/recover-imports.ts';
import type { Config } from '../config/config.ts';
import { countWorkspaces } from '../db/repositories/workspaces.ts';
import { createDemo, describeDemo } from '../demo/create-demo.ts';
import { openRuntime } from '../runtime.ts';

/** Starts the server; on an empty database, creates the demo workspace first. */
export async function runServe(config: Config): Promise<void> {
  const rt = await openRuntime(config);
  const dbLabel = config.database.kind === 'sqlite' ? `SQLite ${config.database.file}` : 'PostgreSQL';
  await recoverInterruptedImports(rt.ctx.conn.db, rt.ctx.now());
  await recoverInterruptedRuns(rt.ctx.conn.db, rt.ctx.now());
  let demo = '';
  if ((await countWorkspaces(rt.ctx.conn.db)) === 0) {
    demo = describeDemo(await createDemo(rt.ctx), config.publicUrl);
  }
  const server = serve({ fetch: rt.app.fetch, port: config.port, hostname: config.host }, () => {
    process.stdout.write(`Vigie is running at ${config.publicUrl} (database: ${dbLabel})\n`);
    if (demo) process.stdout.write(`${demo}\n`);
  });
  server.on('error', (err: NodeJS.ErrnoException) => {
    const why =
      err.code === 'EADDRINUSE' ? `port ${config.port} is already in use (set PORT to another)` : err.message;
    process.stderr.write(`vigie: cannot listen: ${why}\n`);
    process.exit(1);
  });
  // Finish the requests in flight before closing the database; give up after 10 s so a
  // client holding a connection open cannot keep the process alive.
  const stop = () => {
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    server.close(() => {
      void rt.close().finally(() => process.exit(0));
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
