import {
  type ContactFlags,
  type Interaction,
  KPI_COUNT_FIELDS,
  localEpochOf,
  localEpochSeconds,
  parseLocalTimestamp,
} from '@vigie/core';
import type SQLite from 'better-sqlite3';
import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { Db } from '../connect.ts';
import type { Database, InteractionTable } from '../schema.ts';
import { pgNumberArray, pgTextArray } from './pg-arrays.ts';

/** An interaction whose vendor, site and activity are the workspace's ids (resolved at import). */
export type ResolvedInteraction = Interaction & { readonly vendor: string };

/** A contact used only to list the columns of a row. */
const SAMPLE: ResolvedInteraction = {
  id: 's',
  channel: 'phone',
  direction: 'inbound',
  activity: null,
  vendor: 'v',
  site: null,
  agent: null,
  customerId: null,
  offeredAt: '2000-01-01T00:00:00',
  answeredAt: null,
  endedAt: null,
  waitSeconds: 0,
  talkSeconds: 0,
  holdSeconds: 0,
  wrapUpSeconds: 0,
  disposition: 'answered',
  offered: true,
  outcomes: [],
};
const SAMPLE_FLAGS: ContactFlags = {
  kpiClass: 'answered',
  countedOffered: true,
  withinThreshold: true,
  lateAbandon: false,
  handleSeconds: 0,
  conversion: false,
  resolved: false,
};

let lastDayStart = Number.NaN;
let lastDay = '';
/**
 * `YYYY-MM-DD` of a local epoch at midnight. The last one is kept: rows come day by day, and the
 * same string object row after row is also hashed once by the maps that group them.
 */
function dayOfStart(dayStart: number): string {
  if (dayStart !== lastDayStart) {
    lastDayStart = dayStart;
    lastDay = new Date(dayStart * 1000).toISOString().slice(0, 10);
  }
  return lastDay;
}

/** The row stored for one contact; `flags` were decided with the workspace's KPI settings. */
export function interactionRow(
  workspaceId: string,
  importId: string | null,
  i: ResolvedInteraction,
  flags: ContactFlags,
): InteractionTable {
  let epoch = localEpochOf(i.offeredAt);
  // another accepted spelling (or none: parseLocalTimestamp throws, naming the contact)
  if (Number.isNaN(epoch))
    epoch = localEpochSeconds(parseLocalTimestamp(i.offeredAt, `Interaction ${i.id} offeredAt`));
  const secondOfDay = ((epoch % 86400) + 86400) % 86400;
  return {
    workspaceId,
    id: i.id,
    importId,
    vendorId: i.vendor,
    siteId: i.site ?? '',
    activityId: i.activity ?? '',
    channel: i.channel,
    direction: i.direction,
    agent: i.agent ?? '',
    customerId: i.customerId,
    offeredAt: i.offeredAt,
    day: dayOfStart(epoch - secondOfDay),
    minute: Math.floor(secondOfDay / 60),
    epoch,
    answeredAt: i.answeredAt,
    endedAt: i.endedAt,
    waitSeconds: i.waitSeconds,
    talkSeconds: i.talkSeconds,
    holdSeconds: i.holdSeconds,
    wrapUpSeconds: i.wrapUpSeconds,
    disposition: i.disposition,
    offered: i.offered ? 1 : 0,
    outcomes: i.outcomes.join(','),
    kpiClass: flags.kpiClass,
    countedOffered: flags.countedOffered ? 1 : 0,
    withinThreshold: flags.withinThreshold ? 1 : 0,
    lateAbandon: flags.lateAbandon ? 1 : 0,
    handleSeconds: flags.handleSeconds,
    conversion: flags.conversion ? 1 : 0,
    resolved: flags.resolved ? 1 : 0,
    nextContactSeconds: null,
  };
}

/** Ids per lookup of {@link countStoredIds} (bound parameters stay well under SQLite's 32,766). */
const INSERT_CHUNK = 500;

const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Called for each row a bulk insert stored (not for those already there). */
export type OnInserted = (row: InteractionTable) => void;

type SqliteInsert = (rows: readonly InteractionTable[], onInserted: OnInserted | undefined) => number;

/** One prepared statement per SQLite handle (bulk loads run it once per row). */
const sqliteInserts = new WeakMap<SQLite.Database, SqliteInsert>();

