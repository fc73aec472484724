/**
 * Hash tables keyed by byte strings (contact ids, customer ids, field values), held in typed
 * arrays. On files of millions of rows, a JavaScript string per id and a Map entry per string
 * were most of the cost of the duplicate-id check and of FCR (allocation, hashing a fresh
 * string, garbage collection): here a key is a byte range copied into one arena, and a row read
 * from a file's bytes looks its id up without ever becoming a string.
 */

/**
 * Hash of `bytes[start, end)`: FNV-1a, then a MurmurHash3 finaliser. FNV's multiply carries a
 * byte's effect upward only, and the tables index by the low bits: without the finaliser, ids
 * that differ in their last characters (`C-1041`, `C-1042`) would crowd neighbouring slots.
 */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ (bytes[k] as number), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const MIN_CAPACITY = 16;
/** Int32s per slot: hash, key offset in the arena, key length + 1 (0: empty slot), value */
const SLOT = 4;

/**
 * A map from byte strings to whole numbers (>= -1). Open addressing with linear probing, kept at
 * most three quarters full (four slots share a cache line: a probe rarely reads a second one;
 * fuller, the map is smaller, which matters more once it no longer fits in the processor's
 * caches). A slot holds the key's hash, where its bytes lie in an arena, and the value,
 * side by side: finding a key reads one slot and, when the hashes are equal, its bytes; a
 * key's value is in the slot found (a separate array indexed by an entry number would cost one
 * more cache miss per lookup, and these lookups are most of the work of the duplicate check and
 * FCR on files of millions of rows). A small bit array in front answers most lookups of absent
 * keys without reading the slots (see `filter`).
 *
 * Lookups give a slot number, valid until the next {@link add} or {@link clear}. Keys are never
 * removed one by one: {@link clear} empties the map but keeps its arrays, so a map reused
 * generation after generation stops allocating once it has grown to the busiest one.
 */
export class ByteKeyMap {
  private slots: Int32Array;
  private mask: number;
  /**
   * Eight bits per slot, one set for the hash of every key (by other bits of the hash than the
   * slot's). A key whose bit is clear is absent: most lookups of the duplicate check and of FCR
   * are of keys not in the map, and this array is a sixteenth of the slots' size, so it mostly
   * stays in the processor's cache where the slots do not.
   */
  private filter: Int32Array;
  private filterShift: number;
  private arena: Uint8Array;
  private arenaUsed = 0;
  /** number of keys */
  size = 0;

  constructor(expectedKeys = 0) {
    let capacity = MIN_CAPACITY;
    while (capacity < expectedKeys * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * SLOT);
    this.mask = capacity - 1;
    this.filter = new Int32Array(capacity / 4);
    this.filterShift = 32 - Math.log2(capacity * 8);
    this.arena = new Uint8Array(capacity * 8);
  }

  /** Number of slots: {@link find} and {@link add} return slots below it. */
  get capacity(): number {
    return this.mask + 1;
  }

