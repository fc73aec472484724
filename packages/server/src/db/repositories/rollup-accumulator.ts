import { detachedString } from '@vigie/core';
import type { InteractionTable } from '../schema.ts';
import { HANDLE_BINS, ROLLUP_FIELDS, WAIT_BINS } from './interaction-store.ts';
import { Contacts, GroupCounts, orderByTuples, Slots } from './rollup-arrays.ts';

const F = ROLLUP_FIELDS.length;
const at = (name: (typeof ROLLUP_FIELDS)[number]): number => ROLLUP_FIELDS.indexOf(name);
const CONTACTS = at('contacts');
const OFFERED = at('offered');
const ANSWERED = at('answered');
const ABANDONED = at('abandoned');
const SHORT_ABANDONED = at('shortAbandoned');
const VRU_ONLY = at('vruOnly');
const PHANTOM = at('phantom');
const NOT_OFFERED = at('notOffered');
const WITHIN = at('answeredWithinThreshold');
const LATE = at('abandonedAfterThreshold');
const WAIT = at('totalAnswerWaitSeconds');
const HANDLED = at('handled');
const HANDLE = at('totalHandleSeconds');
const CONVERSIONS = at('conversions');
const RESOLVED = at('resolved');
const FCR_ELIGIBLE = at('fcrEligible');
const FCR_REPEATED = at('fcrRepeated');
const FCR_NO_CUSTOMER = at('fcrNoCustomer');
const CLASS_FIELD: Record<string, number> = {
  answered: ANSWERED,
  abandoned: ABANDONED,
  short_abandoned: SHORT_ABANDONED,
  vru_only: VRU_ONLY,
  phantom: PHANTOM,
  not_offered: NOT_OFFERED,
};

/** Key layout: dimension tuple, then day, then the group's own part (kept within 2^53). */
const DAY_SPAN = 1 << 20;
const MINUTE_SPAN = 128;
const BIN_SPAN = 32;

/** `a[i] += v` (indexes here are always in range). */
function bump(a: Float64Array | Int32Array, i: number, v: number): void {
  a[i] = (a[i] as number) + v;
}

function binOf(value: number, bins: readonly number[]): number {
  // CASE WHEN v < b1 THEN b0 WHEN v < b2 THEN b1 ... ELSE last (rebuildRollups' SQL)
  for (let k = 1; k < bins.length; k++) if (value < (bins[k] as number)) return k - 1;
  return bins.length - 1;
}

/** The key columns shared by every rollup row, from a dimension tuple and a day. */
function dimensionColumns(dim: readonly string[], day: string) {
  return {
    vendorId: dim[0] as string,
    siteId: dim[1] as string,
    activityId: dim[2] as string,
    channel: dim[3] as string,
    day,
  };
}

/** The columns of a contact that name its rollup rows. */
export interface RollupKeys {
  readonly vendorId: string;
  readonly siteId: string;
  readonly activityId: string;
  readonly channel: string;
  readonly agent: string;
  readonly day: string;
  /** minute of the day */
  readonly minute: number;
}

/** A rollup row to add: its key columns and its counts (in the order of `ROLLUP_FIELDS`). */
export interface RollupDelta {
  readonly vendorId: string;
  readonly siteId: string;
  readonly activityId: string;
  readonly channel: string;
  readonly day: string;
  /** interval rollup: first minute of the 15-minute interval */
  readonly minute?: number;
  /** agent-day rollup */
  readonly agent?: string;
  readonly counts: ArrayLike<number>;
}

export interface HistogramDelta {
  readonly vendorId: string;
  readonly siteId: string;
  readonly activityId: string;
  readonly channel: string;
  readonly day: string;
  readonly measure: 'wait' | 'handle';
  readonly bin: number;
  readonly count: number;
}

/**
 * What the contacts one import stored add to each rollup (per day, per 15-minute interval, per
 * agent and day, and the wait / handle histograms), summed in memory while the rows are
 * written, so the final phase adds a few hundred thousand rollup rows instead of grouping the
 * raw contacts again. The sums are those of `rebuildRollups` (a test compares both), except FCR
 * repeats: they depend on contacts that may be stored by other imports, so they are only added
 * by {@link resolveRepeats}, when the caller knows no other contact lies within reach, or from
 * the verdicts SQL found, by {@link addRepeats}.
 */
