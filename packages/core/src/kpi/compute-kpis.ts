import { GroupAccumulator } from './accumulator.ts';
import { type ContactClass, classifyContact, classifyInteraction, countsAsOffered } from './classify.ts';
import { describeKpis, type KpiDefinitions } from './definitions.ts';
import { FcrTracker } from './fcr.ts';
import { GroupIndex } from './group-index.ts';
import { compareGroupValues, type GroupKey, validateGroupKeys } from './group-keys.ts';
import type { Disposition, Interaction } from './interaction.ts';
import { localEpochOf, parseLocalTimestamp } from './local-time.ts';
import { type KpiMetrics, kpiMetrics } from './metrics.ts';
import { type KpiOptions, type KpiOptionsInput, parseKpiOptions } from './options.ts';
import type { AgentPresence } from './presence.ts';

/** A row: the group keys named as in `by` (e.g. `day: '2010-08-04'`), then the metrics. */
export type KpiRow = Partial<Record<GroupKey, string | null>> & KpiMetrics;

/** The output of `computeKpis`: the formulas in words and one row per group, sorted by keys. */
export interface KpiResult {
  definitions: KpiDefinitions;
  rows: KpiRow[];
}

/** How to compute: the group keys (at most one time bucket) and the contract options. */
export interface ComputeKpisParams {
  by?: readonly GroupKey[];
  options?: KpiOptionsInput;
  /** agents' logged-in time, for occupancy (left null without it) */
  presence?: Iterable<AgentPresence>;
}

const badSeconds = (v: number): boolean => !(v >= 0) || v === Number.POSITIVE_INFINITY;

function checkSeconds(i: Interaction): void {
  for (const field of ['waitSeconds', 'talkSeconds', 'holdSeconds', 'wrapUpSeconds'] as const) {
    const v = i[field];
    if (badSeconds(v))
      throw new Error(`Interaction ${i.id}: ${field} must be a finite number >= 0, got ${v}`);
  }
}

/** fcrGroupOf: the contact plays no part in FCR */
const NOT_FOR_FCR = -2;

/**
 * One contact as values, for {@link KpiEngine.addParsed}: what the engine reads of an
 * Interaction, without the strings. A reader fills one such object again for every row.
 */
export interface ParsedContact {
  /** from {@link KpiEngine.groupOfValues} */
  readonly group: number;
  /** offeredAt in local epoch seconds */
  readonly offeredAt: number;
  readonly disposition: Disposition;
  readonly offered: boolean;
  /** answeredAt is not null */
  readonly hasAnswerTime: boolean;
  readonly waitSeconds: number;
  readonly talkSeconds: number;
  readonly holdSeconds: number;
  readonly wrapUpSeconds: number;
  /** `outcomeFlags` of the outcomes */
  readonly outcomeFlags: number;
  /** the customer id as UTF-8 bytes `customerKey[customerStart, customerEnd)`; empty: none */
  readonly customerKey: Uint8Array;
  readonly customerStart: number;
  readonly customerEnd: number;
  /** `hashBytes` of the customer id */
  readonly customerHash: number;
  /** the contact's id, for an error message (called only then) */
  readonly contactId: () => string;
}

/** Options of the engine itself (not of the contract). */
export interface KpiEngineMode {
  /**
   * The contacts come in time order (up to a day late, see FcrTracker): FCR then judges and
   * forgets each customer once quiet for the window, so memory stays flat on long files. A
   * contact that breaks the order throws UnorderedInputError; compute again without the mode.
   */
  readonly timeOrdered?: boolean;
}

/**
 * The streaming engine behind `computeKpis` and `computeKpisAsync`: feed contacts one at a time
 * with `add`, then call `result` once. Exposed for callers that push rather than iterate.
 */
export class KpiEngine {
  readonly by: readonly GroupKey[];
  readonly options: KpiOptions;
  private readonly index: GroupIndex;
  private readonly groups: GroupAccumulator[] = [];
  private readonly fcr: FcrTracker;
  private done: KpiResult | null = null;
  /** rows were asked for: FCR is resolved, no more contacts */
  private finished = false;

