import { detachedString } from './detached-string.ts';

/**
 * Thrown by a tracker in time-ordered mode when a contact comes too far behind the latest one
 * seen: contacts it could be compared with may already have been judged and forgotten. The
 * caller can compute again without that mode (everything kept until the end).
 */
export class UnorderedInputError extends Error {
  constructor(
    readonly contactId: string,
    readonly lagSeconds: number,
  ) {
    super(
      `Contact ${contactId} comes ${lagSeconds} s before the latest contact already read: the input is not in time order.`,
    );
    this.name = 'UnorderedInputError';
  }
}

/** How far behind the latest contact a contact may come in time-ordered mode. */
export const ORDER_TOLERANCE_SECONDS = 86400;

/**
 * The customers last seen in one span of time, and their contacts. Contacts live in plain number
 * arrays (a linked list per customer, newest first), so a contact costs no object allocation:
 * on files of millions of rows, allocations and their garbage collection were the FCR's cost.
 */
class Generation {
  /** customer id → slot */
  readonly slots = new Map<string, number>();
  /** per slot: index of the customer's newest contact, -1 once moved to a newer generation */
  readonly newest: number[] = [];
  /** per contact: offered instant, group to credit (-1: only a possible repeat), older contact */
  readonly times: number[] = [];
  readonly groups: number[] = [];
  readonly older: number[] = [];

  /** Appends a contact to the customer of `slot`. */
  push(slot: number, at: number, group: number): void {
    this.times.push(at);
    this.groups.push(group);
    this.older.push(this.newest[slot] as number);
    this.newest[slot] = this.times.length - 1;
  }

  /** A slot for a customer new to this generation. */
  open(customerId: string): number {
    const slot = this.newest.length;
    this.newest.push(-1);
    this.slots.set(customerId, slot);
    return slot;
  }
}

/**
 * Repeat-contact detection for FCR. A repeat can fall in another group than the contact it
 * judges (next day, another vendor), so it cannot be decided inside one group's accumulator:
 * this tracker keeps, per customer, the times of their offered contacts (each a possible
 * repeat) and, for the handled ones, the index of the group to credit.
 *
 * Two modes. By default everything is kept and judged when the stream ends, so input order
 * does not matter; memory is O(contacts that carry a customer id). In time-ordered mode
 * (`timeOrdered`), customers are kept in generations of window + {@link
 * ORDER_TOLERANCE_SECONDS} by their latest contact; a customer seen again moves to the current
 * generation, and a generation two behind the current one is judged and forgotten, so memory
 * holds only the customers of the last two or three generations, however long the file. The
 * result is the same as long as no contact comes more than the tolerance behind the latest
 * one, which `add` checks (it throws {@link UnorderedInputError} rather than give another
 * figure).
 */
export class FcrTracker {
  private current = new Generation();
  private previous = new Generation();
  private readonly generationSeconds: number;
  private generation = Number.NEGATIVE_INFINITY;
  private latest = Number.NEGATIVE_INFINITY;
  /** a contact before this instant may have a forgotten contact within the window */
  private orderedFrom = Number.NEGATIVE_INFINITY;
  /** scratch arrays for judging one customer */
  private readonly customerTimes: number[] = [];
  private readonly customerGroups: number[] = [];

  /**
   * @param windowSeconds N days in seconds; the window is (t, t + N days), end excluded
   * @param credit receives, once per handled contact, its group and whether it was repeated
   */
  constructor(
    private readonly windowSeconds: number,
    private readonly credit: (groupIndex: number, repeated: boolean) => void,
    private readonly timeOrdered = false,
  ) {
    this.generationSeconds = windowSeconds + ORDER_TOLERANCE_SECONDS;
  }

