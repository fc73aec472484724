import {
  detachedString,
  type Interaction,
  localEpochOf,
  ORDER_TOLERANCE_SECONDS,
  UnorderedInputError,
} from '@vigie/core';

/**
 * The ids already accepted from a file, to reject a second row with the same id, naming the
 * line of the first. By default every id is kept (one map entry per row). With `recentOnly`
 * (time-ordered input, `vigie kpi`), ids are kept in generations of a day by their contact's
 * time and a generation two behind the latest is forgotten, so memory stays flat on long
 * files. A true duplicate carries the same time as its original, so it is still caught, or it
 * comes more than a day behind the latest contact and {@link UnorderedInputError} is thrown (the
 * caller reads again keeping every id). What this mode misses is an id reused for another
 * contact more than a day later.
 */
export class SeenIds {
  private current = new Map<string, number>();
  private previous = new Map<string, number>();
  private generation = Number.NEGATIVE_INFINITY;
  private latest = Number.NEGATIVE_INFINITY;
  /** ids of contacts before this instant may have been forgotten */
  private orderedFrom = Number.NEGATIVE_INFINITY;

  constructor(private readonly recentOnly = false) {}

  /** The line of an earlier contact with the same id; else remembers this one and returns undefined. */
  firstLineOf(i: Interaction, line: number): number | undefined {
    const first = this.current.get(i.id) ?? this.previous.get(i.id);
    if (first !== undefined) return first;
    if (this.recentOnly) {
      this.advance(i);
      // forgotten within two days: a view into the text it was cut from costs little
      this.current.set(i.id, line);
    } else {
      // kept for the whole read: a copy, not a view into the megabyte of text it was cut from
      this.current.set(detachedString(i.id), line);
    }
    return undefined;
  }

  private advance(i: Interaction): void {
    const t = localEpochOf(i.offeredAt);
    if (!(t > this.latest)) {
      if (t < this.orderedFrom) throw new UnorderedInputError(i.id, this.latest - t);
      return; // also a bad instant (NaN), the profile's or the engine's to report
    }
    this.latest = t;
    const generation = Math.floor(t / ORDER_TOLERANCE_SECONDS);
    if (generation <= this.generation) return;
    this.previous = generation === this.generation + 1 ? this.current : new Map();
    this.current = new Map();
    this.generation = generation;
    this.orderedFrom = (generation - 1) * ORDER_TOLERANCE_SECONDS;
  }
}
