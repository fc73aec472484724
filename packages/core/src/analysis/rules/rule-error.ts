/**
 * A rule that cannot be read or cannot match: its id, where (offset and line:column in its text),
 * a stable code the web app translates, an English message and a hint.
 */
export interface RuleError {
  readonly ruleId: string;
  readonly code: string;
  readonly message: string;
  readonly hint: string;
  /** character offset in the rule's text, and the length of the offending part (≥ 1) */
  readonly offset: number;
  readonly length: number;
  /** 1-based */
  readonly line: number;
  readonly column: number;
}

/** Thrown by parseRule and compileLibrary; `issues` holds every error found, in rule order. */
export class RuleLanguageError extends Error {
  constructor(readonly issues: readonly RuleError[]) {
    super(issues.map(formatRuleError).join('\n'));
    this.name = 'RuleLanguageError';
  }
}

/** `hold_thanks 1:34 unclosed_phrase: … (hint: …)` */
export function formatRuleError(e: RuleError): string {
  return `${e.ruleId} ${e.line}:${e.column} ${e.code}: ${e.message} (hint: ${e.hint})`;
}

/** A RuleError at characters [offset, offset + length) of `source`. */
export function ruleError(
  ruleId: string,
  source: string,
  offset: number,
  length: number,
  code: string,
  message: string,
  hint: string,
): RuleError {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { ruleId, code, message, hint, offset, length: Math.max(1, length), line, column };
}
