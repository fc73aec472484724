import type {
  CallResult,
  CoachingTheme,
  FeedbackInput,
  Library,
  ReportLanguage,
  Transcript,
} from '@vigie/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { runStats } from '../analysis/run-results.ts';

/** Example calls read per practice or reaction: the report keeps up to five excerpts of each. */
const EXAMPLES_PER_RULE = 5;

export interface ReportSource {
  workspaceId: string;
  runId: string;
  library: Library;
  vendor: { id: string; name: string };
  language: ReportLanguage;
  /** undefined: the theme where the vendor's bad practices weigh most */
  focusTheme?: CoachingTheme | null;
  sample: FeedbackInput['sample'];
}

/**
 * What core's report builder needs of a run for one vendor: the run's figures over that vendor's
 * calls only (its agents ranked among themselves), and for each rule a few of its calls with
 * their transcripts and hits, in call id order so a report drafted twice is the same.
 */
export async function reportInput(db: Kysely<Database>, s: ReportSource): Promise<FeedbackInput> {
  const scope = { workspaceId: s.workspaceId, vendorId: s.vendor.id };
  const stats = await runStats(db, scope, s.runId, s.library);
  const vendorStats = stats.groups.find((g) => g.dimension === 'all');
  if (!vendorStats) throw new Error('the run statistics have no group of all calls');
  const examples = new Map<
    string,
    { transcriptId: string; transcript: Transcript; hits: CallResult['hits'] }[]
  >();
  for (const rule of s.library.rules) {
    if (rule.kind === 'definition') continue;
    const rows = await db
      .selectFrom('analysisCallResult')
      .innerJoin('transcript', 'transcript.id', 'analysisCallResult.transcriptId')
      .select(['transcript.id', 'transcript.documentJson', 'analysisCallResult.resultJson'])
      .where('analysisCallResult.runId', '=', s.runId)
      .where('analysisCallResult.vendorId', '=', s.vendor.id)
      .where('analysisCallResult.ruleIds', 'like', `% ${rule.id} %`)
      .orderBy('transcript.callId')
      .limit(EXAMPLES_PER_RULE)
      .execute();
    if (rows.length === 0) continue;
    examples.set(
      rule.id,
      rows.map((r) => ({
        transcriptId: r.id,
        transcript: JSON.parse(r.documentJson) as Transcript,
        hits: (JSON.parse(r.resultJson) as CallResult).hits.filter((h) => h.ruleId === rule.id),
      })),
    );
  }
  return {
    language: s.language,
    library: s.library,
    vendor: s.vendor,
    runId: s.runId,
    sample: s.sample ?? null,
    vendorStats,
    agents: stats.agents,
    ...(s.focusTheme === undefined ? {} : { focusTheme: s.focusTheme }),
    examples,
  };
}
