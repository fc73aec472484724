import { type Contract, type ContractError, daysOfMonth, validateContract } from '@vigie/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError, type IssueBody } from '../../http/app-error.ts';

/** "versions[0].phases[1].priceLines" -> ['versions', 0, 'phases', 1, 'priceLines'] */
export function pathParts(path: string): (string | number)[] {
  if (path === '') return [];
  return path.split(/\.|(?=\[)/).map((part) => (part.startsWith('[') ? Number(part.slice(1, -1)) : part));
}

function issuesOf(errors: readonly ContractError[]): IssueBody[] {
  return errors.map((e) => ({ path: pathParts(e.path), code: e.code, message: e.message }));
}

function refuse(code: 'validation_failed' | 'rule_violated', issues: IssueBody[]): never {
  throw new AppError(code, issues.map((i) => i.message).join('; '), issues);
}

/**
 * A contract document from an API body: the shape and the rules of core (400 when the shape is
 * wrong, 422 when fields disagree), then what only the workspace knows: a name, and a vendor
 * and activities of this workspace.
 */
export async function checkedContract(
  db: Kysely<Database>,
  workspaceId: string,
  body: unknown,
  id: string,
): Promise<Contract> {
  const v = validateContract({ ...(body as object), id });
  if (!v.ok) {
    const shape = v.errors.some((e) => e.code.startsWith('shape.') || e.code === 'unknown_kpi');
    refuse(shape ? 'validation_failed' : 'rule_violated', issuesOf(v.errors));
  }
  const contract = v.value;
  const issues: IssueBody[] = [];
  if (!contract.name) issues.push({ path: ['name'], code: 'required', message: 'name is required' });
  const vendor = await db
    .selectFrom('vendor')
    .select('id')
    .where('workspaceId', '=', workspaceId)
    .where('id', '=', contract.vendorId)
    .executeTakeFirst();
  if (!vendor)
    issues.push({
      path: ['vendorId'],
      code: 'unknown_vendor',
      message: 'vendorId: no such vendor in this workspace',
    });
  const known = new Set(
    (await db.selectFrom('activity').select('id').where('workspaceId', '=', workspaceId).execute()).map(
      (a) => a.id,
    ),
  );
  contract.activities.forEach((a, k) => {
    if (!known.has(a))
      issues.push({
        path: ['activities', k],
        code: 'unknown_activity',
        message: `activities[${k}]: no activity "${a}" in this workspace`,
      });
  });
  if (issues.length > 0) refuse('rule_violated', issues);
  return contract;
}

/**
 * Invoiced months are settled: a change may not alter what priced them. Versions in force on or
 * before the last day of the latest invoiced month must stay as they were (same place, same
 * terms), none may be added before that day, and the vendor, currency and start stay.
 */
export function checkSettledMonths(before: Contract, after: Contract, invoiced: readonly string[]): void {
  const lastMonth = invoiced.at(-1);
  if (!lastMonth) return;
  const settledUntil = daysOfMonth(lastMonth).at(-1) as string;
  const issues: IssueBody[] = [];
  const why = `the statement of ${lastMonth} is invoiced: amend with a version effective after ${settledUntil}`;
  for (const field of ['vendorId', 'currency', 'start'] as const) {
    if (before[field] !== after[field])
      issues.push({ path: [field], code: 'settled', message: `${field} cannot change: ${why}` });
  }
  after.versions.forEach((version, k) => {
    if (version.effectiveFrom > settledUntil) return;
    const old = before.versions[k];
    if (!old || JSON.stringify(old) !== JSON.stringify(version))
      issues.push({
        path: ['versions', k],
        code: 'settled',
        message: `versions[${k}] (effective ${version.effectiveFrom}) cannot change: ${why}`,
      });
  });
  if (issues.length > 0) refuse('rule_violated', issues);
}
