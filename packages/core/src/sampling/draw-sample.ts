import { Rng } from '../shared/seeded-rng.ts';
import { requireWhole, SamplingInputError } from './sampling-error.ts';
import { allocate, compareKeys, type StrataMode } from './stratify.ts';

/** A call that may be drawn, with its value of the stratification column (e.g. the agent). */
export interface PopulationCall {
  id: string;
  /** null, undefined and '' all mean "no value": stratum '', which the caller labels. */
  stratum?: string | null;
}

export interface DrawPlan {
  /** Calls wanted; more than the population draws every call. */
  size: number;
  strata: StrataMode;
  /** Each stratum gets at least min(minPerStratum, its count); see `allocate`. */
  minPerStratum?: number;
  /**
   * Any whole number, used modulo 2³² (as `Rng` does); the same seed on the same calls draws the
   * same sample.
   */
  seed: number;
}

export interface StratumDraw {
  stratum: string;
  population: number;
  drawn: number;
}

export interface DrawResult {
  /** Drawn ids, sorted by stratum key then id (code-unit order). */
  ids: string[];
  /** One row per stratum that has calls, in key order ('' alone in `none` mode). */
  allocation: StratumDraw[];
  populationSize: number;
}

/** Ids per stratum key; a duplicate id anywhere is refused, as it would be drawn twice as often. */
function groupByStratum(population: Iterable<PopulationCall>, mode: StrataMode): Map<string, string[]> {
  const seen = new Set<string>();
  const groups = new Map<string, string[]>();
  for (const call of population) {
    if (seen.has(call.id)) {
      throw new SamplingInputError('population', `The population lists call "${call.id}" more than once.`);
    }
    seen.add(call.id);
    const key = mode === 'none' ? '' : (call.stratum ?? '');
    const ids = groups.get(key);
    if (ids === undefined) groups.set(key, [call.id]);
    else ids.push(call.id);
  }
  return groups;
}

/** The first `k` ids of a partial Fisher–Yates shuffle of `ids` (shuffled in place). */
function pick(ids: string[], k: number, rng: Rng): string[] {
  // Taking every call needs no randomness; skipping it keeps the stream for the next strata.
  if (k >= ids.length) return ids;
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(ids.length - i);
    const chosen = ids[j] as string;
    ids[j] = ids[i] as string;
    ids[i] = chosen;
  }
  return ids.slice(0, k);
}

/**
 * Draws a simple or stratified random sample of calls, without replacement. Reproducible: the
 * result depends only on the set of (id, stratum) pairs and the plan, not on the order the calls
 * come in. Ids are sorted within each stratum (code-unit order, not the locale's), then each
 * stratum, in key order, gets its allocation by a partial Fisher–Yates shuffle driven by ONE
 * `Rng(seed)` shared by all strata. A size above the population draws every call.
 */
export function drawSample(population: Iterable<PopulationCall>, plan: DrawPlan): DrawResult {
  requireWhole('size', plan.size);
  requireWhole('seed', plan.seed, Number.MIN_SAFE_INTEGER);
  const minPerStratum = plan.minPerStratum ?? 0;
  requireWhole('minPerStratum', minPerStratum);
  const groups = groupByStratum(population, plan.strata);
  const counts = new Map<string, number>();
  let populationSize = 0;
  for (const [key, ids] of groups) {
    counts.set(key, ids.length);
    populationSize += ids.length;
  }
  const quotas = allocate(counts, plan.size, plan.strata, minPerStratum);
  const rng = new Rng(plan.seed);
  const ids: string[] = [];
  const allocation: StratumDraw[] = [];
  for (const key of [...groups.keys()].sort(compareKeys)) {
    const members = (groups.get(key) ?? []).sort(compareKeys);
    const drawn = pick(members, quotas.get(key) ?? 0, rng).sort(compareKeys);
    // A loop, not push(...drawn): spreading 100,000+ arguments overflows the stack.
    for (const id of drawn) ids.push(id);
    allocation.push({ stratum: key, population: members.length, drawn: drawn.length });
  }
  return { ids, allocation, populationSize };
}