export class RollupAccumulator {
  private readonly dims: string[][] = [];
  /** vendor → site → activity → channel → index in `dims` */
  private readonly dimTree = new Map<string, Map<string, Map<string, Map<string, number>>>>();
  /** per dimension tuple: agent → index in `agents` */
  private readonly agentsOfDim: Map<string, number>[] = [];
  private readonly days: string[] = [];
  private readonly dayIndex = new Map<string, number>();
  private readonly agents: [number, string][] = [];
  private readonly customerIndex = new Map<string, number>();
  readonly dayGroups = new GroupCounts(F);
  readonly intervalGroups = new GroupCounts(F);
  readonly agentGroups = new GroupCounts(F);
  readonly histogram = new GroupCounts(1);
  private readonly contacts = new Contacts();
  /** interval group per day group and quarter of an hour */
  private readonly intervalSlots = new Slots(1 << 16);
  /** histogram group per day group, measure and bin */
  private readonly histogramSlots = new Slots(1 << 14);
  /** agent-day group per agent (of a dimension tuple), then day */
  private readonly agentDaySlots: Slots[] = [];
  /** rows added */
  rows = 0;
  minEpoch = Number.POSITIVE_INFINITY;
  maxEpoch = Number.NEGATIVE_INFINITY;
  // the groups of the last `groupsOf` call (no allocation per row)
  private dimDay = 0;
  private dg = 0;
  private ig = 0;
  private ag = 0;

  /** Finds (or creates) the day, interval and agent groups of a contact's keys. */
  private groupsOf(r: RollupKeys): void {
    // nested maps rather than one joined key: the ids are the same string objects row after
    // row, whose hashes V8 keeps, where a joined key would be a new string to hash each time
    let bySite = this.dimTree.get(r.vendorId);
    if (bySite === undefined) {
      bySite = new Map();
      this.dimTree.set(r.vendorId, bySite);
    }
    let byActivity = bySite.get(r.siteId);
    if (byActivity === undefined) {
      byActivity = new Map();
      bySite.set(r.siteId, byActivity);
    }
    let byChannel = byActivity.get(r.activityId);
    if (byChannel === undefined) {
      byChannel = new Map();
      byActivity.set(r.activityId, byChannel);
    }
    let dim = byChannel.get(r.channel);
    if (dim === undefined) {
      dim = this.dims.length;
      this.dims.push([r.vendorId, r.siteId, r.activityId, r.channel]);
      this.agentsOfDim.push(new Map());
      byChannel.set(r.channel, dim);
    }
    let day = this.dayIndex.get(r.day);
    if (day === undefined) {
      day = this.days.length;
      this.days.push(r.day);
      this.dayIndex.set(r.day, day);
    }
    const agentsOfDim = this.agentsOfDim[dim] as Map<string, number>;
    let agent = agentsOfDim.get(r.agent);
    if (agent === undefined) {
      agent = this.agents.length;
      this.agents.push([dim, r.agent]);
      this.agentDaySlots.push(new Slots(128));
      agentsOfDim.set(r.agent, agent);
    }
    this.dimDay = dim * DAY_SPAN + day;
    this.dg = this.dayGroups.group(this.dimDay);
    // dense slots rather than maps for the many interval and agent-day groups
    const quarter = Math.floor(r.minute / 15);
    if (!(quarter >= 0 && quarter < MINUTE_SPAN))
      throw new Error(`minute of the day out of range: ${r.minute}`);
    const slot = this.dg * MINUTE_SPAN + quarter;
    this.ig = this.intervalSlots.get(slot);
    if (this.ig < 0) {
      this.ig = this.intervalGroups.create(this.dimDay * MINUTE_SPAN + quarter);
      this.intervalSlots.set(slot, this.ig);
    }
    const agentDays = this.agentDaySlots[agent] as Slots;
    this.ag = agentDays.get(day);
    if (this.ag < 0) {
      this.ag = this.agentGroups.create(agent * DAY_SPAN + day);
      agentDays.set(day, this.ag);
    }
  }

  /** The histogram group of the current day group's `measure` (0: wait, 1: handle) and bin. */
  private histogramGroup(measure: number, bin: number): number {
    const slot = (this.dg * 2 + measure) * BIN_SPAN + bin;
    let g = this.histogramSlots.get(slot);
    if (g < 0) {
      g = this.histogram.create((this.dimDay * 2 + measure) * BIN_SPAN + bin);
      this.histogramSlots.set(slot, g);
    }
    return g;
  }

