import type { Contract, ContractRecord, ContractSummary, ReadScope } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { ContractTable, Database } from '../schema.ts';

function toSummary(row: ContractTable, document: Contract): ContractSummary {
  const last = document.versions[document.versions.length - 1];
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    vendorId: row.vendorId,
    name: row.name,
    currency: row.currency,
    start: row.startDate,
    end: row.endDate,
    versionCount: document.versions.length,
    lastAmendedFrom: last?.effectiveFrom ?? row.startDate,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A stored contract: its summary, and its document as validated when it was written. */
export interface StoredContract {
  readonly record: ContractRecord;
  readonly contract: Contract;
}

function toStored(row: ContractTable): StoredContract {
  const contract = JSON.parse(row.documentJson) as Contract;
  return { record: { ...toSummary(row, contract), document: contract }, contract };
}

/** Contracts in the scope: all of the workspace, or those of the vendor user's own vendor. */
function scoped(db: Kysely<Database>, scope: ReadScope) {
  let q = db.selectFrom('contract').selectAll().where('workspaceId', '=', scope.workspaceId);
  if (scope.vendorId !== null) q = q.where('vendorId', '=', scope.vendorId);
  return q;
}

export async function listContracts(
  db: Kysely<Database>,
  scope: ReadScope,
  query: { vendorId?: string | undefined },
): Promise<ContractSummary[]> {
  let q = scoped(db, scope);
  if (query.vendorId !== undefined) q = q.where('vendorId', '=', query.vendorId);
  const rows = await q.orderBy('name').orderBy('id').execute();
  return rows.map((r) => toStored(r).record).map(({ document: _, ...summary }) => summary);
}

export async function findContract(
  db: Kysely<Database>,
  scope: ReadScope,
  id: string,
): Promise<StoredContract | undefined> {
  const row = await scoped(db, scope).where('id', '=', id).executeTakeFirst();
  return row && toStored(row);
}

/** The row of a validated contract; its id is the document's. */
function rowOf(workspaceId: string, contract: Contract, now: string): Omit<ContractTable, 'createdAt'> {
  return {
    id: contract.id,
    workspaceId,
    vendorId: contract.vendorId,
    name: contract.name ?? contract.id,
    currency: contract.currency,
    startDate: contract.start,
    endDate: contract.end,
    documentJson: JSON.stringify(contract),
    updatedAt: now,
  };
}

export async function insertContract(
  db: Kysely<Database>,
  workspaceId: string,
  contract: Contract,
  now: string,
): Promise<StoredContract> {
  const row: ContractTable = { ...rowOf(workspaceId, contract, now), createdAt: now };
  await db.insertInto('contract').values(row).execute();
  return toStored(row);
}

export async function updateContract(
  db: Kysely<Database>,
  before: StoredContract,
  contract: Contract,
  now: string,
): Promise<StoredContract> {
  const row = rowOf(before.record.workspaceId, contract, now);
  await db.updateTable('contract').set(row).where('id', '=', before.record.id).execute();
  return toStored({ ...row, createdAt: before.record.createdAt });
}

export async function deleteContract(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('contract').where('id', '=', id).execute();
}

/** Every contract document in the scope (the dashboards read their KPI targets). */
export async function contractDocuments(db: Kysely<Database>, scope: ReadScope): Promise<Contract[]> {
  const rows = await scoped(db, scope).execute();
  return rows.map((r) => JSON.parse(r.documentJson) as Contract);
}