  /**
   * Records an offered contact of a customer (a possible repeat of their earlier handled
   * contacts) and, when `groupIndex` is not -1, a handled contact to judge, crediting that group.
   */
  add(customerId: string, epochSeconds: number, groupIndex: number, contactId: string): void {
    if (this.timeOrdered) this.advance(epochSeconds, contactId);
    const current = this.current;
    let slot = current.slots.get(customerId);
    if (slot === undefined) {
      const previous = this.previous;
      const old = previous.slots.get(customerId);
      // kept across many rows: a copy, not a view into the text the id was cut from
      slot = current.open(detachedString(customerId));
      if (old !== undefined) {
        // seen again: the customer's contacts move to the current generation
        for (let c = previous.newest[old] as number; c >= 0; c = previous.older[c] as number) {
          current.push(slot, previous.times[c] as number, previous.groups[c] as number);
        }
        previous.newest[old] = -1;
      }
    }
    current.push(slot, epochSeconds, groupIndex);
  }

  /** Judges every contact still held; call once, at the end of the stream. */
  resolve(): void {
    this.judgeAll(this.previous);
    this.judgeAll(this.current);
    this.previous = new Generation();
    this.current = new Generation();
  }

  /** Time-ordered mode: checks the order and rolls the generations forward. */
  private advance(at: number, contactId: string): void {
    if (at < this.orderedFrom) throw new UnorderedInputError(contactId, this.latest - at);
    if (at <= this.latest) return;
    this.latest = at;
    const generation = Math.floor(at / this.generationSeconds);
    if (generation <= this.generation) return;
    // every customer of `previous` was last seen before the start of the generation ending now
    this.judgeAll(this.previous);
    if (generation === this.generation + 1) this.previous = this.current;
    else {
      this.judgeAll(this.current);
      this.previous = new Generation();
    }
    this.current = new Generation();
    this.generation = generation;
    // forgotten: contacts before (generation - 1) x G; a contact within the window of one of
    // them starts before that + window = generation x G - tolerance
    this.orderedFrom = (generation - 1) * this.generationSeconds + this.windowSeconds;
  }

  /** Judges the customers of a generation (those not moved to a newer one). */
  private judgeAll(g: Generation): void {
    const times = this.customerTimes;
    const groups = this.customerGroups;
    for (const head of g.newest) {
      if (head < 0) continue;
      times.length = 0;
      groups.length = 0;
      for (let c = head; c >= 0; c = g.older[c] as number) {
        times.push(g.times[c] as number);
        groups.push(g.groups[c] as number);
      }
      if (times.length > 32) this.judgeMany(times, groups);
      else this.judgeFew(times, groups);
    }
  }

  /**
   * A handled contact is repeated when another offered contact of the same customer starts
   * strictly after it and strictly before t + window. Strictly after: a duplicate record at
   * the same second must not make both copies unresolved. A customer has a few contacts:
   * comparing each pair beats sorting.
   */
  private judgeFew(times: readonly number[], groups: readonly number[]): void {
    const n = times.length;
    for (let k = 0; k < n; k++) {
      const group = groups[k] as number;
      if (group < 0) continue;
      const t = times[k] as number;
      const end = t + this.windowSeconds;
      let repeated = false;
      for (let j = 0; j < n && !repeated; j++) {
        const u = times[j] as number;
        repeated = u > t && u < end;
      }
      this.credit(group, repeated);
    }
  }

  /** Same as `judgeFew`, by binary search in the sorted instants (a customer with many contacts). */
  private judgeMany(times: readonly number[], groups: readonly number[]): void {
    const sorted = [...times].sort((a, b) => a - b);
    for (let k = 0; k < times.length; k++) {
      const group = groups[k] as number;
      if (group < 0) continue;
      const t = times[k] as number;
      const next = firstGreaterThan(sorted, t);
      this.credit(group, next !== undefined && next < t + this.windowSeconds);
    }
  }
}

/** Smallest value of sorted `xs` strictly greater than `t` (binary search). */
function firstGreaterThan(xs: readonly number[], t: number): number | undefined {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as number) <= t) lo = mid + 1;
    else hi = mid;
  }
  return xs[lo];
}
