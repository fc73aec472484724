import {
  ByteKeyMap,
  hashBytes,
  type Interaction,
  KeyEncoder,
  localEpochOf,
  ORDER_TOLERANCE_SECONDS,
  UnorderedInputError,
} from '@vigie/core';

/**
 * The ids already accepted from a file, to reject a second row with the same id, naming the
 * line of the first. By default every id is kept (one entry per row). With `recentOnly`
 * (time-ordered input, `vigie kpi`), ids are kept in generations of a day by their contact's
 * time and a generation two behind the latest is forgotten, so memory stays flat on long
 * files. A true duplicate carries the same time as its original, so it is still caught, or it
 * comes more than a day behind the latest contact and {@link UnorderedInputError} is thrown (the
 * caller reads again keeping every id). What this mode misses is an id reused for another
 * contact more than a day later.
 *
 * Ids are held as their UTF-8 bytes in {@link ByteKeyMap}s (id → line), not as strings in a Map: a
 * fresh string per row looked up in a map of hundreds of thousands was the check's cost, and a
 * reader of a file's bytes can then check an id without making it a string
 * ({@link firstLineOfKey}); a string id ({@link firstLineOf}) is encoded to the same bytes.
 */
export class SeenIds {
  private current = new ByteKeyMap();
  private previous = new ByteKeyMap();
  private generation = Number.NEGATIVE_INFINITY;
  private latest = Number.NEGATIVE_INFINITY;
  /** ids of contacts before this instant may have been forgotten */
  private orderedFrom = Number.NEGATIVE_INFINITY;
  private readonly encoder = new KeyEncoder();

  constructor(private readonly recentOnly = false) {}

  /** The line of an earlier contact with the same id; else remembers this one and returns undefined. */
  firstLineOf(i: Interaction, line: number): number | undefined {
    const encoder = this.encoder;
    const n = encoder.encode(i.id);
    const bytes = encoder.bytes;
    // the instant matters only to forget old ids
    const t = this.recentOnly ? localEpochOf(i.offeredAt) : 0;
    return this.firstLineOfKey(bytes, 0, n, hashBytes(bytes, 0, n), t, line, i.id);
  }

  /**
   * {@link firstLineOf} for an id given as the UTF-8 bytes `key[start, end)` with their
   * {@link hashBytes}, of a contact offered at local epoch second `offeredAt`; `id` (or a
   * function giving it, called only then) names the contact in an {@link UnorderedInputError}.
   */
  firstLineOfKey(
    key: Uint8Array,
    start: number,
    end: number,
    hash: number,
    offeredAt: number,
    line: number,
    id: string | (() => string),
  ): number | undefined {
    const found = this.current.find(key, start, end, hash);
    if (found >= 0) return this.current.valueAt(found);
    const old = this.previous.find(key, start, end, hash);
    if (old >= 0) return this.previous.valueAt(old);
    if (this.recentOnly) this.advance(offeredAt, id);
    this.current.add(key, start, end, hash, line);
    return undefined;
  }

  private advance(t: number, id: string | (() => string)): void {
    if (!(t > this.latest)) {
      if (t < this.orderedFrom)
        throw new UnorderedInputError(typeof id === 'string' ? id : id(), this.latest - t);
      return; // also a bad instant (NaN), the profile's or the engine's to report
    }
    this.latest = t;
    const generation = Math.floor(t / ORDER_TOLERANCE_SECONDS);
    if (generation <= this.generation) return;
    // maps are swapped and cleared rather than made anew: they keep their grown arrays
    const spare = this.previous;
    if (generation !== this.generation + 1) this.current.clear();
    this.previous = this.current;
    spare.clear();
    this.current = spare;
    this.generation = generation;
    this.orderedFrom = (generation - 1) * ORDER_TOLERANCE_SECONDS;
  }
}
