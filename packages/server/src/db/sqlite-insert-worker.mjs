// Inserts contact rows into a SQLite file on a thread of its own, while the importing thread reads
// and checks the next rows: on a bulk import both take about as long, so running them side by side
// nearly halves the load. Plain JavaScript, not TypeScript: a worker thread does not inherit the
// loader hooks (tsx) of the thread that starts it, under the CLI, the server or the tests alike.
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';

/** @type {{ file: string, sql: string, pragmas: string[] }} */
const { file, sql, pragmas } = workerData;
const db = new SQLite(file);
for (const p of pragmas) db.pragma(p);
const statement = db.prepare(sql);

/** One transaction per batch; returns the positions of the rows already stored (not inserted). */
const insertBatch = db.transaction((/** @type {unknown[][]} */ rows) => {
  const skipped = [];
  for (let k = 0; k < rows.length; k++) {
    if (statement.run(rows[k]).changes === 0) skipped.push(k);
  }
  return skipped;
});

parentPort?.on('message', (/** @type {{ id: number, rows?: unknown[][] }} */ message) => {
  if (message.rows === undefined) {
    db.close();
    parentPort?.postMessage({ id: message.id, closed: true });
    return;
  }
  try {
    parentPort?.postMessage({ id: message.id, skipped: insertBatch(message.rows) });
  } catch (err) {
    parentPort?.postMessage({ id: message.id, error: err instanceof Error ? err.message : String(err) });
  }
});
