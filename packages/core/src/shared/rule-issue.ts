/**
 * A broken business rule, located by the path of the offending field so that a form can
 * show the message beside it. `code` is stable (the web app translates it), `params` fill
 * the translated message, `message` is the English fallback.
 */
export interface RuleIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export function issue(
  path: readonly (string | number)[],
  code: string,
  message: string,
  params?: Record<string, string | number>,
): RuleIssue {
  return params ? { path, code, message, params } : { path, code, message };
}