  /** The slot of `bytes[start, end)` (whose {@link hashBytes} is `hash`), or -1. */
  find(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const bit = Math.imul(hash, 0x9e3779b1) >>> this.filterShift;
    if (((this.filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return -1;
    const slots = this.slots;
    const mask = this.mask;
    const length = end - start;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const at = i * SLOT;
      const stored = slots[at + 2] as number;
      if (stored === 0) return -1;
      if (
        slots[at] === hash &&
        stored === length + 1 &&
        this.sameBytes((slots[at + 1] as number) >>> 0, bytes, start, length)
      )
        return i;
    }
  }

  /**
   * Adds `bytes[start, end)` with `value`; the key must not be in the map yet. Returns its slot
   * (slots found before are no longer valid: the map may have grown).
   */
  add(bytes: Uint8Array, start: number, end: number, hash: number, value: number): number {
    if ((this.size + 1) * 4 > (this.mask + 1) * 3) this.grow();
    const offset = this.arenaUsed;
    const length = end - start;
    if (offset + length > this.arena.length) this.growArena(offset + length);
    const arena = this.arena;
    // keys are short: a loop beats making a subarray view for `set`
    for (let k = 0; k < length; k++) arena[offset + k] = bytes[start + k] as number;
    this.arenaUsed = offset + length;
    this.size++;
    return this.place(hash, offset, length, value);
  }

  /** Adds the key of `other`'s slot `slot` (absent from this map) with `value`; returns its slot here. */
  addFrom(other: ByteKeyMap, slot: number, value: number): number {
    const at = slot * SLOT;
    const from = (other.slots[at + 1] as number) >>> 0;
    return this.add(
      other.arena,
      from,
      from + (other.slots[at + 2] as number) - 1,
      other.slots[at] as number,
      value,
    );
  }

  /** Whether a slot holds a key. */
  used(slot: number): boolean {
    return this.slots[slot * SLOT + 2] !== 0;
  }

  valueAt(slot: number): number {
    return this.slots[slot * SLOT + 3] as number;
  }

  setValueAt(slot: number, value: number): void {
    this.slots[slot * SLOT + 3] = value;
  }

  /** The bytes of a slot's key (a view into the arena, valid until the next add or clear). */
  keyAt(slot: number): Uint8Array {
    const from = (this.slots[slot * SLOT + 1] as number) >>> 0;
    return this.arena.subarray(from, from + (this.slots[slot * SLOT + 2] as number) - 1);
  }

  /** Forgets every key; the arrays stay allocated for the next use. */
  clear(): void {
    if (this.size === 0) return;
    this.slots.fill(0);
    this.filter.fill(0);
    this.size = 0;
    this.arenaUsed = 0;
  }

  /** Writes a key's slot; returns it. */
  private place(hash: number, offset: number, length: number, value: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let i = hash & mask;
    while (slots[i * SLOT + 2] !== 0) i = (i + 1) & mask;
    const at = i * SLOT;
    slots[at] = hash;
    slots[at + 1] = offset;
    slots[at + 2] = length + 1;
    slots[at + 3] = value;
    const bit = Math.imul(hash, 0x9e3779b1) >>> this.filterShift;
    this.filter[bit >>> 5] = (this.filter[bit >>> 5] as number) | (1 << (bit & 31));
    return i;
  }

  private sameBytes(from: number, bytes: Uint8Array, start: number, length: number): boolean {
    const arena = this.arena;
    for (let k = 0; k < length; k++) {
      if (arena[from + k] !== bytes[start + k]) return false;
    }
    return true;
  }

  private grow(): void {
    const old = this.slots;
    const capacity = (this.mask + 1) * 2;
    this.slots = new Int32Array(capacity * SLOT);
    this.mask = capacity - 1;
    this.filter = new Int32Array(capacity / 4);
    this.filterShift = 32 - Math.log2(capacity * 8);
    for (let at = 0; at < old.length; at += SLOT) {
      const stored = old[at + 2] as number;
      if (stored !== 0) {
        this.place(old[at] as number, old[at + 1] as number, stored - 1, old[at + 3] as number);
      }
    }
  }

  private growArena(needed: number): void {
    let length = this.arena.length * 2;
    while (length < needed) length *= 2;
    const arena = new Uint8Array(length);
    arena.set(this.arena.subarray(0, this.arenaUsed));
    this.arena = arena;
  }
}

/**
 * Writes strings as bytes into one reused buffer, for looking up a string key (an id read by
 * a generic profile) in a {@link ByteKeyTable} holding keys read as bytes: UTF-8, so that a
 * string equals the bytes it was decoded from. A lone surrogate (possible in a JSON string,
 * never in decoded text) is written as its own three bytes (WTF-8) rather than replaced, so
 * two different strings never get the same bytes.
 */
export class KeyEncoder {
  bytes = new Uint8Array(64);
  /** length of the last key written */
  length = 0;

  /** Writes `s`; returns its byte length (the key is `bytes[0, length)`). */
  encode(s: string): number {
    if (this.bytes.length < s.length * 3) this.bytes = new Uint8Array(s.length * 3);
    const out = this.bytes;
    let n = 0;
    for (let k = 0; k < s.length; k++) {
      let c = s.charCodeAt(k);
      if (c < 0x80) {
        out[n++] = c;
        continue;
      }
      if (c < 0x800) {
        out[n++] = 0xc0 | (c >> 6);
        out[n++] = 0x80 | (c & 0x3f);
        continue;
      }
      if (c >= 0xd800 && c < 0xdc00 && k + 1 < s.length) {
        const low = s.charCodeAt(k + 1);
        if (low >= 0xdc00 && low < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          k++;
          out[n++] = 0xf0 | (c >> 18);
          out[n++] = 0x80 | ((c >> 12) & 0x3f);
          out[n++] = 0x80 | ((c >> 6) & 0x3f);
          out[n++] = 0x80 | (c & 0x3f);
          continue;
        }
      }
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
    this.length = n;
    return n;
  }
}
