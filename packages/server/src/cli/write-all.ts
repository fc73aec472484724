import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Bytes gathered before a write: fewer, larger writes than one per row. */
const PIECE = 1 << 16;

/**
 * Writes pieces of text to `out` (stdout), gathered into 64 kB writes and waiting when the
 * stream asks to (a pipe to a slow reader), so a large output never sits whole in memory.
 */
export async function writeAll(out: Writable, pieces: Iterable<string>): Promise<void> {
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    if (pending.length >= PIECE) {
      if (!out.write(pending)) await once(out, 'drain');
      pending = '';
    }
  }
  if (pending !== '' && !out.write(pending)) await once(out, 'drain');
}
