/**
 * Six months of contact records and survey answers for the demo workspace, generated on the fly
 * from a seed: the same plan always gives the same records, in time order, holding no more than
 * one day of arrivals and the customers due to come back in memory.
 *
 * How the calls come about:
 * - Arrivals: a Poisson process whose rate follows the day's volume (weekday, month and billing
 *   week factors, plus day-to-day noise) and an intraday curve (peaks 09:00-11:00 and
 *   14:00-16:00). Opening hours Mon-Fri 08:00-20:00, Sat 09:00-13:00; closed on Sundays and on
 *   1 January, 1 May and 25 December. Each call is routed to a (vendor, site) by the split, and so
 *   are the e-mails (which arrive any day, any hour) and web call-back requests when the plan has
 *   such activities.
 * - Queue: each site staffs every half hour from its forecast with Erlang C (the service level it
 *   aims at), then the calls are served first come, first served by the agents on duty: a call's
 *   wait is how long until an agent frees up, and the caller abandons when that exceeds their
 *   patience. When the real volume beats the forecast, waits and abandons grow by themselves.
 * - Customers: drawn from a pool; a contact that leaves the customer's problem open, an abandon
 *   or a self-service call that did not help makes the same customer come back later, which is
 *   what FCR then measures.
 *
 * The three vendors are told apart by their profile: Armor does not staff its Monday mornings,
 * Atlas takes much longer per call, Tsiry leaves many problems unresolved.
 */
import {
  type Channel,
  civilFromDays,
  type Direction,
  daysFromCivil,
  type Interaction,
  type Outcome,
  parseLocalTimestamp,
  Rng,
  type SurveyAnswer,
} from '@vigie/core';
import { AgentNamer, nameOrigin } from './demo-names.ts';
import { MinHeap } from './min-heap.ts';

export interface DemoInteractionPlan {
  /** last day generated, inclusive, 'YYYY-MM-DD'; the first is about six months (183 days) earlier */
  endDay: string;
  days?: number; // default 183
  seed: number;
  vendors: readonly { key: 'armor' | 'atlas' | 'tsiry' | string; id: string }[];
  sites: readonly { key: string; id: string; vendorKey: string }[];
  /** the inbound phone activity the calls belong to (others may get a small share of email/callback) */
  activities: readonly { key: string; id: string; channel: Channel; direction: Direction }[];
  /** share of the inbound phone traffic per (vendor, site), sums to 1 */
  split: readonly { vendorKey: string; siteKey: string; share: number }[];
  /** multiplies the volume; 1 = about 1,100 offered calls per weekday in total */
  scale?: number;
}

// ---------------------------------------------------------------------------------------------
// Calendar and volumes.

const DAY = 86400;
const HALF_HOUR = 1800;
const SLOTS = 48;
/** Mon-Fri 08:00-20:00, Sat 09:00-13:00, Sun closed (seconds of the day, [start, end)). */
const OPENING: readonly (readonly [number, number] | null)[] = [
  [8 * 3600, 20 * 3600],
  [8 * 3600, 20 * 3600],
  [8 * 3600, 20 * 3600],
  [8 * 3600, 20 * 3600],
  [8 * 3600, 20 * 3600],
  [9 * 3600, 13 * 3600],
  null,
];
/** Public holidays the client closes on (MM-DD). */
const CLOSED_DATES = new Set(['01-01', '05-01', '12-25']);

/** Day volume relative to the mean weekday, Monday first; Monday heaviest, Friday light. */
const WEEKDAY_FACTOR = [1.22, 1.03, 0.98, 0.95, 0.82, 0.24, 0];
/**
 * Month seasonality of an energy retailer: annual regularisation bills and the cold in January,
 * moves in September, heating restarts in November, a quiet August.
 */
const MONTH_FACTOR = [1.14, 1.08, 1.02, 0.97, 0.95, 0.98, 0.9, 0.8, 1.06, 1.03, 1.05, 0.98];
/** Monthly bills go out on the 2nd: more calls from the 3rd to the 9th. */
const billFactor = (dayOfMonth: number): number => (dayOfMonth >= 3 && dayOfMonth <= 9 ? 1.1 : 0.97);

