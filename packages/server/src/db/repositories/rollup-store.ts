import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { Db } from '../connect.ts';
import type { Database } from '../schema.ts';
import { MAX_FCR_WINDOW_DAYS, ROLLUP_FIELDS } from './interaction-store.ts';
import { pgNumberArray, pgTextArray } from './pg-arrays.ts';
import { copyStream } from './pg-copy.ts';
import type { HistogramDelta, RollupAccumulator, RollupDelta, RollupKeys } from './rollup-accumulator.ts';
import { type RollupWriteTarget, sqliteValues, sqliteWriteRows } from './rollup-write-target.ts';

const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const COUNT_COLUMNS = ROLLUP_FIELDS.map(snake);
/** Rows per PostgreSQL statement (or per text of a COPY) of the bulk writes below. */
const PG_CHUNK = 10_000;

/** Day `YYYY-MM-DD` of a local epoch (seconds). */
export function dayOfEpoch(epoch: number): string {
  return new Date(epoch * 1000).toISOString().slice(0, 10);
}

/** A rollup table and the delta fields of its key after the workspace, in column order. */
interface RollupTable {
  readonly name: string;
  readonly keys: readonly RollupKeyField[];
}
type RollupKeyField = 'vendorId' | 'siteId' | 'activityId' | 'channel' | 'day' | 'minute' | 'agent';
const DIMENSIONS = ['vendorId', 'siteId', 'activityId', 'channel', 'day'] as const;
const DAY: RollupTable = { name: 'kpi_day_rollup', keys: DIMENSIONS };
const INTERVAL: RollupTable = { name: 'kpi_interval_rollup', keys: [...DIMENSIONS, 'minute'] };
const AGENT: RollupTable = { name: 'kpi_agent_day_rollup', keys: [...DIMENSIONS, 'agent'] };
const AGENT_CHANNEL: RollupTable = {
  name: 'kpi_agent_channel_rollup',
  keys: ['vendorId', 'day', 'channel', 'agent'],
};

/** The histogram's key, in the order its rows are written. */
const HISTOGRAM_KEY_COLUMNS = [
  'workspace_id',
  'vendor_id',
  'site_id',
  'activity_id',
  'channel',
  'day',
  'measure',
  'bin',
];

function keyColumns(t: RollupTable): string[] {
  return ['workspace_id', ...t.keys.map(snake)];
}

/** Every rollup table and its key columns. */
export const ROLLUP_KEY_COLUMNS: Readonly<Record<string, readonly string[]>> = Object.fromEntries([
  ...[DAY, INTERVAL, AGENT, AGENT_CHANNEL].map((t) => [t.name, keyColumns(t)]),
  ['kpi_histogram', HISTOGRAM_KEY_COLUMNS],
]);

/**
 * `INSERT … ON CONFLICT (key) DO UPDATE SET c = c + excluded.c`, values from `source`; a plain
 * INSERT when the caller knows none of the rows exists (`fresh`: PostgreSQL's speculative
 * insertion makes the upsert about 1.7 times slower).
 */
function upsertSql(
  table: string,
  keys: readonly string[],
  counts: readonly string[],
  source: string,
  fresh: boolean,
): string {
  const insert = `INSERT INTO ${table} (${[...keys, ...counts].join(', ')}) ${source}`;
  if (fresh) return insert;
  const set = counts.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ');
  return `${insert} ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${set}`;
}

/** `SELECT $1::text, u.* FROM unnest($2::<type>[], …) AS u`: the workspace once, the rest as arrays. */
function unnestSource(types: readonly string[]): string {
  return `SELECT $1::text, u.* FROM unnest(${types.map((t, k) => `$${k + 2}::${t}[]`).join(', ')}) AS u`;
}

function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

async function addRollupRows(
  conn: Db,
  trx: Kysely<Database>,
  workspaceId: string,
  table: RollupTable,
  deltas: Iterable<RollupDelta>,
  fresh: boolean,
  target: RollupWriteTarget,
): Promise<void> {
  const keys = keyColumns(table);
  const rows = function* () {
    for (const d of deltas) {
      const row: (string | number)[] = [workspaceId];
      for (const k of table.keys) row.push(d[k] as string | number);
      for (let f = 0; f < COUNT_COLUMNS.length; f++) row.push(d.counts[f] as number);
      yield row;
    }
  };
  if (conn.sqlite) {
    const width = keys.length + COUNT_COLUMNS.length;
    await sqliteWriteRows(
      conn.sqlite,
      target,
      (n) => upsertSql(table.name, keys, COUNT_COLUMNS, sqliteValues(n, width), fresh),
      rows(),
    );
    return;
  }
  if (fresh && target.copyClient) {
    await copyStream(target.copyClient, table.name, [...keys, ...COUNT_COLUMNS], rows(), PG_CHUNK);
    return;
  }
  const types = [
    ...table.keys.map((k) => (k === 'minute' ? 'int' : 'text')),
    ...COUNT_COLUMNS.map(() => 'float8'),
  ];
  const text = upsertSql(table.name, keys, COUNT_COLUMNS, unnestSource(types), fresh);
  for (const chunk of chunks(deltas, PG_CHUNK)) {
    const params: string[] = [workspaceId];
    for (const k of table.keys)
      params.push(
        k === 'minute'
          ? pgNumberArray(chunk.map((d) => d.minute as number))
          : pgTextArray(chunk.map((d) => d[k] as string)),
      );
    for (let f = 0; f < COUNT_COLUMNS.length; f++)
      params.push(pgNumberArray(chunk.map((d) => d.counts[f] as number)));
    await trx.executeQuery(CompiledQuery.raw(text, params));
  }
}