  /** Adds one stored row. */
  add(row: InteractionTable): void {
    this.rows++;
    if (row.epoch < this.minEpoch) this.minEpoch = row.epoch;
    if (row.epoch > this.maxEpoch) this.maxEpoch = row.epoch;
    this.groupsOf(row);
    const { dg, ig, ag } = this;
    const answered = row.kpiClass === 'answered';
    const customerId = row.customerId;
    const classField = CLASS_FIELD[row.kpiClass];
    this.addCounts(this.dayGroups, dg, row, classField, answered, customerId !== null);
    this.addCounts(this.intervalGroups, ig, row, classField, answered, customerId !== null);
    this.addCounts(this.agentGroups, ag, row, classField, answered, customerId !== null);
    if (answered) {
      const hw = this.histogramGroup(0, binOf(row.waitSeconds, WAIT_BINS));
      bump(this.histogram.chunk(hw), this.histogram.offset(hw), 1);
      const hh = this.histogramGroup(1, binOf(row.handleSeconds, HANDLE_BINS));
      bump(this.histogram.chunk(hh), this.histogram.offset(hh), 1);
    }
    if (customerId !== null && (answered || row.countedOffered === 1)) {
      let customer = this.customerIndex.get(customerId);
      if (customer === undefined) {
        customer = this.customerIndex.size;
        // kept for the whole import: a copy, not a view into the text the id was cut from
        this.customerIndex.set(detachedString(customerId), customer);
      }
      this.contacts.push(customer, row.epoch, row.countedOffered | (answered ? 2 : 0), ig, dg, ag);
    }
  }

  /**
   * Moves the FCR repeats of a contact's rollups by `delta` (a stored contact that a new one
   * now repeats, found by SQL when other imports' contacts lie within reach).
   */
  addRepeats(keys: RollupKeys, delta: number): void {
    this.groupsOf(keys);
    bump(this.dayGroups.chunk(this.dg), this.dayGroups.offset(this.dg) + FCR_REPEATED, delta);
    bump(this.intervalGroups.chunk(this.ig), this.intervalGroups.offset(this.ig) + FCR_REPEATED, delta);
    bump(this.agentGroups.chunk(this.ag), this.agentGroups.offset(this.ag) + FCR_REPEATED, delta);
  }

  private addCounts(
    table: GroupCounts,
    g: number,
    row: InteractionTable,
    classField: number | undefined,
    answered: boolean,
    hasCustomer: boolean,
  ): void {
    const c = table.chunk(g);
    const o = table.offset(g);
    bump(c, o + CONTACTS, 1);
    bump(c, o + OFFERED, row.countedOffered);
    if (classField !== undefined) bump(c, o + classField, 1);
    bump(c, o + WITHIN, row.withinThreshold);
    bump(c, o + LATE, row.lateAbandon);
    bump(c, o + HANDLE, row.handleSeconds);
    bump(c, o + CONVERSIONS, row.conversion);
    bump(c, o + RESOLVED, row.resolved);
    if (answered) {
      bump(c, o + WAIT, row.waitSeconds);
      bump(c, o + HANDLED, 1);
      if (hasCustomer) bump(c, o + FCR_ELIGIBLE, 1);
      else bump(c, o + FCR_NO_CUSTOMER, 1);
    }
  }

  /**
   * Finds, among the contacts added, each answered one's seconds to the same customer's next
   * offered contact (strictly later, as `refreshRepeatGaps`), and credits to its rollups the
   * FCR repeats, those under `windowSeconds`; returns how many. Exact for the whole database
   * only when no stored contact of another import lies within `MAX_FCR_WINDOW_DAYS` of the
   * added ones: the caller checks that first. Call it once.
   */
  resolveRepeats(windowSeconds: number): number {
    const ct = this.contacts;
    const n = ct.length;
    const customers = this.customerIndex.size;
    // counting sort by customer, stable: a chronological file needs no sort within a customer
    const start = new Int32Array(customers + 1);
    for (let k = 0; k < n; k++) bump(start, (ct.customer[k] as number) + 1, 1);
    for (let c = 0; c < customers; c++) bump(start, c + 1, start[c] as number);
    const order = new Int32Array(n);
    const fill = start.slice(0, customers);
    for (let k = 0; k < n; k++) {
      const c = ct.customer[k] as number;
      order[fill[c] as number] = k;
      bump(fill, c, 1);
    }
    let repeats = 0;
    for (let c = 0; c < customers; c++) {
      const from = start[c] as number;
      const to = start[c + 1] as number;
      let sorted = true;
      for (let k = from + 1; k < to && sorted; k++)
        if ((ct.epoch[order[k] as number] as number) < (ct.epoch[order[k - 1] as number] as number))
          sorted = false;
      if (!sorted) {
        const seg = Array.from(order.subarray(from, to)).sort(
          (a, b) => (ct.epoch[a] as number) - (ct.epoch[b] as number),
        );
        order.set(seg, from);
      }
      // from the latest back: `next` is the earliest offered instant after the current one
      let next = Number.POSITIVE_INFINITY;
      let k = to - 1;
      while (k >= from) {
        const t = ct.epoch[order[k] as number] as number;
        let first = k;
        while (first > from && ct.epoch[order[first - 1] as number] === t) first--;
        let offered = false;
        for (let j = first; j <= k; j++) {
          const r = order[j] as number;
          const f = ct.flags[r] as number;
          if (f & 1) offered = true;
          if (f & 2 && next !== Number.POSITIVE_INFINITY) {
            if (next - t < windowSeconds) {
              repeats++;
              this.credit(this.dayGroups, ct.day[r] as number);
              this.credit(this.intervalGroups, ct.interval[r] as number);
              this.credit(this.agentGroups, ct.agent[r] as number);
            }
          }
        }
        if (offered) next = t;
        k = first - 1;
      }
    }
    return repeats;
  }

