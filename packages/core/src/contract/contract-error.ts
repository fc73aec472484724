/** A problem in a contract (or actuals) document, located by the path of the offending field. */
export interface ContractError {
  /** e.g. "versions[1].phases[0].priceLines[2].unitPriceCents" */
  readonly path: string;
  /** Stable code for translation (e.g. "at_risk.allocations_over_100"). */
  readonly code: string;
  /** English, naming the field and the rule. */
  readonly message: string;
}

export type PathPart = string | number | symbol;

/** ['versions', 1, 'phases'] -> "versions[1].phases" */
export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** The name a message opens with: the last key, with its index if it is an array element. */
function fieldName(path: readonly PathPart[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    if (typeof path[i] !== 'number') return formatPath(path.slice(i));
  }
  return 'The document';
}

export function contractError(path: readonly PathPart[], code: string, predicate: string): ContractError {
  return { path: formatPath(path), code, message: `${fieldName(path)} ${predicate}` };
}
