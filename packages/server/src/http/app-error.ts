import type { RuleIssue } from '@vigie/core';

/**
 * Every error the API answers with. The code is part of the API contract (docs/api.md);
 * the status follows from the code alone.
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rule_violated: 422,
  rate_limited: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export interface IssueBody {
  path: (string | number)[];
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: IssueBody[] = [],
  ) {
    super(message);
  }

  get status(): (typeof ERROR_STATUS)[ErrorCode] {
    return ERROR_STATUS[this.code];
  }

  static notFound(what: string): AppError {
    return new AppError('not_found', `${what} not found`);
  }

  /** One business rule broken, at one field: a 422 the form shows beside that field. */
  static rule(path: (string | number)[], code: string, message: string): AppError {
    return new AppError('rule_violated', message, [{ path, code, message }]);
  }

  static forbidden(): AppError {
    return new AppError('forbidden', 'Your role does not allow this action');
  }

  /** Business rules broken: the issues carry field paths for the form. */
  static rules(issues: readonly RuleIssue[]): AppError {
    return new AppError(
      'rule_violated',
      issues.map((i) => i.message).join('; '),
      issues.map((i) => ({
        path: [...i.path],
        code: i.code,
        message: i.message,
        ...(i.params ? { params: { ...i.params } } : {}),
      })),
    );
  }
}

/** Throws when any rule is broken; returns nothing otherwise. */
export function assertRules(issues: readonly RuleIssue[]): void {
  if (issues.length > 0) throw AppError.rules(issues);
}