  private credit(table: GroupCounts, g: number): void {
    bump(table.chunk(g), table.offset(g) + FCR_REPEATED, 1);
  }

  /** Ranks of `items` by their tuples of strings (code-unit order). */
  private static ranks<T>(items: readonly T[], tuple: (item: T) => string[]): Int32Array {
    const tuples = items.map(tuple);
    const order = tuples.map((_, k) => k);
    order.sort((a, b) => {
      const x = tuples[a] as string[];
      const y = tuples[b] as string[];
      for (let k = 0; k < x.length; k++) {
        const p = x[k] as string;
        const q = y[k] as string;
        if (p !== q) return p < q ? -1 : 1;
      }
      return 0;
    });
    const rank = new Int32Array(items.length);
    order.forEach((item, k) => {
      rank[item] = k;
    });
    return rank;
  }

  /**
   * Groups in the order of their table's primary key (vendor, day, then site, activity, channel
   * and agent, or minute then site, activity and channel), so that writing them appends to the
   * key's ranges instead of splitting pages all over the index.
   */
  private ordered(table: GroupCounts, sortKey: (key: number, r: Ranks) => number[]): number[] {
    const r: Ranks = {
      vendor: RollupAccumulator.ranks(this.dims, (d) => [d[0] as string]),
      rest: RollupAccumulator.ranks(this.dims, (d) => d.slice(1)),
      day: RollupAccumulator.ranks(this.days, (d) => [d]),
      agent: RollupAccumulator.ranks(this.agents, ([dim, agent]) => [
        ...(this.dims[dim] as string[]).slice(1),
        agent,
      ]),
    };
    return orderByTuples(table.keys.map((key) => sortKey(key, r)));
  }

  private dimsOf(dimDay: number): { dim: string[]; day: string } {
    return {
      dim: this.dims[Math.floor(dimDay / DAY_SPAN)] as string[],
      day: this.days[dimDay % DAY_SPAN] as string,
    };
  }

  private *deltas(
    table: GroupCounts,
    keyOf: (key: number) => { dimDay: number; minute?: number; agent?: number },
  ): Generator<RollupDelta> {
    const order = this.ordered(table, (key, r) => {
      const k = keyOf(key);
      const dim = Math.floor(k.dimDay / DAY_SPAN);
      const vendor = r.vendor[dim] as number;
      const day = r.day[k.dimDay % DAY_SPAN] as number;
      // the interval rollup is keyed by minute before site, activity and channel
      if (k.minute !== undefined) return [vendor, day, k.minute, r.rest[dim] as number];
      return [vendor, day, k.agent === undefined ? (r.rest[dim] as number) : (r.agent[k.agent] as number)];
    });
    for (const g of order) {
      const k = keyOf(table.keys[g] as number);
      const { dim, day } = this.dimsOf(k.dimDay);
      const o = table.offset(g);
      yield {
        ...dimensionColumns(dim, day),
        ...(k.minute === undefined ? {} : { minute: k.minute }),
        ...(k.agent === undefined ? {} : { agent: (this.agents[k.agent] as [number, string])[1] }),
        counts: table.chunk(g).subarray(o, o + F),
      };
    }
  }

  /** The day rollup rows to add. */
  dayDeltas(): Iterable<RollupDelta> {
    return this.deltas(this.dayGroups, (key) => ({ dimDay: key }));
  }