/** Half-hour weights from 08:00 to 20:00 (24 values): morning and early-afternoon peaks. */
const WEEKDAY_CURVE = [
  0.55, 0.8, 1.2, 1.35, 1.4, 1.35, 1.2, 1.0, 0.8, 0.7, 0.75, 0.95, 1.2, 1.3, 1.25, 1.15, 1.0, 0.9, 0.8, 0.7,
  0.55, 0.45, 0.35, 0.25,
];
/** Half-hour weights from 09:00 to 13:00 on Saturdays. */
const SATURDAY_CURVE = [0.85, 1.1, 1.2, 1.2, 1.1, 1.0, 0.85, 0.7];
/** Hourly weights of e-mail arrivals (any day, any hour): office hours and evenings. */
const EMAIL_CURVE = [
  0.15, 0.08, 0.05, 0.04, 0.04, 0.08, 0.3, 0.7, 1.1, 1.4, 1.4, 1.3, 1.1, 1.2, 1.3, 1.2, 1.1, 1.1, 1.2, 1.3,
  1.3, 1.1, 0.7, 0.35,
];

/** Normalised half-hour shares of a day's calls (48 slots, 0 when closed). */
function curveOf(weekday: number): Float64Array {
  const out = new Float64Array(SLOTS);
  const open = OPENING[weekday];
  if (!open) return out;
  const first = open[0] / HALF_HOUR;
  const weights = weekday === 5 ? SATURDAY_CURVE : WEEKDAY_CURVE;
  weights.forEach((w, k) => {
    // Monday: the weekend's backlog lands in the morning.
    out[first + k] = weekday === 0 && k < 8 ? w * 1.15 : w;
  });
  const sum = out.reduce((a, b) => a + b, 0);
  for (let k = 0; k < SLOTS; k++) out[k] = (out[k] as number) / sum;
  return out;
}
const CURVES = [0, 1, 2, 3, 4, 5, 6].map(curveOf);

/** Calls that end in the voice server (self-service), never offered to agents. */
const VRU_SHARE = 0.06;
/** Callers who hang up within seconds whatever happens (misdials): the short abandons. */
const HANGUP_SHARE = 0.03;
/** Mean patience of the others, in seconds beyond the first 5 (exponential). */
const PATIENCE_MEAN = 150;
/** Callers without a customer id (hidden numbers, not identified in the VRU). */
const UNIDENTIFIED_SHARE = 0.03;
/** E-mails and web call-back requests, relative to the phone arrivals of a mean weekday. */
const EMAIL_SHARE = 0.1;
const CALLBACK_SHARE = 0.04;
/** Service-level threshold the vendors staff for (DOMAIN.md default, 20 s). */
const SL_SECONDS = 20;
/** The afternoon shift takes over at 14:00. */
const SHIFT_CHANGE = 14 * 3600;

// ---------------------------------------------------------------------------------------------
// Vendor behaviours.

interface VendorProfile {
  /** talk time: log-normal median and sigma, seconds */
  talkMedian: number;
  talkSigma: number;
  holdShare: number;
  holdMedian: number;
  wrapMin: number;
  wrapMax: number;
  /** service level (20 s, Erlang C) the vendor staffs each half hour for */
  plannedServiceLevel: number;
  /** share of the needed agents present on Monday 08:00-12:00 (1 = fully staffed) */
  mondayMorningStaffing: number;
  /** share of handled contacts that leave the customer's problem open (they come back) */
  unresolved: number;
  /** of those, share the agent still tags 'resolved' */
  claimsResolved: number;
  complaint: number;
  sale: number;
  appointment: number;
  /** mean NPS score (0-10) of an uneventful contact */
  npsBase: number;
}

const BASE_PROFILE: VendorProfile = {
  talkMedian: 255,
  talkSigma: 0.55,
  holdShare: 0.2,
  holdMedian: 55,
  wrapMin: 20,
  wrapMax: 60,
  plannedServiceLevel: 0.8,
  mondayMorningStaffing: 1,
  unresolved: 0.14,
  claimsResolved: 0.4,
  complaint: 0.03,
  sale: 0.03,
  appointment: 0.02,
  npsBase: 8.6,
};

const PROFILES: Record<string, VendorProfile> = {
  /** onshore, good service except Monday mornings: absences and part-timers starting at noon */
  armor: { ...BASE_PROFILE, mondayMorningStaffing: 0.6, sale: 0.035 },
  /** nearshore, thorough but slow: long talk, more and longer holds, longer wrap-up */
  atlas: {
    ...BASE_PROFILE,
    talkMedian: 360,
    holdShare: 0.3,
    holdMedian: 85,
    wrapMin: 35,
    wrapMax: 60,
    npsBase: 8.3,
  },
  /** offshore, quick but leaves problems open: customers call again */
  tsiry: {
    ...BASE_PROFILE,
    talkMedian: 245,
    unresolved: 0.33,
    claimsResolved: 0.7,
    complaint: 0.045,
    sale: 0.02,
    npsBase: 7.85,
  },
};

const profileOf = (vendorKey: string): VendorProfile => PROFILES[vendorKey] ?? BASE_PROFILE;

