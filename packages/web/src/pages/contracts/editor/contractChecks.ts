import { type Contract, contractSchema, validateContract } from '@vigie/core';
import type { IssueLike } from '../../../forms/issues';
import { type DocumentDraft, type FormProblemCode, valuesToDocument } from './contractDocument';
import type { ContractFormValues } from './contractValues';

/**
 * The live verdict on the contract being edited: the typed values that cannot be read, then the
 * contract's own checks from core (shape with zod, then the rules that tie fields together),
 * each problem keyed by the dotted path of its field.
 */

export type ContractProblem =
  | { readonly key: string; readonly source: 'form'; readonly code: FormProblemCode }
  | { readonly key: string; readonly source: 'shape'; readonly issue: IssueLike & Record<string, unknown> }
  | { readonly key: string; readonly source: 'rule'; readonly code: string; readonly message: string };

export interface ContractCheck {
  /** the contract document (without `id`), to validate and send */
  readonly document: DocumentDraft['document'];
  readonly problems: readonly ContractProblem[];
  /** the validated contract (defaults filled in), when there is no problem */
  readonly contract: Contract | null;
}

/** "versions[1].phases[0].start" (core's ContractError) → "versions.1.phases.0.start". */
export function dottedPath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/** validateContract needs an id; the server gives it, so a draft stands in. */
const DRAFT_ID = 'draft';

export function checkContract(values: ContractFormValues): ContractCheck {
  const draft = valuesToDocument(values);
  const problems: ContractProblem[] = draft.problems.map((p) => ({
    key: p.key,
    source: 'form',
    code: p.code,
  }));
  // a field that could not be read is missing from the document: its "required" would repeat it
  const taken = new Set(draft.problems.map((p) => p.key));
  const candidate = { ...draft.document, id: DRAFT_ID };
  const parsed = contractSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const iss of parsed.error.issues) {
      const path = iss.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      const keys =
        iss.code === 'unrecognized_keys' ? iss.keys.map((k) => [...path, k].join('.')) : [path.join('.')];
      for (const key of keys) {
        if (taken.has(key)) continue;
        taken.add(key);
        problems.push({ key, source: 'shape', issue: { ...iss, path } });
      }
    }
    return { document: draft.document, problems, contract: null };
  }
  const result = validateContract(candidate);
  if (!result.ok) {
    for (const e of result.errors) {
      problems.push({ key: dottedPath(e.path), source: 'rule', code: e.code, message: e.message });
    }
  }
  return {
    document: draft.document,
    problems,
    contract: result.ok && problems.length === 0 ? result.value : null,
  };
}
