import type { CallResult } from '../call-result.ts';
import type { Library, LibraryRule } from '../library/library.ts';

/** The library's practices and reactions in library order, and where each id sits. */
export interface RuleIndex {
  readonly libraryId: string;
  readonly practices: readonly LibraryRule[];
  readonly reactions: readonly LibraryRule[];
  readonly practiceAt: ReadonlyMap<string, number>;
  readonly reactionAt: ReadonlyMap<string, number>;
}

/** Indexes a library's practices and reactions (definitions are never reported, so never counted). */
export function indexRules(library: Library): RuleIndex {
  const practices = library.rules.filter((r) => r.kind === 'practice');
  const reactions = library.rules.filter((r) => r.kind === 'reaction');
  return {
    libraryId: library.id,
    practices,
    reactions,
    practiceAt: new Map(practices.map((r, i) => [r.id, i])),
    reactionAt: new Map(reactions.map((r, i) => [r.id, i])),
  };
}

/**
 * What the statistics need of one call, by practice and reaction index. Computed once per call and
 * applied to each of its groups.
 */
export interface CallFacts {
  readonly callId: string;
  readonly durationSeconds: number;
  /** hits per practice; 0 when the call does not have it */
  readonly practiceHits: number[];
  /** start of the practice's first hit; +Infinity when absent */
  readonly practiceFirstStart: number[];
  readonly practiceCost: number[];
  /** start of the reaction's last hit; −Infinity when absent */
  readonly reactionLastStart: number[];
  /** good practices present minus bad ones present (each practice counted once) */
  readonly signedPractices: number;
}

/**
 * Reads a call's hits. Hits of ids that are not a practice or reaction of the library (another
 * library's result, a renamed rule) are ignored rather than failing a million-call run.
 */
export function callFacts(result: CallResult, rules: RuleIndex): CallFacts {
  const practiceHits = rules.practices.map(() => 0);
  const practiceFirstStart = rules.practices.map(() => Number.POSITIVE_INFINITY);
  const reactionLastStart = rules.reactions.map(() => Number.NEGATIVE_INFINITY);
  for (const hit of result.hits) {
    const p = rules.practiceAt.get(hit.ruleId);
    if (p !== undefined) {
      practiceHits[p] = (practiceHits[p] ?? 0) + 1;
      practiceFirstStart[p] = Math.min(practiceFirstStart[p] ?? hit.start, hit.start);
      continue;
    }
    const r = rules.reactionAt.get(hit.ruleId);
    if (r !== undefined) reactionLastStart[r] = Math.max(reactionLastStart[r] ?? hit.start, hit.start);
  }
  let signedPractices = 0;
  const practiceCost = rules.practices.map((rule, i) => {
    if ((practiceHits[i] ?? 0) === 0) return 0;
    if (rule.polarity === 'good') signedPractices++;
    else if (rule.polarity === 'bad') signedPractices--;
    return result.costs[rule.id] ?? 0;
  });
  return {
    callId: result.callId,
    durationSeconds: result.measures.durationSeconds,
    practiceHits,
    practiceFirstStart,
    practiceCost,
    reactionLastStart,
    signedPractices,
  };
}
