import { Worker } from 'node:worker_threads';
import type pg from 'pg';
import { type Db, SQLITE_PRAGMAS } from '../connect.ts';
import type { InteractionTable } from '../schema.ts';
import {
  insertInteractions,
  type OnInserted,
  ROW_COLUMN_NAMES,
  ROW_ID_POSITION,
  ROW_IMPORT_POSITION,
  ROW_WORKSPACE_POSITION,
  rowValues,
  SQLITE_INSERT,
  sqliteInsertText,
} from './interaction-store.ts';
import { copyInto, copyText } from './pg-copy.ts';
import type { RollupRowWriter } from './rollup-write-target.ts';

/** Rows per INSERT statement of the writer thread (31 values each: well under SQLite's 32,766). */
const ROWS_PER_STATEMENT = 100;
/** Rollup rows per message to the writer thread (a multiple of ROWS_PER_STATEMENT). */
const ROLLUP_ROWS_PER_MESSAGE = 5_000;

/** Where an import's contact rows go, one batch at a time. */
export interface InteractionWriter {
  /** Stores rows, skipping ids already stored; tells `onInserted` of each new row; resolves with their number. */
  write(rows: readonly InteractionTable[], onInserted?: OnInserted): Promise<number>;
  /**
   * Where it can (SQLite's writer thread), runs `fn` in one transaction of the writer's own
   * connection, with a writer of rollup rows into it, so the rows are stored there while this
   * thread makes the next ones; commits when `fn` resolves, rolls back when it throws.
   */
  readonly rollupTransaction?: <T>(fn: (rows: RollupRowWriter) => Promise<T>) => Promise<T>;
  /** Waits for nothing more: call once every write has settled (again: does nothing). */
  close(): Promise<void>;
}

type Reply = { id: number; skipped?: number[]; error?: string; closed?: boolean };
type Message =
  | { rows: unknown[]; width: number }
  | { op: 'begin' | 'commit' | 'rollback' }
  | { write: { full: string; perStatement: number; tail: string | null; values: unknown[]; rows: number } }
  | { close: true };

/**
 * A writer on a worker thread with a connection of its own to the SQLite file (see
 * sqlite-insert-worker.mjs), so the importing thread reads the next batch meanwhile. Each batch
 * is one transaction of the worker's connection, as it was on the main one.
 */
class SqliteWorkerWriter implements InteractionWriter {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failure: Error | null = null;
  private closed = false;

