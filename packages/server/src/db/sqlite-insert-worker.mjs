// Inserts contact rows (and, at the end of an import, its rollup rows) into a SQLite file on a
// thread of its own, while the importing thread reads and checks the next rows: on a bulk import
// both take about as long, so running them side by side nearly halves the load. Plain
// JavaScript, not TypeScript: a worker thread does not inherit the loader hooks (tsx) of the
// thread that starts it, under the CLI, the server or the tests alike.
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';

/**
 * @type {{ file: string, insertOne: string, insertMany: string, rowsPerStatement: number,
 *   idPosition: number, workspacePosition: number, importPosition: number, pragmas: string[] }}
 */
const {
  file,
  insertOne,
  insertMany,
  rowsPerStatement,
  idPosition,
  workspacePosition,
  importPosition,
  pragmas,
} = workerData;
const db = new SQLite(file);
for (const p of pragmas) db.pragma(p);
const one = db.prepare(insertOne);
// several rows per statement: a fifth faster than one by one
const many = db.prepare(insertMany);
// which of a statement's rows this import stored, when it stored fewer than all (ids met before
// are skipped): asking only then, rather than by RETURNING every id, saves a sixth of the load
const storedNow = db.prepare(
  `SELECT id FROM interaction WHERE workspace_id = ? AND import_id = ? AND id IN (${new Array(rowsPerStatement).fill('?').join(', ')})`,
);

/**
 * One transaction per batch of rows, whose values come one row after the other in `values` (one
 * array to pass between threads, not one per row); returns the positions of the rows already
 * stored (not inserted).
 */
const insertBatch = db.transaction((/** @type {unknown[]} */ values, /** @type {number} */ width) => {
  const n = values.length / width;
  const skipped = [];
  const at = (/** @type {number} */ row, /** @type {number} */ position) => values[row * width + position];
  let k = 0;
  // rows of no import (none so far) cannot be told apart from older ones: one by one then
  const byStatement = n > 0 && at(0, importPosition) != null;
  for (; byStatement && k + rowsPerStatement <= n; k += rowsPerStatement) {
    if (many.run(values.slice(k * width, (k + rowsPerStatement) * width)).changes === rowsPerStatement)
      continue;
    const ids = [];
    for (let j = k; j < k + rowsPerStatement; j++) ids.push(at(j, idPosition));
    const stored = new Set(
      storedNow.all(at(k, workspacePosition), at(k, importPosition), ...ids).map((r) => r.id),
    );
    for (let j = k; j < k + rowsPerStatement; j++) if (!stored.has(at(j, idPosition))) skipped.push(j);
  }
  for (; k < n; k++) if (one.run(values.slice(k * width, (k + 1) * width)).changes === 0) skipped.push(k);
  return skipped;
});

/** Statements of the rollup rows, by text (a table's full statement is run over and over). */
const statements = new Map();
function statement(/** @type {string} */ text) {
  let s = statements.get(text);
  if (!s) {
    s = db.prepare(text);
    statements.set(text, s);
  }
  return s;
}

/**
 * Rows of a rollup, in the transaction opened by `begin`: `values` holds `rows` rows one after
 * the other; `full` stores `perStatement` of them, `tail` the rest.
 */
function writeRows(
  /** @type {{ full: string, perStatement: number, tail: string | null, values: unknown[], rows: number }} */ m,
) {
  const width = m.values.length / m.rows;
  const step = m.perStatement * width;
  const full = statement(m.full);
  let at = 0;
  for (; at + step <= m.values.length; at += step) full.run(m.values.slice(at, at + step));
  if (at < m.values.length && m.tail !== null) statement(m.tail).run(m.values.slice(at));
}

/**
 * @param {{ id: number, rows?: unknown[], width?: number, op?: 'begin' | 'commit' | 'rollback',
 *   write?: { full: string, perStatement: number, tail: string | null, values: unknown[], rows: number } }} message
 */
function handle(message) {
  if (message.rows !== undefined) return { skipped: insertBatch(message.rows, message.width) };
  if (message.write !== undefined) writeRows(message.write);
  else if (message.op === 'begin') db.exec('BEGIN IMMEDIATE');
  else if (message.op === 'commit') db.exec('COMMIT');
  else if (message.op === 'rollback' && db.inTransaction) db.exec('ROLLBACK');
  return {};
}

parentPort?.on('message', (/** @type {{ id: number, close?: boolean }} */ message) => {
  if (message.close) {
    db.close();
    parentPort?.postMessage({ id: message.id, closed: true });
    return;
  }
  try {
    parentPort?.postMessage({ id: message.id, ...handle(message) });
  } catch (err) {
    parentPort?.postMessage({ id: message.id, error: err instanceof Error ? err.message : String(err) });
  }
});
