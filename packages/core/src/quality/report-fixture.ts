import type { CallResult } from '../analysis/call-result.ts';
import { generateFrenchCorpus } from '../analysis/corpus/generate.ts';
import { FRENCH_LIBRARY } from '../analysis/library/library-fr.ts';
import { analyzeCall } from '../analysis/rules/analyze-call.ts';
import { compileLibrary } from '../analysis/rules/compile-library.ts';
import { CallStatsAccumulator } from '../analysis/stats/call-stats-accumulator.ts';
import type { CallStats, GroupStats } from '../analysis/stats/group-stats.ts';
import type { Transcript } from '../analysis/transcript.ts';
import type { ExampleCall } from './report-excerpt.ts';

/**
 * For tests: a vendor's figures as an analysis run makes them — calls of the French demo corpus,
 * analysed with the shipped French library and accumulated — with the example calls a report needs.
 */
export interface VendorRun {
  readonly vendorStats: GroupStats;
  /** statistics of the vendor's calls alone (for its agent ranking) */
  readonly vendorOnly: CallStats;
  readonly calls: ReadonlyMap<string, { readonly transcript: Transcript; readonly result: CallResult }>;
  readonly examples: ReadonlyMap<string, readonly ExampleCall[]>;
}

/** Reaction examples kept per reaction (practices take the accumulator's example ids). */
const REACTION_EXAMPLES = 20;

export function vendorRun(vendor: string, seed: number, count: number): VendorRun {
  const compiled = compileLibrary(FRENCH_LIBRARY);
  const all = new CallStatsAccumulator(FRENCH_LIBRARY);
  const own = new CallStatsAccumulator(FRENCH_LIBRARY);
  const calls = new Map<string, { transcript: Transcript; result: CallResult }>();
  for (const { transcript } of generateFrenchCorpus({ seed, count })) {
    const result = analyzeCall(compiled, transcript);
    all.add(result);
    if (transcript.links.vendor !== vendor) continue;
    own.add(result);
    calls.set(transcript.callId, { transcript, result });
  }
  const vendorStats = all.result().groups.find((g) => g.dimension === 'vendor' && g.key === vendor);
  if (vendorStats === undefined) throw new Error(`no calls of ${vendor}`);
  const example = (id: string, ruleId: string): ExampleCall[] => {
    const call = calls.get(id);
    if (call === undefined) return [];
    const hits = call.result.hits.filter((h) => h.ruleId === ruleId);
    return [{ transcriptId: `t-${id}`, transcript: call.transcript, hits }];
  };
  const examples = new Map<string, ExampleCall[]>();
  for (const p of vendorStats.practices)
    examples.set(
      p.practiceId,
      p.examples.flatMap((id) => example(id, p.practiceId)),
    );
  for (const r of vendorStats.reactions) {
    const ids = [...calls.values()]
      .filter((c) => c.result.hits.some((h) => h.ruleId === r.reactionId))
      .slice(0, REACTION_EXAMPLES)
      .map((c) => c.transcript.callId);
    examples.set(
      r.reactionId,
      ids.flatMap((id) => example(id, r.reactionId)),
    );
  }
  return { vendorStats, vendorOnly: own.result(), calls, examples };
}
