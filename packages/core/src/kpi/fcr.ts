import { ByteKeyMap, hashBytes, KeyEncoder } from './byte-key-map.ts';

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

/** Up to this many contacts, a customer's are judged pair by pair; beyond, by sorting them. */
const FEW = 32;

/** How far behind the latest contact a contact may come in time-ordered mode. */
export const ORDER_TOLERANCE_SECONDS = 86400;

/**
 * The customers last seen in one span of time, and their contacts. Customers are byte keys in a
 * {@link ByteKeyMap} whose value is the customer's newest contact, -1 once moved to a newer
 * generation; contacts live in typed arrays (a linked list per customer, newest first), kept
 * from one generation to the next: on files of millions of rows, a string and a map entry per
 * customer, an object per contact, arrays grown anew each generation and their garbage
 * collection were the FCR's cost.
 */
class Generation {
  readonly customers = new ByteKeyMap();
  /**
   * The contacts, 16 bytes each in one buffer: offered instant (a float64 at [2c] of `times`),
   * group to credit (-1: only a possible repeat) and the customer's older contact (int32s at
   * [4c + 2] and [4c + 3] of `fields`). Walking a customer's contacts (to judge or move them)
   * then touches one place per contact, not three arrays.
   */
  times = new Float64Array(2048);
  fields = new Int32Array(this.times.buffer);
  /** number of contacts */
  contacts = 0;

  /** Appends a contact to the customer of `slot` (of {@link customers}). */
  push(slot: number, at: number, group: number): void {
    const c = this.contacts;
    if (2 * c === this.times.length) this.growContacts();
    this.times[2 * c] = at;
    this.fields[4 * c + 2] = group;
    this.fields[4 * c + 3] = this.customers.valueAt(slot);
    this.customers.setValueAt(slot, c);
    this.contacts = c + 1;
  }

  timeOf(c: number): number {
    return this.times[2 * c] as number;
  }

  groupOf(c: number): number {
    return this.fields[4 * c + 2] as number;
  }

  olderThan(c: number): number {
    return this.fields[4 * c + 3] as number;
  }

  /** Forgets everything, keeping the arrays for the next generation. */
  clear(): Generation {
    this.customers.clear();
    this.contacts = 0;
    return this;
  }

  private growContacts(): void {
    const times = new Float64Array(this.times.length * 2);
    times.set(this.times);
    this.times = times;
    this.fields = new Int32Array(times.buffer);
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
 * generation (with those of their contacts that may still change a verdict, see `move`), and a
 * generation two behind the current one is judged and forgotten, so memory holds only the
 * customers of the last two or three generations and their last weeks, however long the file. The
 * result is the same as long as no contact comes more than the tolerance behind the latest
 * one, which `add` checks (it throws {@link UnorderedInputError} rather than give another
 * figure).
 *
 * Customers are compared as the UTF-8 bytes of their id: {@link add} takes a string,
 * {@link addKey} the bytes as a file holds them; both meet in the same map.
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
  private readonly encoder = new KeyEncoder();

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
    const encoder = this.encoder;
    const n = encoder.encode(customerId);
    this.addKey(encoder.bytes, 0, n, hashBytes(encoder.bytes, 0, n), epochSeconds, groupIndex, contactId);
  }

  /**
   * {@link add} for a customer id given as the UTF-8 bytes `key[start, end)` with their
   * {@link hashBytes}; `contactId` (or a function giving it, called only then) names the contact
   * in an {@link UnorderedInputError}.
   */
  addKey(
    key: Uint8Array,
    start: number,
    end: number,
    hash: number,
    epochSeconds: number,
    groupIndex: number,
    contactId: string | (() => string),
  ): void {
    if (this.timeOrdered) this.advance(epochSeconds, contactId);
    const current = this.current;
    let slot = current.customers.find(key, start, end, hash);
    if (slot < 0) {
      const previous = this.previous;
      const old = previous.customers.find(key, start, end, hash);
      slot = current.customers.add(key, start, end, hash, -1);
      if (old >= 0) this.move(previous, old, current, slot);
    }
    current.push(slot, epochSeconds, groupIndex);
  }

