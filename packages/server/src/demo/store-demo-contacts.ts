import {
  contactFlags,
  type Interaction,
  localEpochSeconds,
  parseLocalTimestamp,
  type TargetInput,
} from '@vigie/core';
import type { ServerContext } from '../context.ts';
import {
  insertInteractions,
  interactionRow,
  MAX_FCR_WINDOW_DAYS,
  rebuildRollups,
  refreshRepeatGaps,
} from '../db/repositories/interaction-store.ts';
import { getKpiSettings } from '../db/repositories/kpi-settings.ts';
import { insertSurveyAnswers } from '../db/repositories/surveys.ts';
import { insertTarget } from '../db/repositories/targets.ts';
import {
  type DemoInteractionPlan,
  generateDemoInteractions,
  generateDemoSurveys,
} from './demo-interactions.ts';

const BATCH = 10_000;

/**
 * The targets the demo vendors are held to (the contract issue will derive them from contracts):
 * the usual 80/20 service level, at most 5 % abandons, FCR and NPS floors, and a handle-time cap
 * that Atlas's long calls break.
 */
export const DEMO_TARGETS: readonly Omit<TargetInput, 'vendorId' | 'validFrom'>[] = [
  { activityId: null, kpi: 'serviceLevel', target: 0.8, validTo: null },
  { activityId: null, kpi: 'abandonRate', target: 0.05, validTo: null },
  { activityId: null, kpi: 'ahtSeconds', target: 420, validTo: null },
  { activityId: null, kpi: 'fcr', target: 0.75, validTo: null },
  { activityId: null, kpi: 'nps', target: 10, validTo: null },
];

/**
 * Loads the generated contacts, survey answers and targets of the demo into its workspace, the
 * way an import stores them (same rows, gaps and rollups), in batches so memory stays flat.
 * Returns the number of contacts stored.
 */
export async function storeDemoContacts(
  ctx: ServerContext,
  workspaceId: string,
  plan: DemoInteractionPlan,
): Promise<number> {
  const db = ctx.conn.db;
  const options = await getKpiSettings(db, workspaceId);
  let batch: ReturnType<typeof interactionRow>[] = [];
  let stored = 0;
  let first: Interaction | null = null;
  let last: Interaction | null = null;
  for (const i of generateDemoInteractions(plan)) {
    first ??= i;
    last = i;
    batch.push(
      interactionRow(workspaceId, null, i as Interaction & { vendor: string }, contactFlags(i, options)),
    );
    if (batch.length >= BATCH) {
      stored += await insertInteractions(ctx.conn, batch);
      batch = [];
    }
  }
  stored += await insertInteractions(ctx.conn, batch);
  if (first === null || last === null) return 0;

  const from = localEpochSeconds(parseLocalTimestamp(first.offeredAt)) - MAX_FCR_WINDOW_DAYS * 86400;
  const to = localEpochSeconds(parseLocalTimestamp(last.offeredAt));
  await refreshRepeatGaps(db, workspaceId, from, to);
  await rebuildRollups(
    db,
    workspaceId,
    first.offeredAt.slice(0, 10),
    last.offeredAt.slice(0, 10),
    options.fcrWindowDays * 86400,
  );

  let answers: Parameters<typeof insertSurveyAnswers>[2][number][] = [];
  let n = 0;
  for (const a of generateDemoSurveys(plan)) {
    answers.push({ ...a, id: `survey-${++n}` });
    if (answers.length >= BATCH) {
      await insertSurveyAnswers(db, workspaceId, answers);
      answers = [];
    }
  }
  await insertSurveyAnswers(db, workspaceId, answers);

  const now = ctx.now();
  for (const v of plan.vendors) {
    for (const t of DEMO_TARGETS) {
      await insertTarget(
        db,
        workspaceId,
        { ...t, vendorId: v.id, validFrom: first.offeredAt.slice(0, 10) },
        ctx.newId(),
        now,
      );
    }
  }
  return stored;
}
