/**
 * Growable typed-array storage for the rollup sums an import keeps in memory
 * (rollup-accumulator.ts): no object per group or per contact, so millions of each cost
 * little memory and no garbage collection.
 */

/** Counts per group, in chunks of typed arrays (a million groups without one huge reallocation). */
export class GroupCounts {
  private static readonly CHUNK_BITS = 14;
  private readonly chunks: Float64Array[] = [];
  private readonly index = new Map<number, number>();
  /** the numeric key of each group, in creation order */
  readonly keys: number[] = [];

  constructor(readonly width: number) {}

  get size(): number {
    return this.keys.length;
  }

  /** The group of `key`, created (all zero) when new. */
  group(key: number): number {
    const g = this.index.get(key);
    if (g !== undefined) return g;
    const created = this.create(key);
    this.index.set(key, created);
    return created;
  }

  /** A new group (all zero) of `key`, which the caller indexes itself. */
  create(key: number): number {
    const g = this.keys.length;
    this.keys.push(key);
    if (g >>> GroupCounts.CHUNK_BITS >= this.chunks.length)
      this.chunks.push(new Float64Array(this.width << GroupCounts.CHUNK_BITS));
    return g;
  }

  /** The chunk holding group `g`; its values start at {@link offset}. */
  chunk(g: number): Float64Array {
    return this.chunks[g >>> GroupCounts.CHUNK_BITS] as Float64Array;
  }

  offset(g: number): number {
    return (g & ((1 << GroupCounts.CHUNK_BITS) - 1)) * this.width;
  }
}

/** A growable table of group numbers + 1 (0: none yet), indexed by a dense slot number. */
export class Slots {
  private table: Int32Array;

  constructor(size: number) {
    this.table = new Int32Array(size);
  }

  get(slot: number): number {
    return slot < this.table.length ? (this.table[slot] as number) - 1 : -1;
  }

  set(slot: number, group: number): void {
    if (slot >= this.table.length) {
      let n = this.table.length * 2;
      while (n <= slot) n *= 2;
      const grown = new Int32Array(n);
      grown.set(this.table);
      this.table = grown;
    }
    this.table[slot] = group + 1;
  }
}

/** Growable typed arrays for the contacts FCR judges. */
export class Contacts {
  length = 0;
  customer = new Int32Array(1024);
  epoch = new Float64Array(1024);
  /** bit 0: counts as offered (a repeat); bit 1: answered (judged) */
  flags = new Uint8Array(1024);
  interval = new Int32Array(1024);
  day = new Int32Array(1024);
  agent = new Int32Array(1024);

  push(customer: number, epoch: number, flags: number, interval: number, day: number, agent: number): void {
    if (this.length === this.customer.length) this.grow();
    const k = this.length++;
    this.customer[k] = customer;
    this.epoch[k] = epoch;
    this.flags[k] = flags;
    this.interval[k] = interval;
    this.day[k] = day;
    this.agent[k] = agent;
  }

  private grow(): void {
    const n = this.customer.length * 2;
    const grown = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.customer = grown(this.customer, (m) => new Int32Array(m));
    this.epoch = grown(this.epoch, (m) => new Float64Array(m));
    this.flags = grown(this.flags, (m) => new Uint8Array(m));
    this.interval = grown(this.interval, (m) => new Int32Array(m));
    this.day = grown(this.day, (m) => new Int32Array(m));
    this.agent = grown(this.agent, (m) => new Int32Array(m));
  }
}

/**
 * The positions of `tuples` (small integers ≥ 0, as many per tuple) in the order of the tuples.
 * When the tuples fit in one number (53 bits, as rank tuples do), each is packed into one and
 * the sort compares numbers: sorting a million rollup groups by comparing arrays took seconds.
 */
export function orderByTuples(tuples: readonly (readonly number[])[]): number[] {
  const order = tuples.map((_, k) => k);
  const width = tuples[0]?.length ?? 0;
  const bits: number[] = new Array(width).fill(0);
  for (const t of tuples)
    for (let k = 0; k < width; k++)
      bits[k] = Math.max(bits[k] as number, Math.ceil(Math.log2((t[k] as number) + 1)));
  if (bits.reduce((a, b) => a + b, 0) <= 53) {
    const packed = new Float64Array(tuples.length);
    tuples.forEach((t, i) => {
      let v = 0;
      for (let k = 0; k < width; k++) v = v * 2 ** (bits[k] as number) + (t[k] as number);
      packed[i] = v;
    });
    return order.sort((a, b) => (packed[a] as number) - (packed[b] as number));
  }
  return order.sort((a, b) => {
    const x = tuples[a] as readonly number[];
    const y = tuples[b] as readonly number[];
    for (let k = 0; k < width; k++) if (x[k] !== y[k]) return (x[k] as number) - (y[k] as number);
    return 0;
  });
}
