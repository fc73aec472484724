import {
  addKpiCounts,
  compareGroupValues,
  csatResult,
  emptyKpiCounts,
  type GroupKey,
  type KpiCounts,
  type KpiOptions,
  kpiMetrics,
  type LocalTimestamp,
  npsResult,
  type ReadScope,
  TIME_BUCKET_KEYS,
  type TimeBucketKey,
  timeBucketLabel,
} from '@vigie/core';
import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { ROLLUP_FIELDS } from './interaction-store.ts';

type RollupField = (typeof ROLLUP_FIELDS)[number];

/** Narrowing of every figure: the period (inclusive days) and optional dimensions. */
export interface KpiFilters {
  from: string;
  to: string;
  vendorId?: string | undefined;
  siteId?: string | undefined;
  activityId?: string | undefined;
  channel?: string | undefined;
  agent?: string | undefined;
}

const INTRADAY: readonly TimeBucketKey[] = ['interval15', 'interval30', 'hour'];
const DIMENSION_COLUMN = {
  vendor: 'vendorId',
  site: 'siteId',
  activity: 'activityId',
  channel: 'channel',
  agent: 'agent',
} as const;
type DimensionColumn = (typeof DIMENSION_COLUMN)[keyof typeof DIMENSION_COLUMN];

/** The figures of a group plus its survey tallies. */
export interface KpiGroup {
  values: (string | null)[];
  counts: KpiCounts;
  nps: { promoters: number; passives: number; detractors: number };
  csat: { n: number; satisfied: number };
}

function timestampOf(day: string, minute: number): LocalTimestamp {
  return {
    year: Number(day.slice(0, 4)),
    month: Number(day.slice(5, 7)),
    day: Number(day.slice(8, 10)),
    hour: Math.floor(minute / 60),
    minute: minute % 60,
    second: 0,
  };
}

// biome-ignore lint/suspicious/noExplicitAny: the three rollup tables share these columns
type AnyRollupQuery = SelectQueryBuilder<Database, any, any>;

function applyFilters<Q extends AnyRollupQuery>(q: Q, scope: ReadScope, f: KpiFilters): Q {
  let out = q
    .where('workspaceId', '=', scope.workspaceId)
    .where('day', '>=', f.from)
    .where('day', '<=', f.to) as Q;
  // a vendor user's scope wins over any vendorId they pass
  const vendorId = scope.vendorId ?? f.vendorId;
  if (vendorId !== undefined) out = out.where('vendorId', '=', vendorId) as Q;
  if (f.siteId !== undefined) out = out.where('siteId', '=', f.siteId) as Q;
  if (f.activityId !== undefined) out = out.where('activityId', '=', f.activityId) as Q;
  if (f.channel !== undefined) out = out.where('channel', '=', f.channel) as Q;
  if (f.agent !== undefined) out = out.where('agent', '=', f.agent) as Q;
  return out;
}

/**
 * With no vendor named, names every vendor of the workspace's rollups, so that a rollup is read
 * as one range of its key (vendor, day, …) per vendor: the agent rollups (and on SQLite the
 * 15-minute one) have no day index (see migration 20261130T1200), and a scan of the workspace's
 * rows would read every day.
 */
function everyVendorWhenNoneNamed<Q extends AnyRollupQuery>(
  db: Kysely<Database>,
  q: Q,
  scope: ReadScope,
  f: KpiFilters,
): Q {
  if ((scope.vendorId ?? f.vendorId) !== undefined) return q;
  return q.where(
    'vendorId',
    'in',
    db.selectFrom('kpiDayRollup').select('vendorId').distinct().where('workspaceId', '=', scope.workspaceId),
  ) as Q;
}

/** Survey answers of the period per group of `groupCols`: NPS promoters, passives, detractors, CSAT. */
async function surveyTallies(
  db: Kysely<Database>,
  scope: ReadScope,
  groupCols: readonly string[],
  f: KpiFilters,
): Promise<Record<string, string | number | null>[]> {
  let sq = db.selectFrom('surveyAnswer').select(groupCols as never[]) as AnyRollupQuery;
  sq = sq.select([
    sql<number>`SUM(CASE WHEN kind = 'nps' AND score >= 9 THEN 1 ELSE 0 END)`.as('promoters'),
    sql<number>`SUM(CASE WHEN kind = 'nps' AND score IN (7, 8) THEN 1 ELSE 0 END)`.as('passives'),
    sql<number>`SUM(CASE WHEN kind = 'nps' AND score <= 6 THEN 1 ELSE 0 END)`.as('detractors'),
    sql<number>`SUM(CASE WHEN kind = 'csat' THEN 1 ELSE 0 END)`.as('csatN'),
    sql<number>`SUM(CASE WHEN kind = 'csat' AND score >= 4 THEN 1 ELSE 0 END)`.as('satisfied'),
  ]);
  sq = applyFilters(sq, scope, f);
  if (groupCols.length > 0) sq = sq.groupBy(groupCols as never[]);
  return (await sq.execute()) as Record<string, string | number | null>[];
}

