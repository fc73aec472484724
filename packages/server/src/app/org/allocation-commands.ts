import {
  type Allocation,
  type AllocationInput,
  checkAllocation,
  checkAllocationAgainst,
  type RuleIssue,
  readScope,
} from '@vigie/core';
import type { Kysely } from 'kysely';
import { findActivity } from '../../db/repositories/activities.ts';
import {
  deleteAllocation,
  findAllocation,
  insertAllocation,
  otherPeriods,
  updateAllocation,
} from '../../db/repositories/allocations.ts';
import { siteVendorMap } from '../../db/repositories/sites.ts';
import { listVendors } from '../../db/repositories/vendors.ts';
import type { Database } from '../../db/schema.ts';
import { assertRules } from '../../http/app-error.ts';
import type { RequestActor } from '../actor.ts';
import { entityCommands } from './entity-commands.ts';

/** Core's rules, plus the references that only the database can check. */
async function checkAll(
  trx: Kysely<Database>,
  actor: RequestActor,
  input: AllocationInput,
  exceptId: string | null,
) {
  const scope = readScope(actor);
  const issues: RuleIssue[] = [...checkAllocation(input)];
  if (!(await findActivity(trx, scope, input.activityId))) {
    issues.push({
      path: ['activityId'],
      code: 'allocation.unknown_activity',
      message: 'No such activity in this workspace',
    });
  }
  const vendorIds = new Set((await listVendors(trx, scope, { order: 'asc' })).map((v) => v.id));
  input.lines.forEach((l, i) => {
    if (!vendorIds.has(l.vendorId)) {
      issues.push({
        path: ['lines', i, 'vendorId'],
        code: 'allocation.unknown_vendor',
        message: 'No such vendor in this workspace',
      });
    }
  });
  const ctx = {
    siteVendor: await siteVendorMap(trx, actor.workspaceId),
    otherPeriods: await otherPeriods(trx, actor.workspaceId, input.activityId, exceptId),
  };
  issues.push(...checkAllocationAgainst(input, ctx));
  assertRules(issues);
}

export const allocationCommands = entityCommands<Allocation, AllocationInput>({
  resource: 'allocation',
  label: 'Allocation',
  clash: () => ({}),
  find: findAllocation,
  insert: insertAllocation,
  update: updateAllocation,
  delete: deleteAllocation,
  check: checkAll,
});