async function addHistogramRows(
  conn: Db,
  trx: Kysely<Database>,
  workspaceId: string,
  deltas: Iterable<HistogramDelta>,
  fresh: boolean,
  target: RollupWriteTarget,
): Promise<void> {
  const keys = HISTOGRAM_KEY_COLUMNS;
  const rows = function* () {
    for (const d of deltas)
      yield [workspaceId, d.vendorId, d.siteId, d.activityId, d.channel, d.day, d.measure, d.bin, d.count];
  };
  if (conn.sqlite) {
    await sqliteWriteRows(
      conn.sqlite,
      target,
      (n) => upsertSql('kpi_histogram', keys, ['count'], sqliteValues(n, keys.length + 1), fresh),
      rows(),
    );
    return;
  }
  if (fresh && target.copyClient) {
    await copyStream(target.copyClient, 'kpi_histogram', [...keys, 'count'], rows(), PG_CHUNK);
    return;
  }
  const types = ['text', 'text', 'text', 'text', 'text', 'text', 'int', 'int'];
  const text = upsertSql('kpi_histogram', keys, ['count'], unnestSource(types), fresh);
  for (const chunk of chunks(deltas, PG_CHUNK)) {
    await trx.executeQuery(
      CompiledQuery.raw(text, [
        workspaceId,
        pgTextArray(chunk.map((d) => d.vendorId)),
        pgTextArray(chunk.map((d) => d.siteId)),
        pgTextArray(chunk.map((d) => d.activityId)),
        pgTextArray(chunk.map((d) => d.channel)),
        pgTextArray(chunk.map((d) => d.day)),
        pgTextArray(chunk.map((d) => d.measure)),
        pgNumberArray(chunk.map((d) => d.bin)),
        pgNumberArray(chunk.map((d) => d.count)),
      ]),
    );
  }
}

/**
 * Adds what an import's accumulator summed to the stored rollups (rows created as needed), in
 * the caller's transaction: on SQLite `trx` runs on the same connection as `conn.sqlite`, unless
 * `target` sends the rows elsewhere (see {@link RollupWriteTarget}). `fresh`: none of the rows
 * exists yet (plain INSERTs, or COPY; a conflict then fails the transaction).
 */
export async function addRollups(
  conn: Db,
  trx: Kysely<Database>,
  workspaceId: string,
  acc: RollupAccumulator,
  fresh = false,
  target: RollupWriteTarget = {},
): Promise<void> {
  await addRollupRows(conn, trx, workspaceId, DAY, acc.dayDeltas(), fresh, target);
  await addRollupRows(conn, trx, workspaceId, INTERVAL, acc.intervalDeltas(), fresh, target);
  await addRollupRows(conn, trx, workspaceId, AGENT, acc.agentDeltas(), fresh, target);
  await addRollupRows(conn, trx, workspaceId, AGENT_CHANNEL, acc.agentChannelDeltas(), fresh, target);
  await addHistogramRows(conn, trx, workspaceId, acc.histogramDeltas(), fresh, target);
}

/**
 * Whether any rollup row of the workspace lies in [fromDay, toDay] (when none does, an import
 * alone in those days adds its rollup rows with plain INSERTs). Every stored contact has a row
 * in the day rollup, whatever the others hold: that small table answers for all.
 */
async function rollupsStoredInDays(
  trx: Kysely<Database>,
  workspaceId: string,
  fromDay: string,
  toDay: string,
): Promise<boolean> {
  const found = await trx
    .selectFrom('kpiDayRollup')
    .select('day')
    .where('workspaceId', '=', workspaceId)
    .where('day', '>=', fromDay)
    .where('day', '<=', toDay)
    .limit(1)
    .executeTakeFirst();
  return found !== undefined;
}

/**
 * Whether contacts other than the `imported` rows just stored lie in the days [fromDay, toDay]
 * (counted from the day index alone).
 */
