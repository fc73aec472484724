import {
  type CycleObjective,
  type Library,
  type ObjectiveProgress,
  objectiveProgress,
  themeAchieved,
} from '@vigie/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { runStats } from '../analysis/run-results.ts';

export interface CycleProgress {
  objectives: ObjectiveProgress[];
  /** every objective met, each with significance (core's themeAchieved) */
  achieved: boolean;
}

/**
 * A cycle's objectives measured: each practice's rate in the measuring run against the baseline
 * run, over the vendor's calls only (core decides whether the change is significant and the
 * objective achieved). Null until a measuring run is set.
 */
export async function cycleProgress(
  db: Kysely<Database>,
  c: {
    workspaceId: string;
    vendorId: string;
    objectives: CycleObjective[];
    baselineRunId: string | null;
    measureRunId: string | null;
  },
): Promise<CycleProgress | null> {
  if (c.measureRunId === null) return null;
  const after = await practiceCounts(db, c.workspaceId, c.vendorId, c.measureRunId);
  if (after === null || after.calls === 0) return null;
  const before =
    c.baselineRunId === null ? null : await practiceCounts(db, c.workspaceId, c.vendorId, c.baselineRunId);
  const objectives = c.objectives.map((o) =>
    objectiveProgress(
      o,
      before?.get(o.practiceId) ?? null,
      after.get(o.practiceId) ?? { k: 0, n: after.calls },
    ),
  );
  return { objectives, achieved: themeAchieved(objectives) };
}

/** Calls with each practice (k of n) in a finished run, over one vendor's calls. */
async function practiceCounts(
  db: Kysely<Database>,
  workspaceId: string,
  vendorId: string,
  runId: string,
): Promise<(Map<string, { k: number; n: number }> & { calls: number }) | null> {
  const run = await db
    .selectFrom('analysisRun')
    .select(['libraryJson', 'status'])
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', runId)
    .executeTakeFirst();
  if (run?.status !== 'done') return null;
  const stats = await runStats(db, { workspaceId, vendorId }, runId, JSON.parse(run.libraryJson) as Library);
  const all = stats.groups.find((g) => g.dimension === 'all');
  const counts = Object.assign(new Map<string, { k: number; n: number }>(), { calls: all?.calls ?? 0 });
  for (const p of all?.practices ?? []) counts.set(p.practiceId, { k: p.calls.k, n: p.calls.n });
  return counts;
}