/** The columns of a row, in `interactionRow`'s key order. */
const ROW_COLUMNS = Object.keys(
  interactionRow('w', null, SAMPLE, SAMPLE_FLAGS),
) as (keyof InteractionTable)[];

/** The table's names of those columns. */
export const ROW_COLUMN_NAMES: readonly string[] = ROW_COLUMNS.map(snake);

/**
 * The SQLite statement storing `rows` rows (default 1), their values in `rowValues` order one
 * after the other; a stored id is skipped.
 */
export function sqliteInsertText(rows = 1): string {
  const tuple = `(${ROW_COLUMNS.map(() => '?').join(', ')})`;
  return `INSERT INTO interaction (${ROW_COLUMN_NAMES.join(', ')}) VALUES ${new Array(rows).fill(tuple).join(', ')}
  ON CONFLICT (workspace_id, id) DO NOTHING`;
}
export const SQLITE_INSERT = sqliteInsertText();
/** Where a row's id, workspace and import are among its {@link rowValues}. */
export const ROW_ID_POSITION = ROW_COLUMNS.indexOf('id');
export const ROW_WORKSPACE_POSITION = ROW_COLUMNS.indexOf('workspaceId');
export const ROW_IMPORT_POSITION = ROW_COLUMNS.indexOf('importId');

/** The values of a row for {@link SQLITE_INSERT} (rows are built by interactionRow, in its key order). */
export function rowValues(row: InteractionTable): unknown[] {
  return Object.values(row);
}

function sqliteInsert(sqlite: SQLite.Database): SqliteInsert {
  let insert = sqliteInserts.get(sqlite);
  if (!insert) {
    const statement = sqlite.prepare(SQLITE_INSERT);
    // a savepoint when the caller's transaction is open, else a transaction of its own;
    // positional values (rows are built by interactionRow, in its key order) bind faster than names
    insert = sqlite.transaction((rows: readonly InteractionTable[], onInserted: OnInserted | undefined) => {
      let n = 0;
      for (const row of rows) {
        if (statement.run(rowValues(row)).changes > 0) {
          n++;
          onInserted?.(row);
        }
      }
      return n;
    });
    sqliteInserts.set(sqlite, insert);
  }
  return insert;
}

/** PostgreSQL type of each column, for the arrays `unnest` reads. */
const PG_TYPES: Partial<Record<keyof InteractionTable, string>> = {
  minute: 'int',
  epoch: 'bigint',
  waitSeconds: 'float8',
  talkSeconds: 'float8',
  holdSeconds: 'float8',
  wrapUpSeconds: 'float8',
  offered: 'int',
  countedOffered: 'int',
  withinThreshold: 'int',
  lateAbandon: 'int',
  handleSeconds: 'float8',
  conversion: 'int',
  resolved: 'int',
  nextContactSeconds: 'bigint',
};
/** The same in every row of an import: sent once rather than as an array. */
const PG_SCALARS = new Set<keyof InteractionTable>(['workspaceId', 'importId']);

/** `INSERT … SELECT FROM unnest(…)`, the columns in `scalar` given once for every row. */
function pgInsert(scalar: ReadonlySet<keyof InteractionTable>): string {
  const type = (c: keyof InteractionTable) => PG_TYPES[c] ?? 'text';
  const arrays = ROW_COLUMNS.filter((c) => !scalar.has(c));
  const select = ROW_COLUMNS.map((c, k) =>
    scalar.has(c) ? `$${k + 1}::${type(c)}` : `u.c${arrays.indexOf(c)}`,
  );
  const unnest = ROW_COLUMNS.flatMap((c, k) => (scalar.has(c) ? [] : [`$${k + 1}::${type(c)}[]`]));
  return `INSERT INTO interaction (${ROW_COLUMNS.map(snake).join(', ')})
    SELECT ${select.join(', ')}
    FROM unnest(${unnest.join(', ')}) AS u(${arrays.map((_, k) => `c${k}`).join(', ')})
    ON CONFLICT (workspace_id, id) DO NOTHING RETURNING id`;
}
const pgInserts = new Map<string, string>();