export async function othersStoredInDays(
  trx: Kysely<Database>,
  workspaceId: string,
  fromDay: string,
  toDay: string,
  imported: number,
): Promise<boolean> {
  const r = await trx
    .selectFrom('interaction')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspaceId', '=', workspaceId)
    .where('day', '>=', fromDay)
    .where('day', '<=', toDay)
    .executeTakeFirstOrThrow();
  return Number(r.n) > imported;
}

/** A contact whose FCR verdict an import changed, with the change (+1: now repeated). */
export interface RepeatChange extends RollupKeys {
  readonly delta: number;
}

/**
 * The general case of FCR repeats, when other stored contacts lie within reach of an import's:
 * one sorted window pass over the stored contacts of the days within reach finds, for every
 * answered contact with a customer offered in [fromEpoch, toEpoch], its next offered contact
 * with and without the import's rows (the rollups so far count the repeats without them, and
 * none for the import's own contacts); returns the contacts whose verdict for
 * `fcrWindowSeconds` differs. New contacts only shorten gaps: the changes are all +1.
 */
export async function repeatChanges(
  trx: Kysely<Database>,
  workspaceId: string,
  importId: string,
  fromEpoch: number,
  toEpoch: number,
  fcrWindowSeconds: number,
): Promise<RepeatChange[]> {
  const horizon = toEpoch + MAX_FCR_WINDOW_DAYS * 86400 + 1;
  const w = Math.floor(fcrWindowSeconds);
  const r = await sql<RepeatChange>`
    SELECT vendor_id, site_id, activity_id, channel, agent, day, minute, delta FROM (
      SELECT vendor_id, site_id, activity_id, channel, agent, day, minute,
        CASE WHEN next_all - epoch < ${w} THEN 1 ELSE 0 END
          - CASE WHEN own = 1 THEN 0 WHEN next_before - epoch < ${w} THEN 1 ELSE 0 END AS delta
      FROM (
        SELECT kpi_class, epoch, vendor_id, site_id, activity_id, channel, agent, day, minute,
          CASE WHEN import_id = ${importId} THEN 1 ELSE 0 END AS own,
          MIN(CASE WHEN counted_offered = 1 THEN epoch END) OVER later AS next_all,
          MIN(CASE WHEN counted_offered = 1 AND (import_id IS NULL OR import_id <> ${importId})
            THEN epoch END) OVER later AS next_before
        FROM interaction
        WHERE workspace_id = ${workspaceId} AND customer_id IS NOT NULL
          AND day BETWEEN ${dayOfEpoch(fromEpoch)} AND ${dayOfEpoch(horizon)}
          AND epoch BETWEEN ${fromEpoch} AND ${horizon}
        WINDOW later AS (PARTITION BY customer_id ORDER BY epoch RANGE BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING)
      ) w
      WHERE kpi_class = 'answered' AND epoch BETWEEN ${fromEpoch} AND ${toEpoch}
    ) c
    WHERE delta <> 0`.execute(trx);
  return r.rows.map((c) => ({ ...c, minute: Number(c.minute), delta: Number(c.delta) }));
}

/**
 * The final phase of an import, in its transaction: adds what its contacts add to the rollups,
 * FCR repeats included. When no other stored contact lies within `MAX_FCR_WINDOW_DAYS` of the
 * imported ones (counted from the day index), the repeats found in memory among the imported
 * contacts are exact; otherwise {@link repeatChanges} finds them, and the earlier contacts the
 * new ones repeat, from the stored rows. Repeat gaps are not stored on the rows
 * (`next_contact_seconds` is left to `refreshRepeatGaps`): updating a row per answered
 * contact cost more than the rest of the final phase. `target`: see {@link addRollups}. Returns
 * which way was taken.
 */
export async function addImportToRollups(
  conn: Db,
  trx: Kysely<Database>,
  workspaceId: string,
  importId: string,
  acc: RollupAccumulator,
  fcrWindowSeconds: number,
  target: RollupWriteTarget = {},
): Promise<'memory' | 'sql'> {
  if (acc.rows === 0) return 'memory';
  const reach = MAX_FCR_WINDOW_DAYS * 86400;
  const others = await othersStoredInDays(
    trx,
    workspaceId,
    dayOfEpoch(acc.minEpoch - reach),
    dayOfEpoch(acc.maxEpoch + reach),
    acc.rows,
  );
  if (others) {
    const changes = await repeatChanges(
      trx,
      workspaceId,
      importId,
      acc.minEpoch - reach,
      acc.maxEpoch,
      fcrWindowSeconds,
    );
    for (const c of changes) acc.addRepeats(c, c.delta);
  } else acc.resolveRepeats(fcrWindowSeconds);
  // alone in its days, and no rollup row there either (as expected then): plain INSERTs
  const fresh =
    !others &&
    !(await rollupsStoredInDays(trx, workspaceId, dayOfEpoch(acc.minEpoch), dayOfEpoch(acc.maxEpoch)));
  await addRollups(conn, trx, workspaceId, acc, fresh, target);
  return others ? 'sql' : 'memory';
}
