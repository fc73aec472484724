/** Where an import's new rollup rows are written, and the SQLite statements that write them. */
import type SQLite from 'better-sqlite3';
import type pg from 'pg';

/**
 * Statements of many rows each, run elsewhere than on the caller's connection (SQLite's writer
 * thread): `textFor(n)` stores n rows.
 */
export interface RollupRowWriter {
  write(textFor: (rows: number) => string, rows: Iterable<readonly (string | number)[]>): Promise<void>;
}

/**
 * Where new rollup rows go, when not through `trx` itself: by COPY on `copyClient`, the client of
 * `trx` (PostgreSQL), or to `sqliteRows`, in a transaction of the writer thread's connection.
 */
export interface RollupWriteTarget {
  readonly copyClient?: pg.ClientBase;
  readonly sqliteRows?: RollupRowWriter;
}

const sqliteStatements = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();
function prepared(sqlite: SQLite.Database, text: string): SQLite.Statement {
  let cache = sqliteStatements.get(sqlite);
  if (!cache) {
    cache = new Map();
    sqliteStatements.set(sqlite, cache);
  }
  let s = cache.get(text);
  if (!s) {
    s = sqlite.prepare(text);
    cache.set(text, s);
  }
  return s;
}

/** Rows per SQLite statement of the bulk writes below (a fifth faster than one row each). */
const SQLITE_ROWS_PER_STATEMENT = 100;

/** `VALUES (?, …), …`: `rows` tuples of `width` parameters. */
export function sqliteValues(rows: number, width: number): string {
  const tuple = `(${new Array(width).fill('?').join(', ')})`;
  return `VALUES ${new Array(rows).fill(tuple).join(', ')}`;
}

/**
 * Runs `textFor(n)`, a statement of n rows, over `rows`, 100 at a time (binding and stepping
 * one statement per row cost a fifth more on a million rollup rows), on `target.sqliteRows`
 * when given, else on `sqlite`.
 */
export async function sqliteWriteRows(
  sqlite: SQLite.Database,
  target: RollupWriteTarget,
  textFor: (rows: number) => string,
  rows: Iterable<readonly (string | number)[]>,
): Promise<void> {
  if (target.sqliteRows) return target.sqliteRows.write(textFor, rows);
  const many = prepared(sqlite, textFor(SQLITE_ROWS_PER_STATEMENT));
  const args: (string | number)[] = [];
  let n = 0;
  for (const row of rows) {
    for (const v of row) args.push(v);
    if (++n === SQLITE_ROWS_PER_STATEMENT) {
      many.run(args);
      args.length = 0;
      n = 0;
    }
  }
  if (n > 0) sqlite.prepare(textFor(n)).run(args);
}
