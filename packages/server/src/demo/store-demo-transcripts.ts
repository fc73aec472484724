import {
  type AgentProfile,
  defaultAgentProfiles,
  generateFrenchCorpus,
  redactTranscript,
  type Transcript,
} from '@vigie/core';
import { createRun, executeRun } from '../app/analysis/analysis-runs.ts';
import { transcriptRow } from '../app/analysis/import-transcripts.ts';
import type { ServerContext } from '../context.ts';
import { insertTranscripts } from '../db/repositories/transcripts.ts';
import type { TranscriptTable } from '../db/schema.ts';

/** Which demo site each of core's twelve demo agents works at: habits differ by vendor. */
const SITE_OF_AGENT: readonly string[] = [
  // three excellent agents, then six with one marked habit, then three weak ones (profiles.ts order)
  'brest',
  'brest',
  'casa',
  'lille',
  'brest',
  'rabat',
  'casa',
  'tana',
  'lille',
  'casa',
  'tana',
  'tana',
];

export interface DemoTranscriptOptions {
  workspaceId: string;
  count: number;
  seed: number;
  /** the last day of calls (YYYY-MM-DD); 300 calls a day before it */
  endDay: string;
  sites: readonly { key: string; id: string; vendorId: string }[];
  /** the phone activity the calls belong to */
  activityId: string;
  /** who starts the demo's analysis run (the analyst) */
  analystUserId: string;
}

/**
 * The demo's transcribed calls: `count` generated French calls of the energy retailer answered by
 * twelve agents with distinct habits over the demo's five sites, redacted and stored as an import
 * would, then one finished analysis run with the French library, so the call analysis pages open
 * on figures. Returns the number of calls.
 */
export async function storeDemoTranscripts(ctx: ServerContext, o: DemoTranscriptOptions): Promise<number> {
  if (o.count === 0) return 0;
  const sites = new Map(o.sites.map((s) => [s.key, s]));
  const agents: AgentProfile[] = defaultAgentProfiles().map((agent, i) => {
    const site = sites.get(SITE_OF_AGENT[i % SITE_OF_AGENT.length] as string) ?? o.sites[0];
    if (!site) throw new Error('the demo has no site for its agents');
    return { ...agent, id: agent.firstName, vendor: site.vendorId, site: site.id };
  });
  const days = Math.ceil(o.count / 300);
  const startDate = new Date(Date.parse(`${o.endDay}T00:00:00Z`) - (days - 1) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  let batch: TranscriptTable[] = [];
  for (const { transcript } of generateFrenchCorpus({ seed: o.seed, count: o.count, agents, startDate })) {
    const redacted = redactTranscript(transcript);
    const call: Transcript = redacted.transcript;
    const links = call.links;
    batch.push(
      transcriptRow(
        ctx,
        o.workspaceId,
        'démo',
        call,
        {
          vendorId: links.vendor ?? '',
          siteId: links.site ?? null,
          activityId: o.activityId,
          agent: links.agent ?? '',
        },
        { ...redacted.counts },
      ),
    );
    if (batch.length === 500) {
      await insertTranscripts(ctx.conn.db, batch);
      batch = [];
    }
  }
  await insertTranscripts(ctx.conn.db, batch);
  const run = await createRun(
    ctx,
    { userId: o.analystUserId, workspaceId: o.workspaceId, role: 'analyst', vendorId: null },
    { name: 'Analyse de démonstration — bibliothèque française', libraryId: 'fr', filter: {} },
  );
  await executeRun(ctx, run.id);
  return o.count;
}
