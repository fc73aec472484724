import type { z } from 'zod';
import { type Actuals, actualsSchema } from './actuals.ts';
import { type Contract, contractSchema } from './contract.ts';
import { type ContractError, contractError, type PathPart } from './contract-error.ts';
import { checkContractRules } from './contract-rules.ts';

export type Validation<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly ContractError[] };

/** Zod's defaults say "Invalid input"; these say what the field must be. */
function predicate(iss: { code: string; input?: unknown; expected?: unknown }): string | undefined {
  if (iss.code === 'invalid_type') {
    if (iss.input === undefined) return 'is required';
    return `must be ${iss.expected === 'array' ? 'a list' : `a ${String(iss.expected)}`} (got ${JSON.stringify(iss.input)})`;
  }
  return undefined;
}

function toErrors(issues: readonly z.core.$ZodIssue[]): ContractError[] {
  const errors: ContractError[] = [];
  for (const iss of issues) {
    if (iss.code === 'unrecognized_keys') {
      // Only records keyed by KPI reject keys (plain objects strip unknown ones).
      for (const key of iss.keys) {
        errors.push(contractError([...iss.path, key], 'unknown_kpi', 'is not a known KPI'));
      }
    } else {
      errors.push(contractError(iss.path as PathPart[], `shape.${iss.code}`, iss.message));
    }
  }
  return errors;
}

/**
 * Reads a contract from untrusted JSON: the shape first (types, required fields, known kinds
 * and KPIs, whole non-negative cents, real dates), then, once the shape holds, the rules that
 * tie fields together (dates, overlaps, allocations). Nothing is thrown; every problem is
 * listed with its path.
 */
export function validateContract(input: unknown): Validation<Contract> {
  const parsed = contractSchema.safeParse(input, { error: predicate });
  if (!parsed.success) return { ok: false, errors: toErrors(parsed.error.issues) };
  const errors = checkContractRules(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.data };
}

/** Reads a month's actuals from untrusted JSON, with the same error format. */
export function validateActuals(input: unknown): Validation<Actuals> {
  const parsed = actualsSchema.safeParse(input, { error: predicate });
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, errors: toErrors(parsed.error.issues) };
}