  /** The 15-minute rollup rows to add. */
  intervalDeltas(): Iterable<RollupDelta> {
    return this.deltas(this.intervalGroups, (key) => ({
      dimDay: Math.floor(key / MINUTE_SPAN),
      minute: (key % MINUTE_SPAN) * 15,
    }));
  }

  /** The agent-day rollup rows to add. */
  agentDeltas(): Iterable<RollupDelta> {
    return this.deltas(this.agentGroups, (key) => {
      const agent = Math.floor(key / DAY_SPAN);
      const [dim] = this.agents[agent] as [number, string];
      return { dimDay: dim * DAY_SPAN + (key % DAY_SPAN), agent };
    });
  }

  /**
   * The per-agent, channel and day rollup rows to add: the agent-day groups summed over sites
   * and activities, in that table's key order (vendor, day, channel, agent).
   */
  *agentChannelDeltas(): Generator<RollupDelta> {
    // each agent of a dimension tuple → its (vendor, channel, agent)
    const narrowIndex = new Map<string, number>();
    const narrow: [string, string, string][] = [];
    const narrowOf = this.agents.map(([dim, agent]) => {
      const [vendorId, , , channel] = this.dims[dim] as string[];
      const key = `${vendorId}\u0000${channel}\u0000${agent}`;
      let n = narrowIndex.get(key);
      if (n === undefined) {
        n = narrow.length;
        narrow.push([vendorId as string, channel as string, agent]);
        narrowIndex.set(key, n);
      }
      return n;
    });
    const sums = new GroupCounts(F);
    const wide = this.agentGroups;
    for (let g = 0; g < wide.size; g++) {
      const key = wide.keys[g] as number;
      const n = narrowOf[Math.floor(key / DAY_SPAN)] as number;
      const into = sums.group(n * DAY_SPAN + (key % DAY_SPAN));
      const from = wide.chunk(g);
      const to = sums.chunk(into);
      const o = wide.offset(g);
      const p = sums.offset(into);
      for (let f = 0; f < F; f++) bump(to, p + f, from[o + f] as number);
    }
    const vendorRank = RollupAccumulator.ranks(narrow, ([vendorId]) => [vendorId]);
    const agentRank = RollupAccumulator.ranks(narrow, ([, channel, agent]) => [channel, agent]);
    const dayRank = RollupAccumulator.ranks(this.days, (d) => [d]);
    const sortKey = (key: number): number[] => {
      const n = Math.floor(key / DAY_SPAN);
      return [vendorRank[n] as number, dayRank[key % DAY_SPAN] as number, agentRank[n] as number];
    };
    for (const g of orderByTuples(sums.keys.map(sortKey))) {
      const key = sums.keys[g] as number;
      const [vendorId, channel, agent] = narrow[Math.floor(key / DAY_SPAN)] as [string, string, string];
      const o = sums.offset(g);
      yield {
        vendorId,
        siteId: '',
        activityId: '',
        channel,
        day: this.days[key % DAY_SPAN] as string,
        agent,
        counts: sums.chunk(g).subarray(o, o + F),
      };
    }
  }

  /** The histogram counts to add. */
  *histogramDeltas(): Generator<HistogramDelta> {
    const h = this.histogram;
    const order = this.ordered(h, (key, r) => {
      const rest = Math.floor(key / BIN_SPAN);
      const dimDay = Math.floor(rest / 2);
      const dim = Math.floor(dimDay / DAY_SPAN);
      // measure 'handle' (odd) sorts before 'wait' (even)
      return [
        r.vendor[dim] as number,
        r.day[dimDay % DAY_SPAN] as number,
        r.rest[dim] as number,
        1 - (rest % 2),
        key % BIN_SPAN,
      ];
    });
    for (const g of order) {
      const key = h.keys[g] as number;
      const bin = key % BIN_SPAN;
      const rest = Math.floor(key / BIN_SPAN);
      const measure = rest % 2 === 0 ? 'wait' : 'handle';
      const { dim, day } = this.dimsOf(Math.floor(rest / 2));
      yield {
        ...dimensionColumns(dim, day),
        measure,
        bin: (measure === 'wait' ? WAIT_BINS : HANDLE_BINS)[bin] as number,
        count: h.chunk(g)[h.offset(g)] as number,
      };
    }
  }
}

interface Ranks {
  readonly vendor: Int32Array;
  /** of a dimension tuple by site, activity, channel */
  readonly rest: Int32Array;
  readonly day: Int32Array;
  /** of an agent (with its dimensions) by site, activity, channel, agent */
  readonly agent: Int32Array;
}
