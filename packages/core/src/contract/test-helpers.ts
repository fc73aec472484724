import type { z } from 'zod';
import type { Actuals } from './actuals.ts';
import type { Contract, ContractInput, phaseSchema } from './contract.ts';
import { validateContract } from './validate-contract.ts';

export type PhaseInput = z.input<typeof phaseSchema>;

/** A run phase from 2026-01-01, open-ended, with no lines unless overridden. Test-only. */
export function phase(overrides: Partial<PhaseInput> = {}): PhaseInput {
  return { kind: 'run', start: '2026-01-01', end: null, priceLines: [], ...overrides };
}

/** A contract input (raw JSON shape) starting 2026-01-01 with one version holding `phases`. */
export function contractInput(phases: PhaseInput[], overrides: Partial<ContractInput> = {}): ContractInput {
  return {
    id: 'c1',
    vendorId: 'v1',
    activities: ['support'],
    start: '2026-01-01',
    end: null,
    noticeDays: 90,
    currency: 'EUR',
    versions: [{ effectiveFrom: '2026-01-01', reason: 'signed', phases }],
    ...overrides,
  };
}

/** A validated contract; throws with the errors if the test built an invalid one. */
export function validContract(input: ContractInput): Contract {
  const result = validateContract(input);
  if (!result.ok) throw new Error(`Invalid test contract: ${JSON.stringify(result.errors, null, 2)}`);
  return result.value;
}

/** Actuals for a month, empty unless overridden. */
export function actuals(month: string, overrides: Partial<Actuals> = {}): Actuals {
  return { month, kpis: {}, ...overrides };
}
