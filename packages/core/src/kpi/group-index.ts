import { detachedString } from './detached-string.ts';
import { type GroupKey, TIME_BUCKET_KEYS, type TimeBucketKey, timeBucketLabel } from './group-keys.ts';
import type { Interaction } from './interaction.ts';
import { localTimestampOf } from './local-time.ts';

const isTimeBucket = (k: GroupKey): k is TimeBucketKey => (TIME_BUCKET_KEYS as readonly string[]).includes(k);

/** Seconds per bucket whose label is cached by bucket number; day, week and month go by day. */
const BUCKET_SECONDS: Readonly<Record<TimeBucketKey, number>> = {
  interval15: 900,
  interval30: 1800,
  hour: 3600,
  day: 86400,
  week: 86400,
  month: 86400,
};

type Node = Map<string | null, Node | number>;

/**
 * Numbers the groups of a KPI table: a contact's values for the `by` keys lead, one nested Map
 * per key, to its group's index. Nested maps rather than one map of joined keys: the contact's
 * strings are looked up as they are, without building a key string per contact. Time-bucket
 * labels are made once per bucket and reused.
 */
export class GroupIndex {
  /** the values of each group, by index, in the order of `by` */
  readonly values: (string | null)[][] = [];
  private readonly root: Node = new Map();
  private readonly bucketPosition: number;
  private readonly bucketSeconds: number;
  private readonly labels = new Map<number, string>();

  constructor(private readonly by: readonly GroupKey[]) {
    this.bucketPosition = by.findIndex(isTimeBucket);
    const bucket = by[this.bucketPosition];
    this.bucketSeconds = bucket !== undefined && isTimeBucket(bucket) ? BUCKET_SECONDS[bucket] : 0;
  }

  /**
   * The number of the span holding `epoch` whose label is cached: the bucket itself, or its day
   * for week and month. Two contacts with the same number share a label.
   */
  bucketNumber(epoch: number): number {
    return Math.floor(epoch / this.bucketSeconds);
  }

  /** The label of the time bucket holding `epoch` (local epoch seconds). */
  bucketLabel(epoch: number): string {
    const n = this.bucketNumber(epoch);
    let label = this.labels.get(n);
    if (label === undefined) {
      label = timeBucketLabel(
        this.by[this.bucketPosition] as TimeBucketKey,
        localTimestampOf(n * this.bucketSeconds),
      );
      this.labels.set(n, label);
    }
    return label;
  }

  /** The group of a contact offered at `epoch`; a new group is numbered on first sight. */
  indexOf(i: Interaction, epoch: number): number {
    const by = this.by;
    let node = this.root;
    const last = by.length - 1;
    for (let k = 0; k <= last; k++) {
      const key = by[k] as GroupKey;
      const value = k === this.bucketPosition ? this.bucketLabel(epoch) : i[key as keyof Interaction];
      const next = node.get(value as string | null);
      if (next === undefined) return this.create(this.valuesOf(i, epoch));
      if (k === last) return next as number;
      node = next as Node;
    }
    // no key: one group
    return this.values.length === 0 ? this.create([]) : 0;
  }

  /** The group of explicit values (in the order of `by`), created on first sight. */
  indexOfValues(values: readonly (string | null)[]): number {
    let node = this.root;
    for (let k = 0; k < values.length; k++) {
      const next = node.get(values[k] ?? null);
      if (next === undefined) return this.create(values);
      if (k === values.length - 1) return next as number;
      node = next as Node;
    }
    return this.values.length === 0 ? this.create([]) : 0;
  }

  private valuesOf(i: Interaction, epoch: number): (string | null)[] {
    return this.by.map((key, k) =>
      k === this.bucketPosition ? this.bucketLabel(epoch) : (i[key as keyof Interaction] as string | null),
    );
  }

  private create(values: readonly (string | null)[]): number {
    const own = values.map((v) => (v === null ? null : detachedString(v)));
    const g = this.values.length;
    this.values.push(own);
    let node = this.root;
    own.forEach((value, k) => {
      if (k === own.length - 1) {
        node.set(value, g);
        return;
      }
      let next = node.get(value) as Node | undefined;
      if (next === undefined) {
        next = new Map();
        node.set(value, next);
      }
      node = next;
    });
    return g;
  }
}