/**
 * Sums the rollups of the period into the groups of `by`. The database groups by the stored
 * dimensions and day (and 15-minute interval for intraday buckets); weeks, months and wider
 * intervals are folded here with core's bucket labels, so they match `vigie kpi` exactly.
 * Agents come from the per-agent, channel and day rollup (or, with a site or an activity, the
 * per-agent-and-day one, which also keys them), intraday buckets from the interval one, the rest
 * from the per-day one (48 times fewer rows than the intervals for an open day).
 */
export async function sumRollups(
  db: Kysely<Database>,
  scope: ReadScope,
  by: readonly GroupKey[],
  f: KpiFilters,
  {
    fields = ROLLUP_FIELDS,
    surveys = true,
  }: {
    /** the counts to sum (the others stay 0) */
    fields?: readonly RollupField[];
    /** also tally survey answers */
    surveys?: boolean;
  } = {},
): Promise<KpiGroup[]> {
  const bucket = by.find((k): k is TimeBucketKey => (TIME_BUCKET_KEYS as readonly string[]).includes(k));
  const intraday = bucket !== undefined && INTRADAY.includes(bucket);
  const useAgentTable = by.includes('agent') || f.agent !== undefined;
  if (useAgentTable && intraday) throw new Error('agent figures are rolled up per day: no intraday bucket');
  const dims = by
    .filter((k) => k in DIMENSION_COLUMN)
    .map((k) => DIMENSION_COLUMN[k as keyof typeof DIMENSION_COLUMN]);
  const timeCols = bucket === undefined ? [] : intraday ? ['day', 'minute'] : ['day'];
  const groupCols = [...dims, ...timeCols] as (DimensionColumn | 'day' | 'minute')[];

  // agents without site or activity (the vendor page's agent table): the narrow agent rollup
  const siteOrActivity =
    dims.includes('siteId') ||
    dims.includes('activityId') ||
    f.siteId !== undefined ||
    f.activityId !== undefined;
  const table = useAgentTable
    ? siteOrActivity
      ? 'kpiAgentDayRollup'
      : 'kpiAgentChannelRollup'
    : intraday
      ? 'kpiIntervalRollup'
      : 'kpiDayRollup';
  let q = db.selectFrom(table).select(groupCols as never[]) as AnyRollupQuery;
  for (const field of fields) q = q.select((eb) => eb.fn.sum(field).as(field));
  q = applyFilters(q, scope, f);
  if (table !== 'kpiDayRollup') q = everyVendorWhenNoneNamed(db, q, scope, f);
  if (groupCols.length > 0) q = q.groupBy(groupCols as never[]);

  // side by side: on PostgreSQL, two connections of the pool
  const [rows, surveyRows] = await Promise.all([
    q.execute() as Promise<Record<string, string | number | null>[]>,
    surveys ? surveyTallies(db, scope, groupCols, f) : [],
  ]);

  const groups = new Map<string, KpiGroup>();
  const groupOf = (r: Record<string, string | number | null>): KpiGroup => {
    const values = by.map((k) => {
      if (k in DIMENSION_COLUMN) {
        const v = r[DIMENSION_COLUMN[k as keyof typeof DIMENSION_COLUMN]];
        return v === '' || v === null || v === undefined ? null : String(v);
      }
      return timeBucketLabel(k as TimeBucketKey, timestampOf(String(r.day), Number(r.minute ?? 0)));
    });
    const key = JSON.stringify(values);
    let g = groups.get(key);
    if (!g) {
      g = {
        values,
        counts: emptyKpiCounts(),
        nps: { promoters: 0, passives: 0, detractors: 0 },
        csat: { n: 0, satisfied: 0 },
      };
      groups.set(key, g);
    }
    return g;
  };
  for (const r of rows) {
    const partial = emptyKpiCounts();
    for (const field of fields) partial[field] = Number(r[field] ?? 0);
    if (partial.contacts === 0) continue;
    addKpiCounts(groupOf(r).counts, partial);
  }
  for (const r of surveyRows) {
    const g = groupOf(r);
    g.nps.promoters += Number(r.promoters ?? 0);
    g.nps.passives += Number(r.passives ?? 0);
    g.nps.detractors += Number(r.detractors ?? 0);
    g.csat.n += Number(r.csatN ?? 0);
    g.csat.satisfied += Number(r.satisfied ?? 0);
  }
  return [...groups.values()].sort((a, b) => compareGroupValues(a.values, b.values));
}

