/**
 * Live progress of the imports running in this process. Kept in memory rather than written
 * to the database at every batch: on SQLite a progress write would queue behind the import's
 * own writes, and a poll every 500 ms must answer at once.
 */
export interface LiveProgress {
  bytesRead: number;
  rowsRead: number;
  rowsValid: number;
  rowsImported: number;
  rowsDuplicate: number;
  rowsRejected: number;
  warnings: number;
  errors: number;
}

const live = new Map<string, LiveProgress>();

export function startProgress(importId: string): LiveProgress {
  const p: LiveProgress = {
    bytesRead: 0,
    rowsRead: 0,
    rowsValid: 0,
    rowsImported: 0,
    rowsDuplicate: 0,
    rowsRejected: 0,
    warnings: 0,
    errors: 0,
  };
  live.set(importId, p);
  return p;
}

export function liveProgress(importId: string): LiveProgress | undefined {
  return live.get(importId);
}

export function endProgress(importId: string): void {
  live.delete(importId);
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs imports one after another in this process: two imports rebuilding the rollups of the
 * same days at once would each see half of the other's rows.
 */
export function enqueueImport<T>(run: () => Promise<T>): Promise<T> {
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}
