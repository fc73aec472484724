import {
  type CallResult,
  type CallStats,
  CallStatsAccumulator,
  type Hit,
  type Library,
  type ReadScope,
  type Transcript,
} from '@vigie/core';
import type { Kysely } from 'kysely';
import { type TranscriptSummary, toTranscriptSummary } from '../../db/repositories/transcripts.ts';
import type { Database } from '../../db/schema.ts';

/** A run's results in the scope: a vendor user's reads only ever see its own vendor's calls. */
function scopedResults(db: Kysely<Database>, scope: ReadScope, runId: string) {
  let q = db.selectFrom('analysisCallResult').where('analysisCallResult.runId', '=', runId);
  if (scope.vendorId !== null) q = q.where('analysisCallResult.vendorId', '=', scope.vendorId);
  return q;
}

/**
 * The figures of a run over the calls in scope (statistics in core). Computed from the stored
 * results at each request, so a vendor user's figures are those of its own calls, not a share of
 * the client's.
 */
export async function runStats(
  db: Kysely<Database>,
  scope: ReadScope,
  runId: string,
  library: Library,
): Promise<CallStats> {
  const stats = new CallStatsAccumulator(library);
  let after = '';
  for (;;) {
    const rows = await scopedResults(db, scope, runId)
      .select(['analysisCallResult.transcriptId', 'analysisCallResult.resultJson'])
      .where('analysisCallResult.transcriptId', '>', after)
      .orderBy('analysisCallResult.transcriptId')
      .limit(2000)
      .execute();
    if (rows.length === 0) break;
    for (const r of rows) stats.add(JSON.parse(r.resultJson) as CallResult);
    after = rows.at(-1)?.transcriptId ?? after;
  }
  return stats.result();
}

export interface RunCall {
  transcript: TranscriptSummary;
  /** the hits of the rule asked for (all hits when none was) */
  hits: Hit[];
}

/** A run's calls in scope, optionally those with a rule's hits, with those hits (newest calls first). */
export async function runCalls(
  db: Kysely<Database>,
  scope: ReadScope,
  runId: string,
  query: {
    ruleId?: string | undefined;
    vendorId?: string | undefined;
    agent?: string | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ items: RunCall[]; total: number }> {
  let q = scopedResults(db, scope, runId).innerJoin(
    'transcript',
    'transcript.id',
    'analysisCallResult.transcriptId',
  );
  if (query.ruleId) q = q.where('analysisCallResult.ruleIds', 'like', `% ${query.ruleId} %`);
  if (query.vendorId) q = q.where('analysisCallResult.vendorId', '=', query.vendorId);
  if (query.agent) q = q.where('transcript.agent', '=', query.agent);
  const [rows, count] = await Promise.all([
    q
      .select([
        'transcript.id',
        'transcript.callId',
        'transcript.vendorId',
        'transcript.siteId',
        'transcript.activityId',
        'transcript.agent',
        'transcript.interactionId',
        'transcript.startedAt',
        'transcript.language',
        'transcript.durationSeconds',
        'transcript.turnCount',
        'transcript.redactionsJson',
        'transcript.sourceFile',
        'transcript.importedAt',
        'analysisCallResult.resultJson',
      ])
      .orderBy('transcript.startedAt', 'desc')
      .orderBy('transcript.callId')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return {
    items: rows.map(({ resultJson, ...row }) => {
      const hits = (JSON.parse(resultJson) as CallResult).hits;
      return {
        transcript: toTranscriptSummary(row),
        hits: query.ruleId ? hits.filter((h) => h.ruleId === query.ruleId) : hits,
      };
    }),
    total: Number(count?.n ?? 0),
  };
}

/** One call of a run in scope: the transcript and its result, for the call viewer. */
export async function runCall(
  db: Kysely<Database>,
  scope: ReadScope,
  runId: string,
  transcriptId: string,
): Promise<{ summary: TranscriptSummary; transcript: Transcript; result: CallResult } | undefined> {
  const row = await scopedResults(db, scope, runId)
    .innerJoin('transcript', 'transcript.id', 'analysisCallResult.transcriptId')
    .selectAll('transcript')
    .select('analysisCallResult.resultJson')
    .where('analysisCallResult.transcriptId', '=', transcriptId)
    .executeTakeFirst();
  if (!row) return undefined;
  const { resultJson, documentJson, ...rest } = row;
  return {
    summary: toTranscriptSummary(rest),
    transcript: JSON.parse(documentJson) as Transcript,
    result: JSON.parse(resultJson) as CallResult,
  };
}
