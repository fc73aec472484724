import type { Writable } from 'node:stream';

/** Bytes gathered before a write: fewer, larger writes than one per row. */
const PIECE = 1 << 16;

/**
 * Writes pieces of text to `out` (stdout), gathered into 64 kB writes and waiting when the
 * stream asks to (a pipe to a slow reader), so a large output never sits whole in memory. A
 * reader that stops early (`vigie kpi … | head`) ends the writing quietly, as Unix tools do;
 * any other write error is thrown.
 */
export async function writeAll(out: Writable, pieces: Iterable<string>): Promise<void> {
  let failure: NodeJS.ErrnoException | null = null;
  let wake: (() => void) | null = null;
  const onError = (err: NodeJS.ErrnoException): void => {
    failure = err;
    wake?.();
  };
  const onDrain = (): void => wake?.();
  out.on('error', onError);
  out.on('drain', onDrain);
  const write = async (text: string): Promise<void> => {
    if (out.write(text) || failure !== null) return;
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
    wake = null;
  };
  try {
    let pending = '';
    for (const piece of pieces) {
      pending += piece;
      if (pending.length >= PIECE) {
        await write(pending);
        pending = '';
      }
      if (failure !== null) break;
    }
    if (pending !== '' && failure === null) await write(pending);
  } finally {
    out.off('drain', onDrain);
    // later errors of a closed pipe (flushing what was buffered) are not the user's concern
    if (failure === null) out.off('error', onError);
  }
  const err = failure as NodeJS.ErrnoException | null;
  if (err !== null && err.code !== 'EPIPE') throw err;
}