  constructor(file: string) {
    this.worker = new Worker(new URL('../sqlite-insert-worker.mjs', import.meta.url), {
      workerData: {
        file,
        insertOne: SQLITE_INSERT,
        insertMany: sqliteInsertText(ROWS_PER_STATEMENT),
        rowsPerStatement: ROWS_PER_STATEMENT,
        idPosition: ROW_ID_POSITION,
        workspacePosition: ROW_WORKSPACE_POSITION,
        importPosition: ROW_IMPORT_POSITION,
        pragmas: SQLITE_PRAGMAS,
      },
    });
    this.worker.on('message', (reply: Reply) => {
      const p = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.error !== undefined) p?.reject(new Error(reply.error));
      else p?.resolve(reply);
    });
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => {
      if (this.pending.size > 0) this.fail(new Error(`the SQLite writer thread stopped (exit code ${code})`));
    });
  }

  private fail(err: Error): void {
    this.failure = err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  private send(message: Message): Promise<Reply> {
    if (this.failure) return Promise.reject(this.failure);
    const id = ++this.nextId;
    return new Promise<Reply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...message });
    });
  }

  async write(rows: readonly InteractionTable[], onInserted?: OnInserted): Promise<number> {
    if (rows.length === 0) return 0;
    // the values of every row in one array: one object to clone for the thread, not one a row
    const values: unknown[] = [];
    for (const row of rows) for (const v of rowValues(row)) values.push(v);
    const { skipped = [] } = await this.send({ rows: values, width: ROW_COLUMN_NAMES.length });
    if (onInserted) {
      let s = 0;
      for (let k = 0; k < rows.length; k++) {
        if (skipped[s] === k) s++;
        else onInserted(rows[k] as InteractionTable);
      }
    }
    return rows.length - skipped.length;
  }

  readonly rollupTransaction = async <T>(fn: (rows: RollupRowWriter) => Promise<T>): Promise<T> => {
    await this.send({ op: 'begin' });
    try {
      const result = await fn({ write: (textFor, rows) => this.writeRollupRows(textFor, rows) });
      await this.send({ op: 'commit' });
      return result;
    } catch (err) {
      await this.send({ op: 'rollback' }).catch(() => undefined);
      throw err;
    }
  };

  /** Sends the rows ROLLUP_ROWS_PER_MESSAGE at a time, two messages at most awaiting the thread. */
  private async writeRollupRows(
    textFor: (rows: number) => string,
    rows: Iterable<readonly (string | number)[]>,
  ): Promise<void> {
    const full = textFor(ROWS_PER_STATEMENT);
    const inFlight: Promise<Reply>[] = [];
    let values: (string | number)[] = [];
    let n = 0;
    const send = async (): Promise<void> => {
      while (inFlight.length >= 2) await inFlight.shift();
      const rest = n % ROWS_PER_STATEMENT;
      const p = this.send({
        write: {
          full,
          perStatement: ROWS_PER_STATEMENT,
          tail: rest > 0 ? textFor(rest) : null,
          values,
          rows: n,
        },
      });
      p.catch(() => undefined); // awaited below
      inFlight.push(p);
      values = [];
      n = 0;
    };
    for (const row of rows) {
      for (const v of row) values.push(v);
      if (++n === ROLLUP_ROWS_PER_MESSAGE) await send();
    }
    if (n > 0) await send();
    while (inFlight.length > 0) await inFlight.shift();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (!this.failure) await this.send({ close: true }).catch(() => undefined);
    await this.worker.terminate();
  }
}

/**
 * PostgreSQL: each batch is sent by COPY, twice as fast for the server as an INSERT, as long as
 * none of its ids is stored yet. COPY cannot skip a stored row: the first batch that meets one
 * (a unique violation, which stores nothing of that batch) and every later one go through
 * {@link insertInteractions}' `INSERT … ON CONFLICT DO NOTHING` instead (a re-import, an overlap).
 */
class PgCopyWriter implements InteractionWriter {
  private copying = true;

  constructor(
    private readonly conn: Db,
    private readonly pool: pg.Pool,
  ) {}

  async write(rows: readonly InteractionTable[], onInserted?: OnInserted): Promise<number> {
    if (rows.length === 0) return 0;
    if (this.copying) {
      const text = copyText(rows.map(rowValues));
      const client = await this.pool.connect();
      try {
        await copyInto(client, 'interaction', ROW_COLUMN_NAMES, text);
        if (onInserted) for (const row of rows) onInserted(row);
        return rows.length;
      } catch (err) {
        if ((err as { code?: string }).code !== UNIQUE_VIOLATION) throw err;
        this.copying = false;
      } finally {
        client.release();
      }
    }
    return insertInteractions(this.conn, rows, onInserted);
  }

  async close(): Promise<void> {}
}
const UNIQUE_VIOLATION = '23505';

/**
 * The writer of a bulk import: on a SQLite file, a worker thread; on PostgreSQL, COPY while no
 * row is stored yet; otherwise (an in-memory SQLite) {@link insertInteractions}.
 */
export function openInteractionWriter(conn: Db): InteractionWriter {
  const sqlite = conn.sqlite;
  if (sqlite && !sqlite.memory && sqlite.name !== '' && sqlite.name !== ':memory:') {
    return new SqliteWorkerWriter(sqlite.name);
  }
  if (conn.pgPool) return new PgCopyWriter(conn, conn.pgPool);
  return {
    write: (rows, onInserted) => insertInteractions(conn, rows, onInserted),
    close: async () => undefined,
  };
}