/**
 * Inserts rows, skipping any whose (workspace, id) is already stored, and returns how many were
 * new: re-importing the same records stores nothing twice. `onInserted` is told of each new
 * row. On SQLite one prepared statement runs per row inside a transaction (several times
 * faster than multi-row VALUES, which SQLite must parse anew for every batch); on PostgreSQL
 * one `INSERT … SELECT FROM unnest(arrays)` per batch (one parse, 31 parameters whatever the
 * batch size).
 */
export async function insertInteractions(
  conn: Db,
  rows: readonly InteractionTable[],
  onInserted?: OnInserted,
): Promise<number> {
  if (rows.length === 0) return 0;
  if (conn.sqlite) return sqliteInsert(conn.sqlite)(rows, onInserted);
  const first = rows[0] as InteractionTable;
  const scalar = new Set([...PG_SCALARS].filter((c) => rows.every((r) => r[c] === first[c])));
  const key = [...scalar].join();
  let text = pgInserts.get(key);
  if (text === undefined) {
    text = pgInsert(scalar);
    pgInserts.set(key, text);
  }
  const params = ROW_COLUMNS.map((c) => {
    if (scalar.has(c)) return first[c];
    return PG_TYPES[c] === undefined
      ? pgTextArray(rows.map((r) => r[c] as string | null))
      : pgNumberArray(rows.map((r) => r[c] as number | null));
  });
  const result = await conn.db.executeQuery<{ id: string }>(CompiledQuery.raw(text, params));
  if (onInserted && result.rows.length > 0) {
    const stored = new Set(result.rows.map((r) => r.id));
    for (const row of rows) if (stored.has(row.id)) onInserted(row);
  }
  return result.rows.length;
}

/** How many of `ids` are already stored in the workspace (for a dry run's duplicate count). */
export async function countStoredIds(
  db: Kysely<Database>,
  workspaceId: string,
  ids: readonly string[],
): Promise<number> {
  let found = 0;
  for (let k = 0; k < ids.length; k += INSERT_CHUNK) {
    const r = await db
      .selectFrom('interaction')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspaceId', '=', workspaceId)
      .where('id', 'in', ids.slice(k, k + INSERT_CHUNK))
      .executeTakeFirstOrThrow();
    found += Number(r.n);
  }
  return found;
}

/** Removes what an import stored (an all-or-nothing import that met errors, an interrupted one). */
export async function deleteImportedInteractions(db: Kysely<Database>, importId: string): Promise<void> {
  await db.deleteFrom('interaction').where('importId', '=', importId).execute();
}

/** The widest FCR window the settings accept; repeat gaps are refreshed that far back. */
export const MAX_FCR_WINDOW_DAYS = 31;

/**
 * Recomputes, for the answered contacts with a customer offered in [fromEpoch, toEpoch], the
 * seconds to that customer's next offered contact (any vendor of the workspace). New contacts can
 * only shorten the gap of earlier ones, so refreshing from `MAX_FCR_WINDOW_DAYS` before the
 * first new contact keeps every gap that any allowed window can see exact; a next contact more
 * than that window after `toEpoch` is left out (null), which no allowed window can tell from a
 * longer gap. One sorted pass: per customer, ordered by instant, the first offered instant at
 * least one second later (`RANGE BETWEEN 1 FOLLOWING`: strictly later, ties excluded).
 *
 * Imports do not call it: they add FCR repeats to the rollups directly (rollup-store.ts) and
 * leave `next_contact_seconds` as it is; it serves {@link rebuildRollups}, which reads it
 * (the demo load, {@link rebuildAllRollups}).
 */
export async function refreshRepeatGaps(
  db: Kysely<Database>,
  workspaceId: string,
  fromEpoch: number,
  toEpoch: number,
): Promise<void> {
  const horizon = toEpoch + MAX_FCR_WINDOW_DAYS * 86400 + 1;
  await sql`
    UPDATE interaction SET next_contact_seconds = g.next_epoch - interaction.epoch
    FROM (
      SELECT id, next_epoch FROM (
        SELECT id, kpi_class, epoch,
          MIN(CASE WHEN counted_offered = 1 THEN epoch END) OVER (
            PARTITION BY customer_id ORDER BY epoch RANGE BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING
          ) AS next_epoch
        FROM interaction
        WHERE workspace_id = ${workspaceId} AND customer_id IS NOT NULL
          AND epoch BETWEEN ${fromEpoch} AND ${horizon}
      ) w
      WHERE kpi_class = 'answered' AND epoch BETWEEN ${fromEpoch} AND ${toEpoch}
    ) g
    WHERE interaction.workspace_id = ${workspaceId} AND interaction.id = g.id`.execute(db);
}

