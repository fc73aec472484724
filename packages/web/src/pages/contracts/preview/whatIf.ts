import { CONTRACT_KPIS, type Contract, type ContractKpi, type PriceLine } from '@vigie/core';
import { type MonthActualsLike, statementInBrowser } from './statementInBrowser';

/**
 * "What if": one KPI target or one price-line rate changed, the contract's last months computed
 * before and after, in the browser. Nothing is saved.
 */

const MONEY_FIELDS = [
  'amountCents',
  'unitPriceCents',
  'baseUnitPriceCents',
  'aboveUnitPriceCents',
  'belowUnitPriceCents',
] as const;
export type MoneyField = (typeof MONEY_FIELDS)[number];

export type WhatIfChoice =
  | {
      readonly id: string;
      readonly kind: 'target';
      readonly version: number;
      readonly phase: number;
      readonly term: number;
      readonly kpi: ContractKpi;
      /** on the KPI's scale (a ratio for rates) */
      readonly current: number;
      readonly phaseKind: 'pilot' | 'run';
    }
  | {
      readonly id: string;
      readonly kind: 'price';
      readonly version: number;
      readonly phase: number;
      readonly line: number;
      readonly field: MoneyField;
      readonly lineKind: PriceLine['kind'];
      readonly label: string | undefined;
      /** cents */
      readonly current: number;
      readonly phaseKind: 'pilot' | 'run';
    };

/** Every target and every rate of the contract, in document order. */
export function whatIfChoices(contract: Contract): WhatIfChoice[] {
  const choices: WhatIfChoice[] = [];
  contract.versions.forEach((version, v) => {
    version.phases.forEach((phase, p) => {
      phase.priceLines.forEach((line, l) => {
        for (const field of MONEY_FIELDS) {
          const value = (line as Partial<Record<MoneyField, number>>)[field];
          if (typeof value !== 'number') continue;
          choices.push({
            id: `${v}.${p}.price.${l}.${field}`,
            kind: 'price',
            version: v,
            phase: p,
            line: l,
            field,
            lineKind: line.kind,
            label: line.label,
            current: value,
            phaseKind: phase.kind,
          });
        }
      });
      phase.kpiTerms.forEach((term, k) => {
        choices.push({
          id: `${v}.${p}.target.${k}`,
          kind: 'target',
          version: v,
          phase: p,
          term: k,
          kpi: term.kpi,
          current: term.target,
          phaseKind: phase.kind,
        });
      });
    });
  });
  return choices;
}

/** True when the KPI's target is typed as a percentage. */
export const isRatioKpi = (kpi: ContractKpi) => CONTRACT_KPIS[kpi].scale === 'ratio';

/** A copy of the contract with the one change; `value` is in cents or on the KPI's scale. */
export function applyWhatIf(contract: Contract, choice: WhatIfChoice, value: number): Contract {
  const copy = structuredClone(contract);
  const phase = copy.versions[choice.version]?.phases[choice.phase];
  if (!phase) return copy;
  if (choice.kind === 'target') {
    const term = phase.kpiTerms[choice.term];
    if (term) term.target = value;
  } else {
    const line = phase.priceLines[choice.line] as Record<string, unknown> | undefined;
    if (line) line[choice.field] = value;
  }
  return copy;
}

export interface WhatIfRow {
  readonly month: string;
  readonly beforeCents: number;
  readonly afterCents: number;
}

/** The months with stored data among `months`, each month's total before and after the change. */
export function compareTotals(
  before: Contract,
  after: Contract,
  months: readonly string[],
  items: readonly MonthActualsLike[],
): WhatIfRow[] {
  const withData = new Set(items.map((i) => i.month));
  return months
    .filter((m) => withData.has(m))
    .map((month) => ({
      month,
      beforeCents: statementInBrowser(before, month, items).statement.totals.totalCents,
      afterCents: statementInBrowser(after, month, items).statement.totals.totalCents,
    }));
}

/** after - before, over all the months. */
export function totalDifference(rows: readonly WhatIfRow[]): number {
  return rows.reduce((sum, r) => sum + r.afterCents - r.beforeCents, 0);
}
