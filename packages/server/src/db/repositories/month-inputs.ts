import type { MonthInput, MonthInputRecord, ReadScope } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { Database, MonthInputTable } from '../schema.ts';

function toRecord(row: MonthInputTable): MonthInputRecord {
  const num = (v: number | string | null) => (v === null ? null : Number(v));
  return {
    vendorId: row.vendorId,
    month: row.month,
    loggedInHours: num(row.loggedInHours),
    productiveHours: num(row.productiveHours),
    fte: num(row.fte),
    outcomes: JSON.parse(row.outcomesJson) as Record<string, number>,
    forecastVolume: num(row.forecastVolume),
    updatedAt: row.updatedAt,
  };
}

/** A vendor's monthly inputs over [from, to] (months YYYY-MM), in the scope. */
export async function listMonthInputs(
  db: Kysely<Database>,
  scope: ReadScope,
  vendorId: string,
  from: string,
  to: string,
): Promise<MonthInputRecord[]> {
  if (scope.vendorId !== null && scope.vendorId !== vendorId) return [];
  const rows = await db
    .selectFrom('monthInput')
    .selectAll()
    .where('workspaceId', '=', scope.workspaceId)
    .where('vendorId', '=', vendorId)
    .where('month', '>=', from)
    .where('month', '<=', to)
    .orderBy('month')
    .execute();
  return rows.map(toRecord);
}

/** Writes a vendor's inputs of a month, replacing what was there. */
export async function upsertMonthInput(
  db: Kysely<Database>,
  workspaceId: string,
  vendorId: string,
  month: string,
  input: MonthInput,
  now: string,
): Promise<MonthInputRecord> {
  const row: MonthInputTable = {
    workspaceId,
    vendorId,
    month,
    loggedInHours: input.loggedInHours,
    productiveHours: input.productiveHours,
    fte: input.fte,
    outcomesJson: JSON.stringify(input.outcomes),
    forecastVolume: input.forecastVolume,
    updatedAt: now,
  };
  const { workspaceId: _, vendorId: __, month: ___, ...changes } = row;
  await db
    .insertInto('monthInput')
    .values(row)
    .onConflict((oc) => oc.columns(['vendorId', 'month']).doUpdateSet(changes))
    .execute();
  return toRecord(row);
}
