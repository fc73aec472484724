/**
 * Repeat-contact detection for FCR. A repeat can fall in another group than the contact it
 * judges (next day, another vendor), so it cannot be decided inside one group's accumulator:
 * this tracker keeps, per customer, the times of their contacts that could be repeats and of
 * their handled contacts (with the index of the group to credit), then resolves everything once
 * the stream ends.
 *
 * Memory: O(contacts that carry a customer id) numbers, grouped by customer — the one KPI that
 * cannot be computed in O(1) per group, since a repeat may arrive arbitrarily later in an
 * unsorted stream. Input order does not matter.
 */
export class FcrTracker {
  private readonly byCustomer = new Map<string, { repeats: number[]; handled: number[] }>();

  /** @param windowSeconds N days in seconds; the window is (t, t + N days), end excluded */
  constructor(private readonly windowSeconds: number) {}

  private entry(customerId: string): { repeats: number[]; handled: number[] } {
    let e = this.byCustomer.get(customerId);
    if (!e) {
      e = { repeats: [], handled: [] };
      this.byCustomer.set(customerId, e);
    }
    return e;
  }

  /** Records a contact that counts as a repeat if it follows a handled one (an offered contact). */
  addRepeatCandidate(customerId: string, epochSeconds: number): void {
    this.entry(customerId).repeats.push(epochSeconds);
  }

  /** Records a handled contact to judge, crediting group `groupIndex`. */
  addHandled(customerId: string, epochSeconds: number, groupIndex: number): void {
    // Flat pairs rather than objects: half the memory for large files.
    this.entry(customerId).handled.push(epochSeconds, groupIndex);
  }

  /**
   * Calls `credit(groupIndex, repeated)` once per handled contact. A contact is repeated when
   * another candidate of the same customer starts strictly after it and strictly before
   * t + window. Strictly after: a duplicate record at the same second must not make both
   * copies unresolved.
   */
  resolve(credit: (groupIndex: number, repeated: boolean) => void): void {
    for (const { repeats, handled } of this.byCustomer.values()) {
      if (handled.length === 0) continue;
      repeats.sort((a, b) => a - b);
      for (let k = 0; k < handled.length; k += 2) {
        const t = handled[k] as number;
        const group = handled[k + 1] as number;
        const next = firstGreaterThan(repeats, t);
        credit(group, next !== undefined && next < t + this.windowSeconds);
      }
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
