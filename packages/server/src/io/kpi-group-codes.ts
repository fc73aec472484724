import { ByteKeyMap, type GroupKey, hashBytes, type KpiEngine, TIME_BUCKET_KEYS } from '@vigie/core';

/**
 * Field values as small numbers: the same bytes get the same code, and the code gives back the
 * value (made once, by `decode`, on first sight). A row's grouping values then cost a hash and
 * a lookup, not a string. Code 0 is null (a column the file does not have).
 */
export class ByteInterner {
  private readonly codes = new ByteKeyMap(256);
  /** value by code */
  readonly values: (string | null)[] = [null];

  constructor(private readonly decode: (bytes: Uint8Array, start: number, end: number) => string | null) {}

  codeOf(bytes: Uint8Array, start: number, end: number): number {
    const hash = hashBytes(bytes, start, end);
    const slot = this.codes.find(bytes, start, end, hash);
    if (slot >= 0) return this.codes.valueAt(slot);
    const code = this.values.length;
    this.values.push(this.decode(bytes, start, end));
    this.codes.add(bytes, start, end, hash, code);
    return code;
  }
}

const isTimeBucket = (k: GroupKey): boolean => (TIME_BUCKET_KEYS as readonly string[]).includes(k);

/**
 * The engine's group of a row from codes: per `by` key, the interned value of a dimension or,
 * for the time bucket, the engine's bucket number. A cache in front of
 * {@link KpiEngine.groupOfValues}, which is asked (with the values the codes stand for) once per
 * new combination; the last combination is remembered apart (a time-ordered file grouped by
 * day hits it almost every row).
 */
export class KpiGroupCodes {
  /** the row's codes, by position in `by`: the reader writes the dimensions' */
  readonly codes: Int32Array;
  private readonly codeBytes: Uint8Array;
  private readonly last: Int32Array;
  private lastGroup = -1;
  private readonly groups = new ByteKeyMap(1024);
  private readonly bucketPosition: number;

  constructor(
    private readonly engine: KpiEngine,
    private readonly interner: ByteInterner,
  ) {
    const by = engine.by;
    this.codes = new Int32Array(by.length);
    this.codeBytes = new Uint8Array(this.codes.buffer);
    this.last = new Int32Array(by.length);
    this.bucketPosition = by.findIndex(isTimeBucket);
  }

  /** The group of the row whose dimension codes are in {@link codes}, offered at `epoch`. */
  groupOf(epoch: number): number {
    const codes = this.codes;
    if (this.bucketPosition >= 0) codes[this.bucketPosition] = this.engine.bucketNumber(epoch);
    const last = this.last;
    const n = codes.length;
    let same = this.lastGroup >= 0;
    for (let k = 0; k < n && same; k++) same = codes[k] === last[k];
    if (same) return this.lastGroup;
    const bytes = this.codeBytes;
    const hash = hashBytes(bytes, 0, bytes.length);
    const slot = this.groups.find(bytes, 0, bytes.length, hash);
    let group: number;
    if (slot >= 0) group = this.groups.valueAt(slot);
    else {
      group = this.engine.groupOfValues(this.valuesOf(epoch));
      this.groups.add(bytes, 0, bytes.length, hash, group);
    }
    last.set(codes);
    this.lastGroup = group;
    return group;
  }

  private valuesOf(epoch: number): (string | null)[] {
    const values: (string | null)[] = [];
    this.codes.forEach((code, k) => {
      values.push(
        k === this.bucketPosition ? this.engine.bucketLabel(epoch) : (this.interner.values[code] ?? null),
      );
    });
    return values;
  }
}
