import type { ReadScope } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { ServerContext } from '../../context.ts';
import type { Database, SamplePlanTable } from '../../db/schema.ts';
import { AppError } from '../../http/app-error.ts';
import { authorize, type RequestActor } from '../actor.ts';
import { auditedWrite } from '../audited-write.ts';
import { type SampleDrawRecord, toDrawRecord } from './sample-draw-record.ts';
import {
  type CreatePlanRequest,
  createPlanSchema,
  type Population,
  type SizeSpec,
  type StrataSpec,
} from './sample-plan-schema.ts';

export interface SamplePlanRecord {
  id: string;
  name: string;
  vendorId: string | null;
  population: Population;
  size: SizeSpec;
  strata: StrataSpec;
  seed: number;
  createdBy: string;
  createdAt: string;
  /** its draw, once drawn (a plan is drawn once: its sample is the record) */
  draw: SampleDrawRecord | null;
}

function toPlanRecord(row: SamplePlanTable, draw: SampleDrawRecord | null): SamplePlanRecord {
  return {
    id: row.id,
    name: row.name,
    vendorId: row.vendorId,
    population: JSON.parse(row.populationJson) as Population,
    size: JSON.parse(row.sizeJson) as SizeSpec,
    strata: JSON.parse(row.strataJson) as StrataSpec,
    seed: row.seed,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    draw,
  };
}

/**
 * Plans the scope may see: the client all; a vendor user those sampling its own vendor's calls
 * (so it can check how they were drawn), never a plan over every vendor or another vendor.
 */
function scopedPlans(db: Kysely<Database>, scope: ReadScope) {
  let q = db.selectFrom('samplePlan').selectAll().where('workspaceId', '=', scope.workspaceId);
  if (scope.vendorId !== null) q = q.where('vendorId', '=', scope.vendorId);
  return q;
}

export async function listPlans(db: Kysely<Database>, scope: ReadScope): Promise<SamplePlanRecord[]> {
  const rows = await scopedPlans(db, scope).orderBy('createdAt', 'desc').orderBy('id').execute();
  const draws = rows.length
    ? await db
        .selectFrom('sampleDraw')
        .selectAll()
        .where(
          'planId',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  const byPlan = new Map(draws.map((d) => [d.planId, toDrawRecord(d)]));
  return rows.map((r) => toPlanRecord(r, byPlan.get(r.id) ?? null));
}

export async function findPlan(
  db: Kysely<Database>,
  scope: ReadScope,
  id: string,
): Promise<SamplePlanRecord | undefined> {
  const row = await scopedPlans(db, scope).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const draw = await db.selectFrom('sampleDraw').selectAll().where('planId', '=', id).executeTakeFirst();
  return toPlanRecord(row, draw ? toDrawRecord(draw) : null);
}

/** Records a plan; the population's vendor must be the workspace's, and so must its sites. */
export async function createPlan(
  ctx: ServerContext,
  actor: RequestActor,
  request: CreatePlanRequest,
): Promise<SamplePlanRecord> {
  authorize(actor, 'create', 'sample');
  const input = createPlanSchema.parse(request);
  const vendorId = input.population.vendorId ?? null;
  if (vendorId !== null) {
    const vendor = await ctx.conn.db
      .selectFrom('vendor')
      .select('id')
      .where('workspaceId', '=', actor.workspaceId)
      .where('id', '=', vendorId)
      .executeTakeFirst();
    if (!vendor)
      throw new AppError('rule_violated', `No vendor ${vendorId}`, [
        { path: ['population', 'vendorId'], code: 'unknown_vendor', message: 'no such vendor' },
      ]);
  }
  const row: SamplePlanTable = {
    id: ctx.newId(),
    workspaceId: actor.workspaceId,
    name: input.name,
    vendorId,
    populationJson: JSON.stringify(input.population),
    sizeJson: JSON.stringify(input.size),
    strataJson: JSON.stringify(input.strata),
    // a seed nobody chose, shown with the plan: anyone can draw the same sample again with it
    seed: input.seed ?? Math.floor(Math.random() * 2 ** 31),
    createdBy: actor.email,
    createdAt: ctx.now(),
  };
  return auditedWrite(ctx, actor, {}, async (trx) => {
    await trx.insertInto('samplePlan').values(row).execute();
    const record = toPlanRecord(row, null);
    return {
      result: record,
      audit: { action: 'create', entity: 'sample_plan', entityId: row.id, before: null, after: record },
    };
  });
}
