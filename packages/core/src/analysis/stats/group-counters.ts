import type { CallFacts } from './call-facts.ts';
import type { CallGroup, CallGroupDimension } from './call-groups.ts';
import { mergeExamples, offerExample } from './example-sample.ts';

/**
 * Running counts of one group, plain data (arrays by library index) so they cross worker threads
 * as JSON. O(practices × reactions) per group whatever the number of calls: no call lists, except
 * the bounded example sample.
 */
export interface PracticeCounters {
  /** calls with the practice */
  calls: number;
  hits: number;
  costSeconds: number;
  /** by reaction: calls with the practice where the reaction starts at or after its first hit */
  reactionAfter: number[];
  /** by reaction: calls with the practice where the reaction occurs anywhere */
  reactionAnywhere: number[];
  /** example call ids (see example-sample.ts); empty in groups that keep none */
  examples: string[];
}

export interface GroupCounters extends CallGroup {
  calls: number;
  /** sum of durationSeconds: the handle time the practices' costs are a share of */
  handleSeconds: number;
  /** by reaction: calls where it occurs anywhere */
  reactionCalls: number[];
  /** sum over calls of (good − bad practices present), and of its square: the agent score's mean and spread */
  signedSum: number;
  signedSquares: number;
  practices: PracticeCounters[];
}

/**
 * Groups that keep example calls: all calls and each vendor, since feedback goes to a vendor with
 * its own calls as evidence. Not agents or sites, whose count would multiply the ids kept.
 */
const EXAMPLE_DIMENSIONS: readonly CallGroupDimension[] = ['all', 'vendor'];

/** Empty counters for a group, sized for `practices` × `reactions`. */
export function emptyGroupCounters(group: CallGroup, practices: number, reactions: number): GroupCounters {
  return {
    dimension: group.dimension,
    key: group.key,
    calls: 0,
    handleSeconds: 0,
    reactionCalls: new Array<number>(reactions).fill(0),
    signedSum: 0,
    signedSquares: 0,
    practices: Array.from({ length: practices }, () => ({
      calls: 0,
      hits: 0,
      costSeconds: 0,
      reactionAfter: new Array<number>(reactions).fill(0),
      reactionAnywhere: new Array<number>(reactions).fill(0),
      examples: [],
    })),
  };
}

function addInto(target: number[], i: number, amount: number): void {
  target[i] = (target[i] ?? 0) + amount;
}

/** Counts one call in a group. */
export function addCallFacts(counters: GroupCounters, facts: CallFacts, exampleCapacity: number): void {
  counters.calls++;
  counters.handleSeconds += facts.durationSeconds;
  counters.signedSum += facts.signedPractices;
  counters.signedSquares += facts.signedPractices * facts.signedPractices;
  const reactions = facts.reactionLastStart;
  for (let r = 0; r < reactions.length; r++) {
    if (reactions[r] !== Number.NEGATIVE_INFINITY) addInto(counters.reactionCalls, r, 1);
  }
  const keepsExamples = EXAMPLE_DIMENSIONS.includes(counters.dimension);
  counters.practices.forEach((practice, p) => {
    const hits = facts.practiceHits[p] ?? 0;
    if (hits === 0) return;
    practice.calls++;
    practice.hits += hits;
    practice.costSeconds += facts.practiceCost[p] ?? 0;
    const firstStart = facts.practiceFirstStart[p] ?? Number.POSITIVE_INFINITY;
    for (let r = 0; r < reactions.length; r++) {
      const lastStart = reactions[r] ?? Number.NEGATIVE_INFINITY;
      if (lastStart === Number.NEGATIVE_INFINITY) continue;
      addInto(practice.reactionAnywhere, r, 1);
      // "After the practice": some hit of the reaction starts at or after the practice's first hit,
      // i.e. its last hit does. Same start counts: a call-level practice (start 0) precedes all.
      if (lastStart >= firstStart) addInto(practice.reactionAfter, r, 1);
    }
    if (keepsExamples) offerExample(practice.examples, facts.callId, exampleCapacity);
  });
}

function addArrays(target: number[], source: readonly number[]): void {
  for (let i = 0; i < source.length; i++) addInto(target, i, source[i] ?? 0);
}

/** Adds `source`'s counts to `target` (same group, same library), in place. */
export function mergeGroupCounters(
  target: GroupCounters,
  source: GroupCounters,
  exampleCapacity: number,
): void {
  target.calls += source.calls;
  target.handleSeconds += source.handleSeconds;
  target.signedSum += source.signedSum;
  target.signedSquares += source.signedSquares;
  addArrays(target.reactionCalls, source.reactionCalls);
  target.practices.forEach((practice, p) => {
    const other = source.practices[p];
    if (other === undefined) return;
    practice.calls += other.calls;
    practice.hits += other.hits;
    practice.costSeconds += other.costSeconds;
    addArrays(practice.reactionAfter, other.reactionAfter);
    addArrays(practice.reactionAnywhere, other.reactionAnywhere);
    practice.examples = mergeExamples(practice.examples, other.examples, exampleCapacity);
  });
}
