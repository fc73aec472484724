import { addMonths, type Contract, computeStatement, type ReadScope, type Statement } from '@vigie/core';
import type { Kysely } from 'kysely';
import { getKpiSettings } from '../../db/repositories/kpi-settings.ts';
import type { Database } from '../../db/schema.ts';
import { type MonthActuals, rangeActuals } from './month-actuals.ts';

export interface MonthStatement extends MonthActuals {
  readonly statement: Statement;
}

/** The longest earn-back period of any version: how many earlier months a statement may need. */
function earnBackMonths(contract: Contract): number {
  let most = 0;
  for (const v of contract.versions)
    for (const p of v.phases) most = Math.max(most, p.atRisk?.earnBack?.months ?? 0);
  return most;
}

/**
 * The statements of a contract for each month of [from, to], from one read of the vendor's
 * actuals over the range and the months before it that earn-back looks at.
 */
export async function contractStatements(
  db: Kysely<Database>,
  scope: ReadScope,
  workspaceId: string,
  contract: Contract,
  from: string,
  to: string,
): Promise<MonthStatement[]> {
  const options = await getKpiSettings(db, workspaceId);
  const lookBack = earnBackMonths(contract);
  const months = await rangeActuals(db, scope, contract.vendorId, addMonths(from, -lookBack), to, options);
  return months.slice(lookBack).map((m, k) => ({
    ...m,
    statement: computeStatement(contract, m.month, m.actuals, {
      history: months.slice(k, k + lookBack).map((h) => h.actuals),
    }),
  }));
}

/** The months a contract bills up to `today` (YYYY-MM-DD): from its start to its end or this month. */
export function billedMonths(contract: Contract, today: string): { from: string; to: string } | null {
  const from = contract.start.slice(0, 7);
  const last = contract.end && contract.end < today ? contract.end : today;
  const to = last.slice(0, 7);
  return from <= to ? { from, to } : null;
}
