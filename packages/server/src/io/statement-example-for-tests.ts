import { readFileSync } from 'node:fs';
import {
  type Actuals,
  type Contract,
  computeStatement,
  type Statement,
  validateActuals,
  validateContract,
} from '@vigie/core';
import type { StatementDocumentInput, StatementLang } from './statement-labels.ts';

/** Test support: the worked contract of docs/contracts.md and its October 2026 actuals. */
const example = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../docs/examples/${name}`, import.meta.url), 'utf8'));

export function exampleContract(): Contract {
  const contract = validateContract(example('contract-nearshore.json'));
  if (!contract.ok) throw new Error(JSON.stringify(contract.errors));
  return contract.value;
}

export function exampleActuals(): Actuals {
  const actuals = validateActuals(example('actuals-2026-10.json'));
  if (!actuals.ok) throw new Error(JSON.stringify(actuals.errors));
  return actuals.value;
}

/** October 2026: pilot then run, a KPI bonus, capped at-risk credits, no earn-back. */
export function exampleStatement(): Statement {
  return computeStatement(exampleContract(), '2026-10', exampleActuals());
}

/**
 * December 2026: October's answer-rate credit comes back, the answer rate having met the
 * earn-back target (0.95) in November and December.
 */
export function earnBackStatement(): Statement {
  const october = exampleActuals();
  const later = (month: string): Actuals => ({
    ...october,
    month,
    kpis: { ...october.kpis, answer_rate: 0.96 },
  });
  return computeStatement(exampleContract(), '2026-12', later('2026-12'), {
    history: [october, later('2026-11')],
  });
}

/** The document input for `statement`, with a vendor name that needs accents and a dash. */
export function exampleInput(lang: StatementLang, statement = exampleStatement()): StatementDocumentInput {
  return {
    statement,
    lang,
    workspaceName: 'Démo Vigie',
    vendorName: 'Atlas Relation Client — Rabat é',
    contractName: 'Service client 2026',
    sources: ['actuals-2026-10.json (saisie manuelle)'],
  };
}