  /**
   * A customer of `previous` seen again: their contacts move to the current generation. In
   * time-ordered mode, a contact at u with u + window <= orderedFrom is final: no contact still
   * to come (none before orderedFrom) can be its repeat, nor have it for a repeat. Such contacts
   * are judged now, against the customer's whole list (nothing of theirs is in `current` yet),
   * and left behind: a regular customer's list then holds their last weeks, not their history
   * since the start of the file, which the generations would otherwise copy forward again and
   * again. A long list (more than {@link FEW} contacts) is moved whole and judged later.
   */
  private move(previous: Generation, from: number, current: Generation, to: number): void {
    const head = previous.customers.valueAt(from);
    previous.customers.setValueAt(from, -1);
    const finalBefore = this.timeOrdered ? this.orderedFrom - this.windowSeconds : Number.NEGATIVE_INFINITY;
    let n = 0;
    for (let c = head; c >= 0 && n <= FEW; c = previous.olderThan(c)) n++;
    for (let c = head; c >= 0; c = previous.olderThan(c)) {
      const at = previous.timeOf(c);
      const group = previous.groupOf(c);
      if (at > finalBefore || n > FEW) current.push(to, at, group);
      else if (group >= 0) this.credit(group, this.repeated(previous, head, at));
    }
  }

  /** Judges every contact still held; call once, at the end of the stream. */
  resolve(): void {
    this.judgeAll(this.previous);
    this.judgeAll(this.current);
    this.previous.clear();
    this.current.clear();
  }

  /** Time-ordered mode: checks the order and rolls the generations forward. */
  private advance(at: number, contactId: string | (() => string)): void {
    if (at < this.orderedFrom) {
      throw new UnorderedInputError(
        typeof contactId === 'string' ? contactId : contactId(),
        this.latest - at,
      );
    }
    if (at <= this.latest) return;
    this.latest = at;
    const generation = Math.floor(at / this.generationSeconds);
    if (generation <= this.generation) return;
    // every customer of `previous` was last seen before the start of the generation ending now
    this.judgeAll(this.previous);
    const spare = this.previous;
    if (generation === this.generation + 1) this.previous = this.current;
    else {
      this.judgeAll(this.current);
      this.previous = this.current.clear();
    }
    this.current = spare.clear();
    this.generation = generation;
    // forgotten: contacts before (generation - 1) x G; a contact within the window of one of
    // them starts before that + window = generation x G - tolerance
    this.orderedFrom = (generation - 1) * this.generationSeconds + this.windowSeconds;
  }

  /** Judges the customers of a generation (those not moved to a newer one). */
  private judgeAll(g: Generation): void {
    const customers = g.customers;
    for (let slot = 0; slot < customers.capacity; slot++) {
      if (!customers.used(slot)) continue;
      const head = customers.valueAt(slot);
      if (head < 0) continue;
      let n = 0;
      for (let c = head; c >= 0 && n <= FEW; c = g.olderThan(c)) n++;
      if (n <= FEW) {
        for (let c = head; c >= 0; c = g.olderThan(c)) {
          const group = g.groupOf(c);
          if (group >= 0) this.credit(group, this.repeated(g, head, g.timeOf(c)));
        }
        continue;
      }
      const times = this.customerTimes;
      const groups = this.customerGroups;
      times.length = 0;
      groups.length = 0;
      for (let c = head; c >= 0; c = g.olderThan(c)) {
        times.push(g.timeOf(c));
        groups.push(g.groupOf(c));
      }
      this.judgeMany(times, groups);
    }
  }

  /**
   * A handled contact at t is repeated when another offered contact of the same customer (the
   * list starting at `head` in `g`) starts strictly after it and strictly before t + window.
   * Strictly after: a duplicate record at the same second must not make both copies
   * unresolved. A customer has a few contacts: comparing each pair beats sorting.
   */
  private repeated(g: Generation, head: number, t: number): boolean {
    const end = t + this.windowSeconds;
    for (let c = head; c >= 0; c = g.olderThan(c)) {
      const u = g.timeOf(c);
      if (u > t && u < end) return true;
    }
    return false;
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
