import type { ReadScope, Transcript } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { Database, TranscriptTable } from '../schema.ts';
import { likePattern } from './list-query.ts';

/** A stored call without its turns, as lists show it. */
export interface TranscriptSummary {
  id: string;
  callId: string;
  vendorId: string;
  siteId: string | null;
  activityId: string | null;
  agent: string | null;
  interactionId: string | null;
  startedAt: string | null;
  language: string;
  durationSeconds: number;
  turnCount: number;
  redactions: Record<string, number> | null;
  sourceFile: string;
  importedAt: string;
}

/** What picks calls: for lists, analysis runs and samples. */
export interface TranscriptFilter {
  vendorId?: string | undefined;
  siteId?: string | undefined;
  activityId?: string | undefined;
  agent?: string | undefined;
  /** local dates, inclusive: YYYY-MM-DD */
  from?: string | undefined;
  to?: string | undefined;
  /** call id or agent contains */
  q?: string | undefined;
  /** the calls a sample plan drew */
  sampleId?: string | undefined;
}

export function toTranscriptSummary(
  row: Omit<TranscriptTable, 'documentJson' | 'workspaceId'>,
): TranscriptSummary {
  return {
    id: row.id,
    callId: row.callId,
    vendorId: row.vendorId,
    siteId: row.siteId,
    activityId: row.activityId,
    agent: row.agent || null,
    interactionId: row.interactionId,
    startedAt: row.startedAt,
    language: row.language,
    durationSeconds: row.durationSeconds,
    turnCount: row.turnCount,
    redactions:
      row.redactionsJson === null ? null : (JSON.parse(row.redactionsJson) as Record<string, number>),
    sourceFile: row.sourceFile,
    importedAt: row.importedAt,
  };
}

const SUMMARY_COLUMNS = [
  'id',
  'callId',
  'vendorId',
  'siteId',
  'activityId',
  'agent',
  'interactionId',
  'startedAt',
  'language',
  'durationSeconds',
  'turnCount',
  'redactionsJson',
  'sourceFile',
  'importedAt',
] as const;

/** Calls in the scope (a vendor user's own vendor only) that pass the filter. */
export function scopedTranscripts(db: Kysely<Database>, scope: ReadScope, filter: TranscriptFilter) {
  let q = db.selectFrom('transcript').where('workspaceId', '=', scope.workspaceId);
  if (scope.vendorId !== null) q = q.where('vendorId', '=', scope.vendorId);
  if (filter.vendorId) q = q.where('vendorId', '=', filter.vendorId);
  if (filter.siteId) q = q.where('siteId', '=', filter.siteId);
  if (filter.activityId) q = q.where('activityId', '=', filter.activityId);
  if (filter.agent) q = q.where('agent', '=', filter.agent);
  if (filter.from) q = q.where('startedAt', '>=', filter.from);
  if (filter.to) q = q.where('startedAt', '<', `${filter.to}T99`);
  if (filter.sampleId) {
    const planId = filter.sampleId;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('sampleCall as s')
          .innerJoin('sampleDraw as d', 'd.id', 's.drawId')
          .select('s.transcriptId')
          .where('d.planId', '=', planId)
          .where('d.workspaceId', '=', scope.workspaceId)
          .whereRef('s.transcriptId', '=', 'transcript.id'),
      ),
    );
  }
  if (filter.q) {
    const like = likePattern(filter.q);
    q = q.where((eb) => eb.or([eb('callId', 'like', like), eb('agent', 'like', like)]));
  }
  return q;
}

export async function listTranscripts(
  db: Kysely<Database>,
  scope: ReadScope,
  filter: TranscriptFilter,
  page: { limit: number; offset: number },
): Promise<{ items: TranscriptSummary[]; total: number }> {
  const [rows, count] = await Promise.all([
    scopedTranscripts(db, scope, filter)
      .select(SUMMARY_COLUMNS)
      .orderBy('startedAt', 'desc')
      .orderBy('callId')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    scopedTranscripts(db, scope, filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst(),
  ]);
  return { items: rows.map(toTranscriptSummary), total: Number(count?.n ?? 0) };
}

/** The agents of the calls in scope (a vendor user's own vendor only), with their number of calls. */
export async function listTranscriptAgents(
  db: Kysely<Database>,
  scope: ReadScope,
  filter: Pick<TranscriptFilter, 'vendorId'>,
): Promise<{ agent: string; vendorId: string; calls: number }[]> {
  const rows = await scopedTranscripts(db, scope, filter)
    .select(['agent', 'vendorId', (eb) => eb.fn.countAll<number>().as('calls')])
    .where('agent', '!=', '')
    .groupBy(['agent', 'vendorId'])
    .orderBy('agent')
    .execute();
  return rows.map((r) => ({ agent: r.agent, vendorId: r.vendorId, calls: Number(r.calls) }));
}

export async function findTranscript(
  db: Kysely<Database>,
  scope: ReadScope,
  id: string,
): Promise<{ summary: TranscriptSummary; transcript: Transcript } | undefined> {
  const row = await scopedTranscripts(db, scope, {}).selectAll().where('id', '=', id).executeTakeFirst();
  return row && { summary: toTranscriptSummary(row), transcript: JSON.parse(row.documentJson) as Transcript };
}

/** Call ids of the workspace among these (to store nothing twice). */
export async function storedCallIds(
  db: Kysely<Database>,
  workspaceId: string,
  callIds: readonly string[],
): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < callIds.length; i += 500) {
    const rows = await db
      .selectFrom('transcript')
      .select('callId')
      .where('workspaceId', '=', workspaceId)
      .where('callId', 'in', callIds.slice(i, i + 500))
      .execute();
    for (const r of rows) out.add(r.callId);
  }
  return out;
}

export async function insertTranscripts(
  db: Kysely<Database>,
  rows: readonly TranscriptTable[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('transcript')
      .values(rows.slice(i, i + 200))
      .execute();
  }
}