/** Lower bounds of the histogram bins (seconds); the last bin is open. */
export const WAIT_BINS = [0, 10, 20, 30, 45, 60, 90, 120, 180, 300, 600] as const;
export const HANDLE_BINS = [0, 60, 120, 180, 240, 300, 420, 600, 900, 1200, 1800] as const;

function binExpression(column: string, bins: readonly number[]) {
  const cases = bins
    .slice(1)
    .map((upper, k) => `WHEN ${column} < ${upper} THEN ${bins[k]}`)
    .join(' ');
  return sql.raw(`CASE ${cases} ELSE ${bins[bins.length - 1]} END`);
}

/** The KpiCounts sums over `interaction` rows, as SQL (the order of the rollup columns). */
function countSums(fcrWindowSeconds: number) {
  return sql`
    COUNT(*), SUM(counted_offered),
    SUM(CASE WHEN kpi_class = 'answered' THEN 1 ELSE 0 END),
    SUM(CASE WHEN kpi_class = 'abandoned' THEN 1 ELSE 0 END),
    SUM(CASE WHEN kpi_class = 'short_abandoned' THEN 1 ELSE 0 END),
    SUM(CASE WHEN kpi_class = 'vru_only' THEN 1 ELSE 0 END),
    SUM(CASE WHEN kpi_class = 'phantom' THEN 1 ELSE 0 END),
    SUM(CASE WHEN kpi_class = 'not_offered' THEN 1 ELSE 0 END),
    SUM(within_threshold), SUM(late_abandon),
    SUM(CASE WHEN kpi_class = 'answered' THEN wait_seconds ELSE 0 END),
    SUM(CASE WHEN kpi_class = 'answered' THEN 1 ELSE 0 END),
    SUM(handle_seconds), SUM(conversion), SUM(resolved),
    SUM(CASE WHEN kpi_class = 'answered' AND customer_id IS NOT NULL THEN 1 ELSE 0 END),
    SUM(CASE WHEN kpi_class = 'answered' AND customer_id IS NOT NULL
      AND next_contact_seconds IS NOT NULL AND next_contact_seconds < ${fcrWindowSeconds} THEN 1 ELSE 0 END),
    SUM(CASE WHEN kpi_class = 'answered' AND customer_id IS NULL THEN 1 ELSE 0 END)`;
}

/** The KpiCounts the rollups store: all but logged-in time (no presence is stored yet). */
export const ROLLUP_FIELDS = KPI_COUNT_FIELDS.filter((f) => f !== 'loggedInSeconds');

/** Every rollup table (rebuilt, cleared together). */
const ROLLUP_TABLES = [
  'kpi_day_rollup',
  'kpi_interval_rollup',
  'kpi_agent_day_rollup',
  'kpi_agent_channel_rollup',
  'kpi_histogram',
] as const;

/** Their columns, in the order of `countSums`. */
const COUNT_COLUMN_NAMES = ROLLUP_FIELDS.map(snake);
const COUNT_COLUMNS = sql.raw(COUNT_COLUMN_NAMES.join(', '));

/**
 * Rebuilds the rollups of the days [fromDay, toDay] from the stored contacts: per 15-minute
 * interval, per agent and day (and per agent, channel and day alone, for the agent table), and
 * the wait / handle histograms (per vendor, site, activity, channel and day). Run in one
 * transaction by its callers, so dashboards see the old figures or the new ones, never a mix.
 */
