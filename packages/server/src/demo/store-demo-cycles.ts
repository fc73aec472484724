import { type CoachingTheme, type CycleObjective, type FeedbackReport, wilsonInterval } from '@vigie/core';
import type { RequestActor } from '../app/actor.ts';
import { createRun, executeRun } from '../app/analysis/analysis-runs.ts';
import { addAction, updateAction } from '../app/cycles/action-items.ts';
import {
  closeCycle,
  createCycle,
  progressOf,
  updateCycle,
  vendorThemes,
} from '../app/cycles/coaching-cycles.ts';
import { createReport, publishReport } from '../app/reports/feedback-reports.ts';
import { addAnswer } from '../app/reports/report-answers.ts';
import { drawPlan } from '../app/sampling/sample-draws.ts';
import { createPlan } from '../app/sampling/sample-plans.ts';
import type { ServerContext } from '../context.ts';

export interface DemoCycleOptions {
  workspaceId: string;
  /** the last day of the demo (yesterday) */
  endDay: string;
  analyst: { userId: string; email: string };
  /** in demo order; the first one achieves its first cycle's theme */
  vendors: readonly { id: string; name: string; user: { userId: string; email: string } }[];
}

const SAMPLE_SIZE = 150;

/**
 * The demo's steering routine: for each vendor, three samples of its calls drawn in turn (each
 * leaving out the calls already drawn), each analysed; two past cycles, each opened on a
 * published report and closed on the next sample's measure, with action plans kept and
 * questions answered by the vendor's user; and a third cycle in progress. The first vendor
 * achieves its first theme (its objectives are set within reach); the others miss theirs and
 * keep them as their focus.
 */
export async function storeDemoCycles(ctx: ServerContext, o: DemoCycleOptions): Promise<void> {
  const analyst: RequestActor = { ...o.analyst, workspaceId: o.workspaceId, role: 'analyst', vendorId: null };
  for (const [v, vendor] of o.vendors.entries()) {
    const vendorActor: RequestActor = {
      ...vendor.user,
      workspaceId: o.workspaceId,
      role: 'vendor',
      vendorId: vendor.id,
    };
    const vendorScope = { workspaceId: o.workspaceId, vendorId: vendor.id };
    const runs: string[] = [];
    for (let n = 1; n <= 3; n++) runs.push(await sampleRun(ctx, analyst, vendor, n));
    let previousCycle: string | null = null;
    for (let n = 1; n <= 3; n++) {
      const runId = runs[n - 1] as string;
      if (previousCycle !== null) {
        await updateCycle(ctx, analyst, previousCycle, { measureRunId: runId });
        await closeCycle(ctx, analyst, previousCycle);
      }
      const { nextFocus } = await vendorThemes(ctx.conn.db, o.workspaceId, vendor.id);
      const report = await createReport(ctx, analyst, {
        runId,
        vendorId: vendor.id,
        language: 'fr',
        ...(n === 1 ? {} : { focusTheme: nextFocus }),
      });
      const focus: CoachingTheme = report.document.focusTheme ?? nextFocus ?? 'phone_tool';
      const cycle = await createCycle(ctx, analyst, {
        vendorId: vendor.id,
        focusTheme: focus,
        startsOn: shift(o.endDay, -150 + 60 * (n - 1)),
        endsOn: shift(o.endDay, -91 + 60 * (n - 1)),
        objectives: objectivesFor(report.document, focus),
        baselineRunId: runId,
        reportId: report.id,
      });
      if (n === 3) break; // the cycle in progress: its report stays a draft, its plan is to write
      await publishReport(ctx, analyst, report.id);
      const question = report.document.themes
        .find((t) => t.theme === focus)
        ?.findings.find((f) => f.included && f.questions.length > 0)?.questions[0];
      if (question)
        await addAnswer(ctx, vendorActor, vendorScope, report.id, {
          questionId: question.id,
          text: ANSWERS[(v + n) % ANSWERS.length] as string,
        });
      const first = await addAction(ctx, vendorActor, vendorScope, cycle.id, {
        text: ACTIONS[(v + n) % ACTIONS.length] as string,
        owner: `Superviseur ${vendor.name}`,
        dueOn: shift(o.endDay, -120 + 60 * (n - 1)),
      });
      await updateAction(ctx, vendorActor, vendorScope, cycle.id, first.id, {
        status: 'done',
        comment: 'Fait en brief d’équipe ; écoutes croisées la semaine suivante.',
      });
      await addAction(ctx, vendorActor, vendorScope, cycle.id, {
        text: ACTIONS[(v + n + 1) % ACTIONS.length] as string,
        owner: `Formateur ${vendor.name}`,
        dueOn: shift(o.endDay, -100 + 60 * (n - 1)),
      });
      if (v === 0 && n === 1) await withinReach(ctx, analyst, cycle.id, runs[1] as string);
      previousCycle = cycle.id;
    }
  }
}