  constructor(by: readonly GroupKey[] = [], options: KpiOptionsInput = {}, mode: KpiEngineMode = {}) {
    this.by = validateGroupKeys(by);
    this.options = parseKpiOptions(options);
    this.index = new GroupIndex(this.by);
    this.fcr = new FcrTracker(
      this.options.fcrWindowDays * 86400,
      (g, repeated) => {
        const acc = this.groups[g] as GroupAccumulator;
        acc.fcrEligible++;
        if (repeated) acc.fcrRepeated++;
      },
      mode.timeOrdered ?? false,
    );
  }

  private accumulator(g: number): GroupAccumulator {
    while (this.groups.length <= g) this.groups.push(new GroupAccumulator(this.options));
    return this.groups[g] as GroupAccumulator;
  }

  /** Adds one contact; throws on a malformed time or duration, naming the contact. */
  add(i: Interaction): void {
    if (this.finished) throw new Error('KpiEngine: add() after result()');
    if (
      badSeconds(i.waitSeconds) ||
      badSeconds(i.talkSeconds) ||
      badSeconds(i.holdSeconds) ||
      badSeconds(i.wrapUpSeconds)
    ) {
      checkSeconds(i);
    }
    let t = localEpochOf(i.offeredAt);
    if (Number.isNaN(t)) {
      parseLocalTimestamp(i.offeredAt, `Interaction ${i.id} offeredAt`); // throws, naming the contact
      t = 0;
    }
    const g = this.index.indexOf(i, t);
    const cls = classifyInteraction(i, this.options);
    this.accumulator(g).add(i, cls);
    const fcrGroup = this.fcrGroupOf(cls, g, i.customerId !== null);
    if (fcrGroup !== NOT_FOR_FCR) this.fcr.add(i.customerId as string, t, fcrGroup, i.id);
  }

  /**
   * Adds one contact given as values (see {@link ParsedContact}): what {@link add} does, for a
   * reader that parses a file's bytes itself and has no Interaction. The values must be valid
   * (times real, durations finite and >= 0): they are not checked again.
   */
  addParsed(c: ParsedContact): void {
    if (this.finished) throw new Error('KpiEngine: add() after result()');
    const g = c.group;
    const cls = classifyContact(c.disposition, c.offered, c.waitSeconds, c.hasAnswerTime, this.options);
    const hasCustomer = c.customerEnd > c.customerStart;
    this.accumulator(g).addClassified(
      cls,
      c.waitSeconds,
      c.talkSeconds,
      c.holdSeconds,
      c.wrapUpSeconds,
      c.outcomeFlags,
      hasCustomer,
    );
    const fcrGroup = this.fcrGroupOf(cls, g, hasCustomer);
    if (fcrGroup !== NOT_FOR_FCR) {
      this.fcr.addKey(
        c.customerKey,
        c.customerStart,
        c.customerEnd,
        c.customerHash,
        c.offeredAt,
        fcrGroup,
        c.contactId,
      );
    }
  }

  /**
   * What FCR makes of a contact: {@link NOT_FOR_FCR} when it plays no part (no customer, or not
   * offered), else the group to credit when judged (answered) or -1 (only a possible repeat).
   */
  private fcrGroupOf(cls: ContactClass, g: number, hasCustomer: boolean): number {
    if (!hasCustomer || !countsAsOffered(cls, this.options)) return NOT_FOR_FCR;
    return cls === 'answered' ? g : -1;
  }

  /**
   * The group of a contact whose `by` values are `values` (in the order of `by`, the time
   * bucket as {@link bucketLabel} gives it), numbered on first sight; for {@link addParsed}.
   */
  groupOfValues(values: readonly (string | null)[]): number {
    return this.index.indexOfValues(values);
  }

  /** See GroupIndex.bucketNumber: contacts with the same number share a time-bucket label. */
  bucketNumber(epoch: number): number {
    return this.index.bucketNumber(epoch);
  }

  /** The label of the time bucket of `by` holding `epoch` (local epoch seconds). */
  bucketLabel(epoch: number): string {
    return this.index.bucketLabel(epoch);
  }

