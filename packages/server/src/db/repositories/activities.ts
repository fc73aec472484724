import type { Activity, ActivityInput, ReadScope } from '@vigie/core';
import { type Kysely, sql } from 'kysely';
import type { ActivityTable, Database } from '../schema.ts';
import { likePattern } from './list-query.ts';

export const ACTIVITY_SORTS = ['name', 'channel', 'direction', 'createdAt'] as const;
export interface ActivityListQuery {
  q?: string | undefined;
  sort?: (typeof ACTIVITY_SORTS)[number] | undefined;
  order: 'asc' | 'desc';
}

function toActivity(row: ActivityTable): Activity {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    name: row.name,
    channel: row.channel as Activity['channel'],
    direction: row.direction as Activity['direction'],
    languages: JSON.parse(row.languagesJson) as string[],
    openingHours: JSON.parse(row.openingHoursJson) as Activity['openingHours'],
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A vendor user sees the activities its vendor is allocated to, and no other. */
function scoped(db: Kysely<Database>, scope: ReadScope) {
  let q = db
    .selectFrom('activity')
    .selectAll('activity')
    .where('activity.workspaceId', '=', scope.workspaceId);
  const vendorId = scope.vendorId;
  if (vendorId !== null) {
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('allocation')
          .innerJoin('allocationLine', 'allocationLine.allocationId', 'allocation.id')
          .select('allocation.id')
          .whereRef('allocation.activityId', '=', 'activity.id')
          .where('allocationLine.vendorId', '=', vendorId),
      ),
    );
  }
  return q;
}

export async function listActivities(
  db: Kysely<Database>,
  scope: ReadScope,
  query: ActivityListQuery,
): Promise<Activity[]> {
  let q = scoped(db, scope);
  if (query.q) q = q.where(sql`lower(activity.name)`, 'like', sql`${likePattern(query.q)} escape '\\'`);
  const rows = await q
    .orderBy(`activity.${query.sort ?? 'name'}`, query.order)
    .orderBy('activity.id')
    .execute();
  return rows.map(toActivity);
}

export async function findActivity(
  db: Kysely<Database>,
  scope: ReadScope,
  id: string,
): Promise<Activity | undefined> {
  const row = await scoped(db, scope).where('activity.id', '=', id).executeTakeFirst();
  return row && toActivity(row);
}

export async function insertActivity(
  db: Kysely<Database>,
  workspaceId: string,
  input: ActivityInput,
  id: string,
  now: string,
): Promise<Activity> {
  const row: ActivityTable = {
    id,
    workspaceId,
    name: input.name,
    channel: input.channel,
    direction: input.direction,
    languagesJson: JSON.stringify(input.languages),
    openingHoursJson: JSON.stringify(input.openingHours),
    createdAt: now,
    updatedAt: now,
  };
  await db.insertInto('activity').values(row).execute();
  return toActivity(row);
}

export async function updateActivity(
  db: Kysely<Database>,
  before: Activity,
  input: ActivityInput,
  now: string,
): Promise<Activity> {
  await db
    .updateTable('activity')
    .set({
      name: input.name,
      channel: input.channel,
      direction: input.direction,
      languagesJson: JSON.stringify(input.languages),
      openingHoursJson: JSON.stringify(input.openingHours),
      updatedAt: now,
    })
    .where('id', '=', before.id)
    .where('workspaceId', '=', before.workspaceId)
    .execute();
  return { ...before, ...input, updatedAt: now };
}

export async function deleteActivity(db: Kysely<Database>, activity: Activity): Promise<void> {
  await db
    .deleteFrom('activity')
    .where('id', '=', activity.id)
    .where('workspaceId', '=', activity.workspaceId)
    .execute();
}