/** The KPI figures of a group, as `vigie kpi` gives them, plus NPS and CSAT with n and interval. */
export function groupFigures(g: KpiGroup, options: KpiOptions) {
  const nps = npsResult(g.nps.promoters, g.nps.passives, g.nps.detractors);
  const csat = csatResult(g.csat.n, g.csat.satisfied);
  // added to kpiMetrics' object, not spread into a new one: V8 copies a spread object of this
  // size by its slow path (10 to 50 µs a group, most of a 360-row table's time)
  return Object.assign(kpiMetrics(g.counts, options), {
    nps: nps.value,
    npsN: nps.n,
    npsInterval: nps.interval ? [nps.interval.low, nps.interval.high] : null,
    csat: csat.value,
    csatN: csat.n,
    csatInterval: csat.interval ? [csat.interval.low, csat.interval.high] : null,
  });
}

/**
 * The counts service level needs, whatever its variant (and `contacts`, which tells an empty
 * group): summing 5 columns instead of 18 more than halves the heatmap's query.
 */
const SERVICE_LEVEL_FIELDS: readonly RollupField[] = [
  'contacts',
  'offered',
  'answered',
  'answeredWithinThreshold',
  'abandonedAfterThreshold',
];

/** Intraday service level: one cell per day and interval of `interval` minutes with contacts. */
export async function heatmapCells(
  db: Kysely<Database>,
  scope: ReadScope,
  f: KpiFilters,
  interval: 15 | 30 | 60,
  options: KpiOptions,
) {
  const by: GroupKey[] = [interval === 60 ? 'hour' : `interval${interval}`];
  const groups = await sumRollups(db, scope, by, f, { fields: SERVICE_LEVEL_FIELDS, surveys: false });
  return groups
    .map((g) => {
      const label = g.values[0] ?? '';
      const m = kpiMetrics(g.counts, options);
      return {
        day: label.slice(0, 10),
        time: label.slice(11, 16),
        offered: m.offered,
        serviceLevel: m.serviceLevel,
        serviceLevelN: m.serviceLevelN,
      };
    })
    .filter((c) => c.offered > 0);
}

/** Wait (answered contacts) and handle-time histograms of the period. */
export async function histograms(db: Kysely<Database>, scope: ReadScope, f: KpiFilters) {
  let q = db
    .selectFrom('kpiHistogram')
    .select(['measure', 'bin'])
    .select((eb) => eb.fn.sum('count').as('count')) as AnyRollupQuery;
  q = applyFilters(q, scope, { ...f, agent: undefined });
  q = everyVendorWhenNoneNamed(db, q, scope, f);
  const rows = (await q.groupBy(['measure', 'bin']).execute()) as {
    measure: string;
    bin: number;
    count: number;
  }[];
  return rows.map((r) => ({ measure: r.measure, bin: Number(r.bin), count: Number(r.count) }));
}

/** Names of the workspace's vendors, sites and activities the scope may see, by id. */
export async function entityLabels(db: Kysely<Database>, scope: ReadScope) {
  let vendors = db.selectFrom('vendor').select(['id', 'name']).where('workspaceId', '=', scope.workspaceId);
  let sites = db.selectFrom('site').select(['id', 'name']).where('workspaceId', '=', scope.workspaceId);
  if (scope.vendorId !== null) {
    vendors = vendors.where('id', '=', scope.vendorId);
    sites = sites.where('vendorId', '=', scope.vendorId);
  }
  const activities = db
    .selectFrom('activity')
    .select(['id', 'name'])
    .where('workspaceId', '=', scope.workspaceId);
  const [v, s, a] = await Promise.all([vendors.execute(), sites.execute(), activities.execute()]);
  const byId = (rows: { id: string; name: string }[]) => Object.fromEntries(rows.map((r) => [r.id, r.name]));
  return { vendor: byId(v), site: byId(s), activity: byId(a) };
}

/** First and last day with contacts in the scope (from the day rollup, a few rows a day). */
export async function dataRange(db: Kysely<Database>, scope: ReadScope) {
  let q = db
    .selectFrom('kpiDayRollup')
    .select((eb) => [eb.fn.min('day').as('first'), eb.fn.max('day').as('last')])
    .where('workspaceId', '=', scope.workspaceId);
  if (scope.vendorId !== null) q = q.where('vendorId', '=', scope.vendorId);
  const r = await q.executeTakeFirst();
  return { first: r?.first ?? null, last: r?.last ?? null };
}
