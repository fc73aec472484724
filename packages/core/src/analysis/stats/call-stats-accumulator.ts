import type { CallResult } from '../call-result.ts';
import type { Library } from '../library/library.ts';
import { type AgentRankingOptions, rankAgents } from './agent-ranking.ts';
import { callFacts, indexRules, type RuleIndex } from './call-facts.ts';
import { ALL_CALLS_KEY, callGroupId, callGroups, compareCallGroups } from './call-groups.ts';
import {
  addCallFacts,
  emptyGroupCounters,
  type GroupCounters,
  mergeGroupCounters,
} from './group-counters.ts';
import { type CallStats, groupStats } from './group-stats.ts';
import { type StatsSnapshot, statsSnapshotSchema } from './stats-snapshot.ts';

/** Example call ids kept per practice (in all calls and per vendor) unless told otherwise. */
export const DEFAULT_EXAMPLE_COUNT = 20;

export interface CallStatsOptions {
  /** example call ids kept per practice, in all calls and per vendor; default 20 */
  exampleCount?: number;
}

/**
 * Streaming statistics of analysed calls for one library: `add` each CallResult, `merge` what other
 * threads accumulated (as accumulators or JSON snapshots), then read `result()`. Memory is counters
 * per group × practice × reaction, never per call, so a million calls stream through.
 */
export class CallStatsAccumulator {
  private readonly rules: RuleIndex;
  private readonly groups = new Map<string, GroupCounters>();
  private readonly exampleCapacity: number;

  constructor(
    private readonly library: Library,
    options: CallStatsOptions = {},
  ) {
    this.rules = indexRules(library);
    this.exampleCapacity = options.exampleCount ?? DEFAULT_EXAMPLE_COUNT;
    if (!Number.isInteger(this.exampleCapacity) || this.exampleCapacity < 0) {
      throw new Error(`exampleCount (${this.exampleCapacity}) must be a whole number >= 0`);
    }
  }

  /** An accumulator holding a snapshot (from `toJSON`, possibly through JSON text); validates it. */
  static fromJSON(library: Library, snapshot: unknown): CallStatsAccumulator {
    const parsed = statsSnapshotSchema.parse(snapshot);
    return new CallStatsAccumulator(library, { exampleCount: parsed.exampleCapacity }).merge(parsed);
  }

  /** Calls added so far (including merged ones). */
  get calls(): number {
    return this.groups.get(callGroupId({ dimension: 'all', key: ALL_CALLS_KEY }))?.calls ?? 0;
  }

  /** Counts one call in each of its groups. */
  add(result: CallResult): void {
    const facts = callFacts(result, this.rules);
    for (const group of callGroups(result.links)) {
      addCallFacts(this.counters(group), facts, this.exampleCapacity);
    }
  }

  /**
   * Adds another accumulator's counts (or its snapshot's), as if its calls had been added here.
   * Throws when it was built for another library or example count: counts would not line up.
   */
  merge(other: CallStatsAccumulator | StatsSnapshot): this {
    const snapshot = other instanceof CallStatsAccumulator ? other.toJSON() : other;
    this.checkCompatible(snapshot);
    for (const source of snapshot.groups) {
      mergeGroupCounters(this.counters(source), source, this.exampleCapacity);
    }
    return this;
  }

  /** The state as plain JSON data (a copy), groups in report order. */
  toJSON(): StatsSnapshot {
    const groups = [...this.groups.values()].sort(compareCallGroups).map((g) => {
      const copy = emptyGroupCounters(g, this.rules.practices.length, this.rules.reactions.length);
      mergeGroupCounters(copy, g, this.exampleCapacity);
      return copy;
    });
    return {
      version: 1,
      libraryId: this.rules.libraryId,
      practiceIds: this.rules.practices.map((r) => r.id),
      reactionIds: this.rules.reactions.map((r) => r.id),
      exampleCapacity: this.exampleCapacity,
      groups,
    };
  }

  /** The figures of every group, and the agent ranking (see {@link AgentRankingOptions}). */
  result(options: AgentRankingOptions = {}): CallStats {
    const groups = [...this.groups.values()].sort(compareCallGroups);
    return {
      libraryId: this.library.id,
      calls: this.calls,
      groups: groups.map((g) => groupStats(g, this.rules, options.z)),
      agents: rankAgents(
        groups.filter((g) => g.dimension === 'agent'),
        this.rules,
        options,
      ),
    };
  }

  private counters(group: Pick<GroupCounters, 'dimension' | 'key'>): GroupCounters {
    const id = callGroupId(group);
    let counters = this.groups.get(id);
    if (counters === undefined) {
      counters = emptyGroupCounters(group, this.rules.practices.length, this.rules.reactions.length);
      this.groups.set(id, counters);
    }
    return counters;
  }

  private checkCompatible(snapshot: StatsSnapshot): void {
    const practiceIds = this.rules.practices.map((r) => r.id);
    const reactionIds = this.rules.reactions.map((r) => r.id);
    const sameIds = (a: readonly string[], b: readonly string[]) =>
      a.length === b.length && a.every((id, i) => id === b[i]);
    if (
      snapshot.libraryId !== this.rules.libraryId ||
      !sameIds(snapshot.practiceIds, practiceIds) ||
      !sameIds(snapshot.reactionIds, reactionIds)
    ) {
      throw new Error(
        `merge: the statistics are of another library than ${this.rules.libraryId} or another version of it`,
      );
    }
    if (snapshot.exampleCapacity !== this.exampleCapacity) {
      throw new Error(
        `merge: example counts differ (${snapshot.exampleCapacity} vs ${this.exampleCapacity})`,
      );
    }
    for (const g of snapshot.groups) {
      const shaped =
        g.reactionCalls.length === reactionIds.length &&
        g.practices.length === practiceIds.length &&
        g.practices.every(
          (p) =>
            p.reactionAfter.length === reactionIds.length && p.reactionAnywhere.length === reactionIds.length,
        );
      if (!shaped)
        throw new Error(`merge: counters of group ${callGroupId(g)} do not match the library's rules`);
    }
  }
}
