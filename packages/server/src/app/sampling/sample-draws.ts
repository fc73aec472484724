import { createHash } from 'node:crypto';
import { compareWithPopulation, drawSample, durationBucket, hourBucket, sampleSize } from '@vigie/core';
import type { ServerContext } from '../../context.ts';
import type { SampleDrawTable } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { authorize, type RequestActor } from '../actor.ts';
import { auditedWrite } from '../audited-write.ts';
import { type SizeDetail, toDrawRecord } from './sample-draw-record.ts';
import type { SizeSpec } from './sample-plan-schema.ts';
import { findPlan } from './sample-plans.ts';
import { type PopulationRow, selectPopulation, stratumOf } from './select-population.ts';

/**
 * Draws a plan's sample: selects its population now, computes the size, draws with the plan's
 * seed (core's drawSample: the same population and seed give the same calls, whatever the
 * database) and records the draw with the population's fingerprint and how the sample compares
 * with it. The draw is on call ids, so `vigie sample` over the population's call ids and strata
 * (GET .../population.csv) draws the very same calls: anyone can check.
 */
export async function drawPlan(ctx: ServerContext, actor: RequestActor, planId: string) {
  authorize(actor, 'create', 'sample');
  const scope = { workspaceId: actor.workspaceId, vendorId: null };
  const plan = await findPlan(ctx.conn.db, scope, planId);
  if (!plan) throw AppError.notFound('Sample plan');
  if (plan.draw) throw new AppError('conflict', 'This plan was already drawn: its sample is on record');
  const rows = await selectPopulation(ctx.conn.db, actor.workspaceId, plan.population);
  if (rows.length === 0)
    throw new AppError('rule_violated', 'No stored call is in this population', [
      { path: ['population'], code: 'no_calls', message: 'no stored call matches' },
    ]);
  const { size, detail } = sizeOf(plan.size, rows.length);
  const byCallId = new Map(rows.map((r) => [r.callId, r]));
  const population = rows.map((r) => ({ id: r.callId, stratum: stratumOf(r, plan.strata.by) }));
  const drawn = drawSample(population, {
    size,
    strata: plan.strata.by === 'none' ? 'none' : plan.strata.mode,
    minPerStratum: plan.strata.minPerStratum,
    seed: plan.seed,
  });
  const sample = drawn.ids.map((id) => byCallId.get(id) as PopulationRow);
  const row: SampleDrawTable = {
    id: ctx.newId(),
    planId,
    workspaceId: actor.workspaceId,
    seed: plan.seed,
    populationSize: rows.length,
    populationSha256: populationFingerprint(population),
    size: sample.length,
    sizeDetailJson: JSON.stringify(detail),
    allocationJson: JSON.stringify(drawn.allocation),
    comparisonJson: JSON.stringify(compareSample(rows, sample)),
    drawnBy: actor.email,
    drawnAt: ctx.now(),
  };
  const record = toDrawRecord(row);
  return auditedWrite(ctx, actor, {}, async (trx) => {
    await trx.insertInto('sampleDraw').values(row).execute();
    for (let i = 0; i < sample.length; i += 500) {
      await trx
        .insertInto('sampleCall')
        .values(
          sample.slice(i, i + 500).map((r) => ({
            drawId: row.id,
            workspaceId: actor.workspaceId,
            transcriptId: r.id,
            vendorId: r.vendorId,
            stratum: stratumOf(r, plan.strata.by),
          })),
        )
        .execute();
    }
    return {
      result: record,
      audit: {
        action: 'create',
        entity: 'sample_draw',
        entityId: row.id,
        before: null,
        after: { ...record, callIds: drawn.ids },
      },
    };
  });
}

function sizeOf(spec: SizeSpec, populationSize: number): { size: number; detail: SizeDetail } {
  if (spec.mode === 'fixed')
    return { size: Math.min(spec.size, populationSize), detail: { mode: 'fixed', requested: spec.size } };
  const r = sampleSize({ margin: spec.margin, confidence: spec.confidence, population: populationSize });
  return {
    size: r.size,
    detail: {
      mode: 'margin',
      margin: spec.margin,
      confidence: spec.confidence,
      z: r.z,
      exact: r.exact,
      infiniteSize: r.infiniteSize,
    },
  };
}

/**
 * SHA-256 of the population as `vigie sample` reads it: one "call id,stratum" line per call,
 * sorted. Equal fingerprints mean a re-draw starts from the same population.
 */
export function populationFingerprint(
  population: readonly { id: string; stratum?: string | null }[],
): string {
  const lines = population.map((c) => `${c.id},${c.stratum ?? ''}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** The dimensions a sample is compared with its population on. */
const DIMENSIONS: { name: string; of: (r: PopulationRow) => string }[] = [
  { name: 'vendor', of: (r) => r.vendorId },
  { name: 'site', of: (r) => r.siteId ?? '' },
  { name: 'agent', of: (r) => r.agent },
  { name: 'hour', of: (r) => hourBucket(r.startedAt ?? '') },
  { name: 'duration', of: (r) => durationBucket(r.durationSeconds) },
];

function compareSample(population: readonly PopulationRow[], sample: readonly PopulationRow[]) {
  return DIMENSIONS.map(({ name, of }) =>
    compareWithPopulation(name, countBy(population, of), countBy(sample, of)),
  );
}

function countBy(rows: readonly PopulationRow[], of: (r: PopulationRow) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const key = of(r);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
