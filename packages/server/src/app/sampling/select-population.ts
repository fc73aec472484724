import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Population, StrataBy } from './sample-plan-schema.ts';

/** A call of a plan's population, with what the sample is compared with the population by. */
export interface PopulationRow {
  id: string;
  callId: string;
  vendorId: string;
  siteId: string | null;
  activityId: string | null;
  agent: string;
  startedAt: string | null;
  durationSeconds: number;
}

/**
 * The workspace's stored calls a plan's population names. Read whole (ids and a few columns):
 * a population of a million calls is a few tens of megabytes, and the draw needs all of it.
 */
export async function selectPopulation(
  db: Kysely<Database>,
  workspaceId: string,
  p: Population,
  /** with excludeSampled: only draws made before this time count (a past draw's own population) */
  drawnBefore: string | null = null,
): Promise<PopulationRow[]> {
  let q = db
    .selectFrom('transcript as t')
    .select([
      't.id',
      't.callId',
      't.vendorId',
      't.siteId',
      't.activityId',
      't.agent',
      't.startedAt',
      't.durationSeconds',
    ])
    .where('t.workspaceId', '=', workspaceId);
  if (p.vendorId) q = q.where('t.vendorId', '=', p.vendorId);
  if (p.siteIds?.length) q = q.where('t.siteId', 'in', p.siteIds);
  if (p.activityIds?.length) q = q.where('t.activityId', 'in', p.activityIds);
  if (p.agents?.length) q = q.where('t.agent', 'in', p.agents);
  if (p.from) q = q.where('t.startedAt', '>=', p.from);
  if (p.to) q = q.where('t.startedAt', '<', `${p.to}T99`);
  if (p.minSeconds !== undefined) q = q.where('t.durationSeconds', '>=', p.minSeconds);
  if (p.maxSeconds !== undefined) q = q.where('t.durationSeconds', '<', p.maxSeconds);
  if (p.excludeSampled)
    q = q.where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('sampleCall as s')
            .innerJoin('sampleDraw as d', 'd.id', 's.drawId')
            .select('s.transcriptId')
            .where('s.workspaceId', '=', workspaceId)
            .whereRef('s.transcriptId', '=', 't.id')
            .$if(drawnBefore !== null, (w) => w.where('d.drawnAt', '<', drawnBefore as string)),
        ),
      ),
    );
  if (p.dispositions?.length || p.outcomes?.length) {
    const dispositions = p.dispositions ?? [];
    const outcomes = p.outcomes ?? [];
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('interaction as i')
          .select('i.id')
          .where('i.workspaceId', '=', workspaceId)
          .whereRef('i.id', '=', 't.interactionId')
          .$if(dispositions.length > 0, (s) => s.where('i.disposition', 'in', dispositions))
          .$if(outcomes.length > 0, (s) =>
            // outcomes are stored comma-joined: match one whole item
            s.where((o) =>
              o.or(
                outcomes.map((outcome) => o(sql<string>`',' || i.outcomes || ','`, 'like', `%,${outcome},%`)),
              ),
            ),
          ),
      ),
    );
  }
  const rows = await q.orderBy('t.id').execute();
  return rows.map((r) => ({ ...r, durationSeconds: Number(r.durationSeconds) }));
}

/** The stratum of a call under a plan's stratification ('' when the call has no value). */
export function stratumOf(row: PopulationRow, by: StrataBy): string {
  switch (by) {
    case 'none':
      return '';
    case 'vendor':
      return row.vendorId;
    case 'site':
      return row.siteId ?? '';
    case 'activity':
      return row.activityId ?? '';
    case 'agent':
      return row.agent;
  }
}
