import type { TFunction } from 'i18next';
import i18n from 'i18next';
import { isApiError } from '../../../api/client';
import { type FormErrors, issueMessage, pathKey } from '../../../forms/issues';

/**
 * The server's issues of a refused cycle change, keyed by their paths (`objectives.0.practiceId`),
 * its own codes (`unknown_practice`, `run_not_done`…) translated; null when the error has none.
 */
export function cycleIssueErrors(t: TFunction, error: unknown): FormErrors | null {
  if (!isApiError(error) || error.issues.length === 0) return null;
  const errors: FormErrors = {};
  for (const issue of error.issues) {
    const key = pathKey(issue.path);
    if (key in errors) continue;
    const known = `cycles.issues.${issue.code}`;
    errors[key] = i18n.exists(known) ? t(known) : issueMessage(t, issue);
  }
  return errors;
}