export async function rebuildRollups(
  db: Kysely<Database>,
  workspaceId: string,
  fromDay: string,
  toDay: string,
  fcrWindowSeconds: number,
): Promise<void> {
  const inRange = sql`workspace_id = ${workspaceId} AND day BETWEEN ${fromDay} AND ${toDay}`;
  for (const table of ROLLUP_TABLES) {
    await sql`DELETE FROM ${sql.table(table)} WHERE ${inRange}`.execute(db);
  }
  await sql`
    INSERT INTO kpi_interval_rollup (workspace_id, vendor_id, site_id, activity_id, channel, day, minute, ${COUNT_COLUMNS})
    SELECT workspace_id, vendor_id, site_id, activity_id, channel, day, (minute / 15) * 15, ${countSums(fcrWindowSeconds)}
    FROM interaction WHERE ${inRange}
    GROUP BY workspace_id, vendor_id, site_id, activity_id, channel, day, (minute / 15) * 15`.execute(db);
  // the day rollup sums the intervals just written (a few rows per day, not the raw contacts)
  const sums = sql.raw(COUNT_COLUMN_NAMES.map((c) => `SUM(${c})`).join(', '));
  await sql`
    INSERT INTO kpi_day_rollup (workspace_id, vendor_id, site_id, activity_id, channel, day, ${COUNT_COLUMNS})
    SELECT workspace_id, vendor_id, site_id, activity_id, channel, day, ${sums}
    FROM kpi_interval_rollup WHERE ${inRange}
    GROUP BY workspace_id, vendor_id, site_id, activity_id, channel, day`.execute(db);
  await sql`
    INSERT INTO kpi_agent_day_rollup (workspace_id, vendor_id, site_id, activity_id, channel, agent, day, ${COUNT_COLUMNS})
    SELECT workspace_id, vendor_id, site_id, activity_id, channel, agent, day, ${countSums(fcrWindowSeconds)}
    FROM interaction WHERE ${inRange}
    GROUP BY workspace_id, vendor_id, site_id, activity_id, channel, agent, day`.execute(db);
  await sql`
    INSERT INTO kpi_agent_channel_rollup (workspace_id, vendor_id, day, channel, agent, ${COUNT_COLUMNS})
    SELECT workspace_id, vendor_id, day, channel, agent, ${sums}
    FROM kpi_agent_day_rollup WHERE ${inRange}
    GROUP BY workspace_id, vendor_id, day, channel, agent`.execute(db);
  const histograms: [string, string, readonly number[]][] = [
    ['wait', 'wait_seconds', WAIT_BINS],
    ['handle', 'handle_seconds', HANDLE_BINS],
  ];
  for (const [measure, column, bins] of histograms) {
    const bin = binExpression(column, bins);
    await sql`
      INSERT INTO kpi_histogram (workspace_id, vendor_id, site_id, activity_id, channel, day, measure, bin, count)
      SELECT workspace_id, vendor_id, site_id, activity_id, channel, day, ${measure}, ${bin}, COUNT(*)
      FROM interaction WHERE ${inRange} AND kpi_class = 'answered'
      GROUP BY workspace_id, vendor_id, site_id, activity_id, channel, day, ${bin}`.execute(db);
  }
}

/**
 * Recomputes every repeat gap and every rollup of a workspace from its stored contacts: the
 * reference the rollups kept by imports must equal, and a repair if they ever did not.
 */
export async function rebuildAllRollups(
  db: Kysely<Database>,
  workspaceId: string,
  fcrWindowSeconds: number,
): Promise<void> {
  const span = await db
    .selectFrom('interaction')
    .select((eb) => [eb.fn.min('epoch').as('from'), eb.fn.max('epoch').as('to')])
    .where('workspaceId', '=', workspaceId)
    .executeTakeFirst();
  for (const table of ROLLUP_TABLES) {
    await sql`DELETE FROM ${sql.table(table)} WHERE workspace_id = ${workspaceId}`.execute(db);
  }
  if (span?.from === null || span?.from === undefined || span.to === null) return;
  const from = Number(span.from);
  const to = Number(span.to);
  await refreshRepeatGaps(db, workspaceId, from, to);
  const day = (epoch: number) => new Date(epoch * 1000).toISOString().slice(0, 10);
  await rebuildRollups(db, workspaceId, day(from), day(to), fcrWindowSeconds);
}

/** Every contact-record table of a workspace (they carry no foreign key, see the migration). */
export async function deleteWorkspaceContacts(db: Kysely<Database>, workspaceId: string): Promise<void> {
  for (const table of ['interaction', ...ROLLUP_TABLES, 'survey_answer']) {
    await sql`DELETE FROM ${sql.table(table)} WHERE workspace_id = ${workspaceId}`.execute(db);
  }
}