/** Draws the vendor's n-th sample (calls not drawn before) and analyses it with the French library. */
async function sampleRun(
  ctx: ServerContext,
  analyst: RequestActor,
  vendor: { id: string; name: string },
  n: number,
): Promise<string> {
  const plan = await createPlan(ctx, analyst, {
    name: `${vendor.name} — échantillon ${n}`,
    population: { vendorId: vendor.id, excludeSampled: true },
    size: { mode: 'fixed', size: SAMPLE_SIZE },
    strata: { by: 'agent', mode: 'proportional', minPerStratum: 0 },
    seed: 2026 + n,
  });
  await drawPlan(ctx, analyst, plan.id);
  const run = await createRun(ctx, analyst, {
    name: `${vendor.name} — échantillon ${n}`,
    libraryId: 'fr',
    filter: { sampleId: plan.id },
  });
  await executeRun(ctx, run.id);
  return run.id;
}

/**
 * Objectives on the focus theme's practices to work on (the two weighing most): half their rate
 * for a bad practice, at least 80 % for a good one when no bad one shows.
 */
function objectivesFor(report: FeedbackReport, focus: CoachingTheme): CycleObjective[] {
  const findings = report.themes.find((t) => t.theme === focus)?.findings ?? [];
  const bad = findings.filter((f) => f.polarity === 'bad' && f.calls.value !== null).slice(0, 2);
  if (bad.length > 0)
    return bad.map((f) => ({
      practiceId: f.practiceId,
      direction: 'at_most',
      target: Math.floor(((f.calls.value ?? 0) / 2) * 20) / 20,
    }));
  const good = findings.filter((f) => f.polarity === 'good').slice(0, 1);
  if (good.length > 0)
    return good.map((f) => ({ practiceId: f.practiceId, direction: 'at_least', target: 0.8 }));
  return [{ practiceId: 'hold_unannounced', direction: 'at_most', target: 0.1 }];
}

/**
 * The first vendor's first objectives, set where the next sample shows them reached (the
 * rate's whole interval on the right side of the target): the demo needs one achieved theme.
 */
async function withinReach(ctx: ServerContext, analyst: RequestActor, cycleId: string, measureRunId: string) {
  const probe = await updateCycle(ctx, analyst, cycleId, { measureRunId });
  const progress = await progressOf(ctx.conn.db, analyst.workspaceId, probe);
  if (!progress) return;
  const objectives = progress.objectives.map((p) => {
    const interval = wilsonInterval(p.after.k, p.after.n);
    const bound = p.objective.direction === 'at_most' ? (interval?.high ?? 1) : (interval?.low ?? 0);
    const target =
      p.objective.direction === 'at_most' ? Math.ceil(bound * 20) / 20 : Math.floor(bound * 20) / 20;
    return { ...p.objective, target };
  });
  await updateCycle(ctx, analyst, cycleId, { objectives, measureRunId: null });
}

function shift(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const ANSWERS = [
  'Nous avons réécouté dix appels avec les superviseurs : l’annonce manque surtout en fin de journée. Un rappel est affiché sur les postes.',
  'Le coût pour nous est réel : environ deux minutes de plus par appel concerné. Nous travaillons une phrase type avec les conseillers.',
  'Les conseillers disent manquer de temps pour reformuler ; nous testons un script court sur le plateau de Brest.',
  'Nous partageons l’écoute de vos extraits en réunion d’équipe et proposerons une action au prochain comité.',
];

const ACTIONS = [
  'Brief d’équipe sur l’annonce et le remerciement de la mise en attente',
  'Écoutes croisées entre conseillers, deux appels par semaine',
  'Phrase type de reformulation ajoutée au guide d’entretien',
  'Coaching individuel des conseillers les plus concernés',
];
