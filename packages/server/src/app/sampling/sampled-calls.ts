import type { ReadScope } from '@vigie/core';
import type { Kysely } from 'kysely';
import { type TranscriptSummary, toTranscriptSummary } from '../../db/repositories/transcripts.ts';
import type { Database } from '../../db/schema.ts';
import type { SamplePlanRecord } from './sample-plans.ts';
import { selectPopulation, stratumOf } from './select-population.ts';

/** The calls a plan drew, in the scope (a vendor user's own calls only), by stratum then call id. */
export async function sampledCalls(
  db: Kysely<Database>,
  scope: ReadScope,
  plan: SamplePlanRecord,
  page: { limit: number; offset: number },
): Promise<{ items: (TranscriptSummary & { stratum: string })[]; total: number }> {
  if (!plan.draw) return { items: [], total: 0 };
  const drawId = plan.draw.id;
  // the vendor's narrowing on the sample's own column: a vendor user sees its own calls only
  let inDraw = db
    .selectFrom('sampleCall')
    .innerJoin('transcript', 'transcript.id', 'sampleCall.transcriptId')
    .where('sampleCall.drawId', '=', drawId)
    .where('sampleCall.workspaceId', '=', scope.workspaceId);
  if (scope.vendorId !== null) inDraw = inDraw.where('sampleCall.vendorId', '=', scope.vendorId);
  const [rows, count] = await Promise.all([
    inDraw
      .selectAll('transcript')
      .select('sampleCall.stratum')
      .orderBy('sampleCall.stratum')
      .orderBy('transcript.callId')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    inDraw.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
  ]);
  return {
    items: rows.map(({ documentJson: _, workspaceId: __, stratum, ...row }) => ({
      ...toTranscriptSummary(row),
      stratum,
    })),
    total: Number(count?.n ?? 0),
  };
}

/**
 * A drawn plan's population as `vigie sample` reads it (call id and stratum), selected again as
 * at the draw: calls drawn by later samples still count. Calls imported since the draw would
 * change it: the population's fingerprint tells.
 */
export async function drawnPopulation(
  db: Kysely<Database>,
  scope: ReadScope,
  plan: SamplePlanRecord,
): Promise<{ id: string; stratum: string }[]> {
  if (!plan.draw) return [];
  const rows = await selectPopulation(db, scope.workspaceId, plan.population, plan.draw.drawnAt);
  return rows
    .filter((r) => scope.vendorId === null || r.vendorId === scope.vendorId)
    .map((r) => ({ id: r.callId, stratum: stratumOf(r, plan.strata.by) }));
}
