import { type Actuals, addMonths, type Contract, computeStatement, type Statement } from '@vigie/core';

/** What `/vendors/{id}/month-actuals` answers per month. */
export interface MonthActualsLike {
  readonly month: string;
  readonly actuals: Actuals;
}

/** Every month from `from` to `to`, both included, YYYY-MM. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to && months.length < 600; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** The longest earn-back of the contract: how many months before a month its statement reads. */
export function earnBackMonths(contract: Pick<Contract, 'versions'>): number {
  let longest = 0;
  for (const version of contract.versions) {
    for (const phase of version.phases) longest = Math.max(longest, phase.atRisk?.earnBack?.months ?? 0);
  }
  return longest;
}

/** Month of a date YYYY-MM-DD. */
export const monthOf = (date: string) => date.slice(0, 7);

/**
 * The months a contract has run so far: from its start to its end, or to `today`'s month while it
 * runs on. Empty before it starts.
 */
export function contractMonths(contract: Pick<Contract, 'start' | 'end'>, today: string): string[] {
  const first = monthOf(contract.start);
  const now = monthOf(today);
  const last = contract.end && monthOf(contract.end) < now ? monthOf(contract.end) : now;
  return monthsBetween(first, last);
}

export interface BrowserStatement {
  readonly statement: Statement;
  /** false when nothing was stored for the month: every quantity read as 0 */
  readonly hasData: boolean;
}

/**
 * The statement of a month computed here, as the server would: that month's actuals, and the
 * months before it as history (earn-back). A month without stored data is computed on empty
 * actuals, which the statement's warnings say.
 */
export function statementInBrowser(
  contract: Contract,
  month: string,
  items: readonly MonthActualsLike[],
): BrowserStatement {
  const item = items.find((i) => i.month === month);
  const history = items
    .filter((i) => i.month < month)
    .map((i) => i.actuals)
    .sort((a, b) => a.month.localeCompare(b.month));
  const actuals: Actuals = item?.actuals ?? { month, kpis: {} };
  return { statement: computeStatement(contract, month, actuals, { history }), hasData: Boolean(item) };
}