/** Mean handle time the vendor plans with (talk + hold + wrap-up), seconds. */
function plannedAht(p: VendorProfile): number {
  const talk = p.talkMedian * Math.exp((p.talkSigma * p.talkSigma) / 2) * 1.03;
  const hold = p.holdShare * p.holdMedian * Math.exp(0.7 ** 2 / 2);
  return talk + hold + (p.wrapMin + p.wrapMax) / 2;
}

/** Erlang C service level: share answered within `t` seconds with `n` agents and load `a` Erlangs. */
function erlangCServiceLevel(n: number, a: number, aht: number, t: number): number {
  if (n <= a) return 0;
  let b = 1;
  for (let k = 1; k <= n; k++) b = (a * b) / (k + a * b);
  const c = (n * b) / (n - a * (1 - b));
  return 1 - c * Math.exp((-(n - a) * t) / aht);
}

/** Agents needed for `calls` per half hour at `aht` to reach `target` (at least 2). */
function agentsNeeded(calls: number, aht: number, target: number): number {
  const a = (calls * aht) / HALF_HOUR;
  let n = Math.max(2, Math.floor(a) + 1);
  while (erlangCServiceLevel(n, a, aht, SL_SECONDS) < target) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// The simulation.

const PHONE = 0;
const EMAIL = 1;
const CALLBACK = 2;
type Kind = typeof PHONE | typeof EMAIL | typeof CALLBACK;

interface SiteState {
  vendorKey: string;
  vendorId: string;
  siteId: string;
  share: number;
  profile: VendorProfile;
  aht: number;
  roster: string[];
  agentFactor: number[];
  /** agents on duty per half hour of the current day */
  staff: Int32Array;
  /** when each agent of the roster is next free, seconds of the current day */
  free: Float64Array;
  /** roster rotation of the current day */
  rotation: number;
}

interface ActivityRef {
  id: string;
  channel: Channel;
  direction: Direction;
}

/** One generated contact with what the survey draw needs to know about it. */
interface SimContact {
  interaction: Interaction;
  vendorKey: string;
  offeredEpoch: number;
  endEpoch: number;
  /** the customer is calling back about a problem an earlier contact left open */
  repeatCall: boolean;
  /** this contact leaves the problem open: the customer will come back */
  unresolved: boolean;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Local `YYYY-MM-DDTHH:MM:SS` of seconds since 1970-01-01 (wall clock, no zone), day label cached. */
class Stamper {
  private day = Number.NaN;
  private label = '';

  date(dayNumber: number): string {
    if (dayNumber !== this.day) {
      const { year, month, day } = civilFromDays(dayNumber);
      this.day = dayNumber;
      this.label = `${year}-${pad2(month)}-${pad2(day)}`;
    }
    return this.label;
  }

  stamp(epoch: number): string {
    const dayNumber = Math.floor(epoch / DAY);
    const s = epoch - dayNumber * DAY;
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    return `${this.date(dayNumber)}T${pad2(h)}:${pad2(m)}:${pad2(s % 60)}`;
  }
}

/** Monday = 0 ... Sunday = 6 of a day number (1970-01-01, day 0, was a Thursday). */
const weekdayOf = (dayNumber: number): number => (((dayNumber + 3) % 7) + 7) % 7;

/** A contact with its fields in the order of the Interaction model, so that dumps read well. */
const ordered = (c: Interaction): Interaction => ({
  id: c.id,
  channel: c.channel,
  direction: c.direction,
  activity: c.activity,
  vendor: c.vendor,
  site: c.site,
  agent: c.agent,
  customerId: c.customerId,
  offeredAt: c.offeredAt,
  answeredAt: c.answeredAt,
  endedAt: c.endedAt,
  waitSeconds: c.waitSeconds,
  talkSeconds: c.talkSeconds,
  holdSeconds: c.holdSeconds,
  wrapUpSeconds: c.wrapUpSeconds,
  disposition: c.disposition,
  offered: c.offered,
  outcomes: c.outcomes,
});

function mixSeed(seed: number, salt: number): number {
  return (Math.imul(seed ^ salt, 0x9e3779b1) ^ (seed >>> 7)) >>> 0;
}

function checkPlan(plan: DemoInteractionPlan): void {
  const days = plan.days ?? 183;
  if (!Number.isInteger(days) || days < 1)
    throw new Error(`Demo plan: days must be a positive integer, got ${days}`);
  const scale = plan.scale ?? 1;
  if (!(scale > 0)) throw new Error(`Demo plan: scale must be > 0, got ${scale}`);
  parseLocalTimestamp(`${plan.endDay}T00:00:00`, 'Demo plan endDay');
  const total = plan.split.reduce((s, l) => s + l.share, 0);
  if (plan.split.length === 0 || Math.abs(total - 1) > 1e-6 || plan.split.some((l) => !(l.share >= 0))) {
    throw new Error(`Demo plan: split shares must be >= 0 and sum to 1, got ${total}`);
  }
}

/** The simulation behind both generators: contacts in time order with their survey-relevant facts. */
function* simulate(plan: DemoInteractionPlan): Generator<SimContact> {
  checkPlan(plan);
  const days = plan.days ?? 183;
  const scale = plan.scale ?? 1;
  const rng = new Rng(plan.seed);
  const setupRng = new Rng(mixSeed(plan.seed, 0x51fe));

  const findActivity = (channel: Channel): ActivityRef | null =>
    plan.activities.find((a) => a.channel === channel && a.direction === 'inbound') ?? null;
  const phone = findActivity('phone');
  if (!phone) throw new Error('Demo plan: needs an inbound phone activity');
  const email = findActivity('email');
  const callback = findActivity('web_callback');
  const phoneId = phone.id;
  const emailId = email?.id ?? null;
  const callbackId = callback?.id ?? null;

  // Phone arrivals of a mean weekday, so that about 1,100 x scale are offered once self-service
  // calls and instant hang-ups are taken out.
  const meanDayArrivals = (1100 * scale) / ((1 - VRU_SHARE) * (1 - HANGUP_SHARE));
  const queueShare = (1 - VRU_SHARE) * (1 - HANGUP_SHARE);
  const peakCalls =
    meanDayArrivals *
    Math.max(...WEEKDAY_FACTOR) *
    Math.max(...MONTH_FACTOR) *
    1.1 *
    Math.max(...(CURVES[0] as Float64Array));

  const namers = new Map<string, AgentNamer>();
  const sites: SiteState[] = plan.split.map((line) => {
    const vendor = plan.vendors.find((v) => v.key === line.vendorKey);
    const site = plan.sites.find((s) => s.key === line.siteKey && s.vendorKey === line.vendorKey);
    if (!vendor || !site) {
      throw new Error(
        `Demo plan: split line ${line.vendorKey}/${line.siteKey} names an unknown vendor or site`,
      );
    }
    const profile = profileOf(line.vendorKey);
    const aht = plannedAht(profile);
    // 15 to 25 people, enough for the busiest half hour (more if the scale needs it).
    const peak = agentsNeeded(peakCalls * line.share * queueShare, aht, profile.plannedServiceLevel);
    const size = Math.max(15, Math.min(25, Math.ceil(1.5 * peak)), peak + 2);
    let namer = namers.get(line.vendorKey);
    if (!namer) {
      namer = new AgentNamer(() => setupRng.next());
      namers.set(line.vendorKey, namer);
    }
    const origin = nameOrigin(line.siteKey, line.vendorKey);
    const roster = Array.from({ length: size }, () => (namer as AgentNamer).next(origin));
    return {
      vendorKey: line.vendorKey,
      vendorId: vendor.id,
      siteId: site.id,
      share: line.share,
      profile,
      aht,
      roster,
      agentFactor: roster.map(() => Math.exp(0.12 * setupRng.normal())),
      staff: new Int32Array(SLOTS + 1),
      free: new Float64Array(size),
      rotation: 0,
    };
  });
  const cumulative: number[] = [];
  sites.reduce((acc, s) => {
    cumulative.push(acc + s.share);
    return acc + s.share;
  }, 0);
  const route = (): SiteState => {
    const u = rng.next() * (cumulative[cumulative.length - 1] as number);
    const k = cumulative.findIndex((c) => u < c);
    return sites[k === -1 ? sites.length - 1 : k] as SiteState;
  };

  // Customers: a pool of account numbers, and the contacts they owe us later, per channel.
  const pool = Math.max(1000, Math.min(9_000_000, Math.round(600_000 * scale)));
  const pending: MinHeap<string>[] = [new MinHeap(), new MinHeap(), new MinHeap()];
  const take = (kind: Kind, epoch: number, unidentified: number): { id: string | null; repeat: boolean } => {
    const heap = pending[kind] as MinHeap<string>;
    if (heap.peekKey() <= epoch) return { id: heap.pop(), repeat: true };
    if (rng.chance(unidentified)) return { id: null, repeat: false };
    return { id: `C${String(1 + rng.int(pool)).padStart(7, '0')}`, repeat: false };
  };
  const followUp = (customerId: string | null, at: number, phoneOnly = false): void => {
    if (customerId === null) return;
    const u = rng.next();
    const kind: Kind =
      phoneOnly || u < 0.85 ? PHONE : u < 0.95 ? (email ? EMAIL : PHONE) : callback ? CALLBACK : PHONE;
    (pending[kind] as MinHeap<string>).push(at, customerId);
  };
  /** When an open problem brings the customer back: same day, within the week, or later. */
  const repeatDelay = (): number => {
    const u = rng.next();
    if (u < 0.25) return rng.between(1200, 5 * 3600);
    if (u < 0.85) return DAY * (1 + rng.int(6)) + rng.between(-3 * 3600, 3 * 3600);
    return DAY * (7 + rng.int(8)) + rng.between(-3 * 3600, 3 * 3600);
  };

  const isOpenDay = (dayNumber: number): readonly [number, number] | null => {
    const { month, day } = civilFromDays(dayNumber);
    if (CLOSED_DATES.has(`${pad2(month)}-${pad2(day)}`)) return null;
    return OPENING[weekdayOf(dayNumber)] ?? null;
  };
  /** `epoch` plus `seconds` of opening time (back-office work waits for the next opening). */
  const addOpenTime = (epoch: number, seconds: number): number => {
    let dayNumber = Math.floor(epoch / DAY);
    let t = epoch - dayNumber * DAY;
    let left = seconds;
    for (let guard = 0; guard < 40; guard++, dayNumber++, t = 0) {
      const open = isOpenDay(dayNumber);
      if (!open) continue;
      const from = Math.max(t, open[0]);
      if (from >= open[1]) continue;
      if (from + left <= open[1]) return dayNumber * DAY + Math.round(from + left);
      left -= open[1] - from;
    }
    return dayNumber * DAY;
  };

  const stamper = new Stamper();
  const lastDay = daysFromCivil(
    Number(plan.endDay.slice(0, 4)),
    Number(plan.endDay.slice(5, 7)),
    Number(plan.endDay.slice(8, 10)),
  );
  const firstDay = lastDay - days + 1;
  const arrivals: number[] = [];

  /** Appends Poisson arrivals of `kind` at `perSecond` over [from, to) seconds of the day. */
  const poisson = (from: number, to: number, perSecond: number, kind: Kind): void => {
    if (perSecond <= 0) return;
    for (let t = from + rng.exp(1 / perSecond); t < to; t += rng.exp(1 / perSecond)) {
      arrivals.push(Math.floor(t) * 4 + kind);
    }
  };

  for (let dayNumber = firstDay; dayNumber <= lastDay; dayNumber++) {
    const { month, day } = civilFromDays(dayNumber);
    const date = stamper.date(dayNumber);
    const weekday = weekdayOf(dayNumber);
    const open = isOpenDay(dayNumber);
    const forecast =
      meanDayArrivals *
      (WEEKDAY_FACTOR[weekday] as number) *
      (MONTH_FACTOR[month - 1] as number) *
      billFactor(day);
    const dayNoise = Math.exp(0.07 * rng.normal());
    const curve = CURVES[weekday] as Float64Array;

    arrivals.length = 0;
    if (open) {
      for (let k = open[0] / HALF_HOUR; k < open[1] / HALF_HOUR; k++) {
        const calls = forecast * dayNoise * (curve[k] as number) * Math.exp(0.05 * rng.normal());
        poisson(k * HALF_HOUR, (k + 1) * HALF_HOUR, calls / HALF_HOUR, PHONE);
        if (callback)
          poisson(k * HALF_HOUR, (k + 1) * HALF_HOUR, (calls * CALLBACK_SHARE) / HALF_HOUR, CALLBACK);
      }
      for (const s of sites) planDay(s, forecast * queueShare, curve, weekday, open, dayNumber - firstDay);
    }
    if (email) {
      const emails =
        meanDayArrivals *
        EMAIL_SHARE *
        (weekday >= 5 ? 0.5 : 1) *
        (MONTH_FACTOR[month - 1] as number) *
        dayNoise;
      const hourly = EMAIL_CURVE.reduce((a, b) => a + b, 0);
      EMAIL_CURVE.forEach((w, h) => {
        poisson(h * 3600, (h + 1) * 3600, (emails * w) / hourly / 3600, EMAIL);
      });
    }
    arrivals.sort((a, b) => a - b);

    let n = 0;
    for (const packed of arrivals) {
      const t = Math.floor(packed / 4);
      const kind = (packed - t * 4) as Kind;
      const epoch = dayNumber * DAY + t;
      const id = `demo-${date}-${String(++n).padStart(5, '0')}`;
      if (kind === PHONE) yield phoneCall(id, t, epoch);
      else if (kind === EMAIL) yield emailContact(id, epoch);
      else yield callbackContact(id, epoch);
    }
  }

  /** Staffing of one site for the day (Erlang C on the forecast) and a fresh queue. */
  function planDay(
    s: SiteState,
    queueCalls: number,
    curve: Float64Array,
    weekday: number,
    open: readonly [number, number],
    dayIndex: number,
  ): void {
    s.staff.fill(0);
    const first = open[0] / HALF_HOUR;
    const last = open[1] / HALF_HOUR;
    for (let k = first; k < last; k++) {
      let n = agentsNeeded(queueCalls * (curve[k] as number) * s.share, s.aht, s.profile.plannedServiceLevel);
      if (weekday === 0 && k < 24) n = Math.max(1, Math.round(n * s.profile.mondayMorningStaffing));
      s.staff[k] = Math.min(n, s.roster.length);
    }
    s.staff[last] = s.staff[last - 1] as number; // the last shift clears the queue
    s.free.fill(0);
    s.rotation = (dayIndex * 7) % s.roster.length;
  }

  /** Rank of agent `person` in the duty order of half hour `k` (reversed in the afternoon shift). */
  function rank(s: SiteState, person: number, k: number): number {
    const r = s.roster.length;
    return k * HALF_HOUR < SHIFT_CHANGE
      ? (person - s.rotation + r) % r
      : (s.rotation + 2 * r - 1 - person) % r;
  }

  /**
   * First come, first served: the agent who can take a call arriving at `t` and when (the first
   * moment an agent on duty is free; ties go to the agent idle longest). In half hour k the agents
   * of rank < staff[k] are on duty; the morning order is reversed after the shift change, so that
   * the busiest morning agents leave first. An agent's calls never overlap.
   */
  function serve(s: SiteState, t: number): { start: number; person: number } {
    let best = Number.POSITIVE_INFINITY;
    let bestPerson = -1;
    for (let p = 0; p < s.free.length; p++) {
      const freeAt = s.free[p] as number;
      const x = Math.max(t, freeAt);
      const k0 = Math.floor(x / HALF_HOUR);
      let k = k0;
      while (k <= SLOTS && (s.staff[k] as number) <= rank(s, p, k)) k++;
      if (k > SLOTS) continue;
      const c = k === k0 ? x : k * HALF_HOUR;
      if (c < best || (c === best && freeAt < (s.free[bestPerson] as number))) {
        best = c;
        bestPerson = p;
      }
    }
    return { start: best, person: bestPerson };
  }

  /** Outcomes and durations of a contact an agent handles, and whether it leaves the problem open. */
  function handle(
    s: SiteState,
    agent: number,
    customer: { id: string | null; repeat: boolean },
    wait: number,
    speech: number,
  ): {
    talk: number;
    hold: number;
    wrap: number;
    outcomes: Outcome[];
    unresolved: boolean;
    transferred: boolean;
  } {
    const p = s.profile;
    const complaint = rng.chance(p.complaint + (wait > 120 ? 0.03 : 0) + (customer.repeat ? 0.02 : 0));
    const sale = !complaint && rng.chance(p.sale);
    const appointment = !complaint && rng.chance(p.appointment);
    const transferred = rng.chance(0.02);
    const unresolved = rng.chance(
      Math.min(0.9, p.unresolved * (complaint ? 2 : 1) * (transferred ? 1.5 : 1)),
    );
    const median =
      p.talkMedian *
      speech *
      (s.agentFactor[agent] as number) *
      (complaint ? 1.5 : 1) *
      (sale ? 1.4 : 1) *
      (appointment ? 1.2 : 1) *
      (customer.repeat ? 1.1 : 1);
    const talk = Math.min(3600, Math.max(25, Math.round(rng.logNormal(median, p.talkSigma))));
    const hold = rng.chance(p.holdShare)
      ? Math.min(900, Math.max(5, Math.round(rng.logNormal(p.holdMedian, 0.7))))
      : 0;
    const wrap = Math.round(rng.between(p.wrapMin, p.wrapMax));
    const outcomes: Outcome[] = [];
    if (!transferred && rng.chance(unresolved ? p.claimsResolved : 0.97)) outcomes.push('resolved');
    if (sale) outcomes.push('sale');
    if (appointment) outcomes.push('appointment');
    if (complaint) outcomes.push('complaint');
    return { talk, hold, wrap, outcomes, unresolved, transferred };
  }

  function phoneCall(id: string, t: number, epoch: number): SimContact {
    const customer = take(PHONE, epoch, UNIDENTIFIED_SHARE);
    const s = route();
    const base = {
      id,
      channel: 'phone' as const,
      direction: 'inbound' as const,
      activity: phoneId,
      vendor: s.vendorId,
      site: s.siteId,
      customerId: customer.id,
      offeredAt: stamper.stamp(epoch),
    };
    const sim = (interaction: Interaction, endEpoch: number, unresolved: boolean): SimContact => ({
      interaction: ordered(interaction),
      vendorKey: s.vendorKey,
      offeredEpoch: epoch,
      endEpoch,
      repeatCall: customer.repeat,
      unresolved,
    });
    if (rng.chance(VRU_SHARE)) {
      const end = epoch + Math.round(rng.between(35, 200));
      if (rng.chance(0.1)) followUp(customer.id, end + rng.between(120, 3600), true);
      return sim(
        {
          ...base,
          agent: null,
          answeredAt: null,
          endedAt: stamper.stamp(end),
          waitSeconds: 0,
          talkSeconds: 0,
          holdSeconds: 0,
          wrapUpSeconds: 0,
          disposition: 'vru_only',
          offered: false,
          outcomes: [],
        },
        end,
        false,
      );
    }
    const hangUp = rng.chance(HANGUP_SHARE);
    const patience = hangUp ? rng.between(0, 4.99) : 5 + rng.exp(PATIENCE_MEAN);
    const { start, person } = serve(s, t);
    // The agent's phone rings a few seconds before they pick up: part of the wait.
    const ring = 2 + rng.int(5);
    const wait = start + ring - t;
    if (!(wait <= patience)) {
      const waited = Math.floor(patience);
      const end = epoch + waited;
      if (rng.chance(hangUp ? 0.25 : 0.6)) followUp(customer.id, end + rng.logNormal(900, 0.9));
      return sim(
        {
          ...base,
          agent: null,
          answeredAt: null,
          endedAt: stamper.stamp(end),
          waitSeconds: waited,
          talkSeconds: 0,
          holdSeconds: 0,
          wrapUpSeconds: 0,
          disposition: 'abandoned',
          offered: true,
          outcomes: [],
        },
        end,
        false,
      );
    }
    const h = handle(s, person, customer, wait, 1);
    s.free[person] = start + ring + h.talk + h.hold + h.wrap;
    const answered = epoch + wait;
    const end = answered + h.talk + h.hold;
    if (h.unresolved) followUp(customer.id, end + repeatDelay());
    return sim(
      {
        ...base,
        agent: s.roster[person] as string,
        answeredAt: stamper.stamp(answered),
        endedAt: stamper.stamp(end),
        waitSeconds: wait,
        talkSeconds: h.talk,
        holdSeconds: h.hold,
        wrapUpSeconds: h.wrap,
        disposition: h.transferred ? 'transferred' : 'answered',
        offered: true,
        outcomes: h.outcomes,
      },
      end,
      h.unresolved,
    );
  }

  function emailContact(id: string, epoch: number): SimContact {
    const customer = take(EMAIL, epoch, 0.01);
    const s = route();
    const answered = addOpenTime(epoch, Math.min(5 * 12 * 3600, rng.logNormal(4 * 3600, 0.9)));
    const agent = rng.int(s.roster.length);
    const h = handle(s, agent, customer, 0, 0.8);
    const end = answered + h.talk;
    if (h.unresolved) followUp(customer.id, end + repeatDelay());
    return {
      interaction: {
        id,
        channel: 'email',
        direction: 'inbound',
        activity: emailId,
        vendor: s.vendorId,
        site: s.siteId,
        agent: s.roster[agent] as string,
        customerId: customer.id,
        offeredAt: stamper.stamp(epoch),
        answeredAt: stamper.stamp(answered),
        endedAt: stamper.stamp(end),
        waitSeconds: answered - epoch,
        talkSeconds: h.talk,
        holdSeconds: 0,
        wrapUpSeconds: Math.round(h.wrap / 2),
        disposition: 'answered',
        offered: true,
        outcomes: h.outcomes.filter((o) => o !== 'sale' && o !== 'appointment'),
      },
      vendorKey: s.vendorKey,
      offeredEpoch: epoch,
      endEpoch: end,
      repeatCall: customer.repeat,
      unresolved: h.unresolved,
    };
  }

  function callbackContact(id: string, epoch: number): SimContact {
    const customer = take(CALLBACK, epoch, 0);
    const s = route();
    const called = addOpenTime(epoch, Math.max(30, rng.logNormal(480, 0.9)));
    const base = {
      id,
      channel: 'web_callback' as const,
      direction: 'inbound' as const,
      activity: callbackId,
      vendor: s.vendorId,
      site: s.siteId,
      customerId: customer.id,
      offeredAt: stamper.stamp(epoch),
      waitSeconds: called - epoch,
      offered: true,
    };
    if (rng.chance(0.1)) {
      // Not reached: recorded as an abandon after the wait; half of them call in later.
      if (rng.chance(0.5)) followUp(customer.id, called + repeatDelay(), true);
      return {
        interaction: ordered({
          ...base,
          agent: null,
          answeredAt: null,
          endedAt: stamper.stamp(called + 30),
          talkSeconds: 0,
          holdSeconds: 0,
          wrapUpSeconds: 0,
          disposition: 'abandoned',
          outcomes: [],
        }),
        vendorKey: s.vendorKey,
        offeredEpoch: epoch,
        endEpoch: called + 30,
        repeatCall: customer.repeat,
        unresolved: false,
      };
    }
    const agent = rng.int(s.roster.length);
    const h = handle(s, agent, customer, 0, 1);
    const end = called + h.talk + h.hold;
    if (h.unresolved) followUp(customer.id, end + repeatDelay());
    return {
      interaction: ordered({
        ...base,
        agent: s.roster[agent] as string,
        answeredAt: stamper.stamp(called),
        endedAt: stamper.stamp(end),
        talkSeconds: h.talk,
        holdSeconds: h.hold,
        wrapUpSeconds: h.wrap,
        disposition: h.transferred ? 'transferred' : 'answered',
        outcomes: h.outcomes,
      }),
      vendorKey: s.vendorKey,
      offeredEpoch: epoch,
      endEpoch: end,
      repeatCall: customer.repeat,
      unresolved: h.unresolved,
    };
  }
}

/**
 * The demo contact records of `plan`, in time order (`offeredAt`), streamed: inbound phone calls
 * (answered, abandoned, short abandons, VRU-only), plus a small share of e-mails and web call-backs
 * when the plan has such activities. Ids are `demo-<day>-<n>`, stable for a given plan.
 */
export function* generateDemoInteractions(plan: DemoInteractionPlan): Generator<Interaction> {
  for (const c of simulate(plan)) yield c.interaction;
}

/** Share of answered calls whose customer answers the NPS question, and the CSAT one. */
const NPS_RESPONSE = 0.12;
const CSAT_RESPONSE = 0.08;

/**
 * Survey answers to the demo calls of `plan`: the same contacts are simulated again (same seed)
 * and about 12 % of answered calls (phone and call-back) get an NPS answer, 8 % a CSAT one, a few
 * minutes to a day after the call. Scores follow what happened: the vendor, the wait, whether the
 * customer had to call again and whether the problem stays open, complaints. Answers are streamed
 * in `answeredAt` order; those that would come after the last day are not given (not answered yet).
 */
export function* generateDemoSurveys(plan: DemoInteractionPlan): Generator<SurveyAnswer> {
  const rng = new Rng(mixSeed(plan.seed, 0x5a7e));
  const stamper = new Stamper();
  const queue = new MinHeap<SurveyAnswer>();
  const endDay = parseLocalTimestamp(`${plan.endDay}T00:00:00`, 'Demo plan endDay');
  const horizon = (daysFromCivil(endDay.year, endDay.month, endDay.day) + 1) * DAY;

  for (const c of simulate(plan)) {
    while (queue.peekKey() <= c.offeredEpoch) yield queue.pop();
    const i = c.interaction;
    if (i.channel === 'email' || i.answeredAt === null || i.customerId === null) continue;
    const wantsNps = rng.chance(NPS_RESPONSE);
    const wantsCsat = rng.chance(CSAT_RESPONSE);
    if (!wantsNps && !wantsCsat) continue;
    let mood = profileOf(c.vendorKey).npsBase;
    if (i.waitSeconds > 180) mood -= 1.8;
    else if (i.waitSeconds > 60) mood -= 0.9;
    else if (i.waitSeconds > 20) mood -= 0.3;
    if (c.repeatCall) mood -= 0.9;
    if (c.unresolved) mood -= 1.8;
    if (i.outcomes.includes('complaint')) mood -= 2.5;
    if (i.outcomes.includes('sale') || i.outcomes.includes('appointment')) mood += 0.3;
    const ask = (kind: 'nps' | 'csat', score: number): void => {
      const delay = rng.chance(0.6) ? rng.between(300, 3600) : rng.between(3600, DAY);
      const at = Math.round(c.endEpoch + delay);
      if (at >= horizon) return;
      queue.push(at, {
        kind,
        score,
        interactionId: i.id,
        customerId: i.customerId,
        answeredAt: stamper.stamp(at),
      });
    };
    if (wantsNps) ask('nps', Math.min(10, Math.max(0, Math.round(mood + 1.7 * rng.normal()))));
    if (wantsCsat)
      ask('csat', Math.min(5, Math.max(1, Math.round(1 + (4 * mood) / 10 + 0.8 * rng.normal()))));
  }
  while (queue.size > 0) yield queue.pop();
}