  /**
   * Adds an agent's logged-in time to the group its record falls in (no channel: presence is
   * not per channel, so a table grouped by channel gets it under a null channel).
   */
  addPresence(p: AgentPresence): void {
    if (this.finished) throw new Error('KpiEngine: addPresence() after result()');
    if (!Number.isFinite(p.loggedInSeconds) || p.loggedInSeconds < 0) {
      throw new Error(`Presence of ${p.agent ?? 'an agent'} at ${p.start}: loggedInSeconds must be >= 0`);
    }
    parseLocalTimestamp(p.start, `Presence of ${p.agent ?? 'an agent'} start`);
    const start = localEpochOf(p.start);
    const values = this.by.map((key) =>
      key === 'channel'
        ? null
        : key in p
          ? (p[key as keyof AgentPresence] as string | null)
          : this.index.bucketLabel(start),
    );
    this.accumulator(this.index.indexOfValues(values)).loggedInSeconds += p.loggedInSeconds;
  }

  /** Resolves FCR over everything added and builds the rows; later calls return the same result. */
  result(): KpiResult {
    if (this.done) return this.done;
    const rows = [...this.rowsInOrder()];
    this.done = { definitions: this.definitions(), rows };
    return this.done;
  }

  /** The formulas in words, for the options and keys of this engine. */
  definitions(): KpiDefinitions {
    return describeKpis(this.by, this.options);
  }

  /**
   * Resolves FCR over everything added and yields the rows one at a time, sorted by keys: for a
   * table of millions of groups (agent x quarter-hour over months), which would not fit in one
   * array of rows or one string. Call once, instead of {@link result}.
   */
  *rowsInOrder(): Generator<KpiRow, void, undefined> {
    if (this.finished) throw new Error('KpiEngine: the rows were already produced');
    this.finished = true;
    this.fcr.resolve();
    const keys = this.index.values;
    const order = keys.map((_, k) => k);
    order.sort((a, b) => compareGroupValues(keys[a] ?? [], keys[b] ?? []));
    for (const k of order) yield this.row(keys[k] ?? [], this.accumulator(k));
  }

  /**
   * The keys, then the metrics, in that order. Properties are assigned one by one, rows of a
   * table then share one shape: spreading two objects into a literal took tens of microseconds a
   * row, most of the time of a table of a million groups.
   */
  private row(values: readonly (string | null)[], a: GroupAccumulator): KpiRow {
    const row: Partial<Record<GroupKey, string | null>> = {};
    const by = this.by;
    for (let k = 0; k < by.length; k++) row[by[k] as GroupKey] = values[k] ?? null;
    return Object.assign(row, kpiMetrics(a, this.options));
  }
}

/**
 * Computes the KPI table of `interactions` grouped by `by`. Synchronous for an iterable (array,
 * generator); for an async-only iterable (file stream) returns a Promise — see
 * {@link computeKpisAsync}. Both run the same {@link KpiEngine}.
 */
export function computeKpis(interactions: Iterable<Interaction>, params?: ComputeKpisParams): KpiResult;
export function computeKpis(
  interactions: AsyncIterable<Interaction>,
  params?: ComputeKpisParams,
): Promise<KpiResult>;
export function computeKpis(
  interactions: Iterable<Interaction> | AsyncIterable<Interaction>,
  params?: ComputeKpisParams,
): KpiResult | Promise<KpiResult>;
export function computeKpis(
  interactions: Iterable<Interaction> | AsyncIterable<Interaction>,
  params: ComputeKpisParams = {},
): KpiResult | Promise<KpiResult> {
  // Prefer the sync path whenever possible: it matches the first overload's return type.
  if (!(Symbol.iterator in interactions)) return computeKpisAsync(interactions, params);
  const engine = new KpiEngine(params.by, params.options);
  for (const i of interactions) engine.add(i);
  for (const p of params.presence ?? []) engine.addPresence(p);
  return engine.result();
}

/** Same as {@link computeKpis}, always async: consumes a (sync or async) stream one contact at a time. */
export async function computeKpisAsync(
  interactions: Iterable<Interaction> | AsyncIterable<Interaction>,
  params: ComputeKpisParams = {},
): Promise<KpiResult> {
  const engine = new KpiEngine(params.by, params.options);
  for await (const i of interactions) engine.add(i);
  for (const p of params.presence ?? []) engine.addPresence(p);
  return engine.result();
}
