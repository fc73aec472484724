import type { TFunction } from 'i18next';
import i18n from 'i18next';
import type { ApiIssue } from '../../../api/client';
import { type FormErrors, issueMessage, pathKey } from '../../../forms/issues';
import type { ContractProblem } from './contractChecks';

/** A contract rule ('phase.overlap') in the interface language, else core's English sentence. */
export function contractRuleMessage(t: TFunction, code: string, fallback: string): string {
  const key = `contracts.rules.${code}`;
  return i18n.exists(key) ? t(key) : fallback || t('validation.invalid');
}

export function problemMessage(t: TFunction, problem: ContractProblem): string {
  switch (problem.source) {
    case 'form':
      return t(`contracts.problems.${problem.code}`);
    case 'shape':
      if (problem.issue.code === 'unrecognized_keys') return t('contracts.problems.unknownKpi');
      return issueMessage(t, problem.issue);
    case 'rule':
      return contractRuleMessage(t, problem.code, problem.message);
  }
}

/** The first problem of each field, as the form shows it beside the field. */
export function problemErrors(t: TFunction, problems: readonly ContractProblem[]): FormErrors {
  const errors: FormErrors = {};
  for (const p of problems) if (!(p.key in errors)) errors[p.key] = problemMessage(t, p);
  return errors;
}

/**
 * The server's refusal of a save, by field. Its paths name the document's fields, which are the
 * form's; an envelope key ('document', 'body') in front is dropped.
 */
export function serverIssueErrors(t: TFunction, issues: readonly ApiIssue[]): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) {
    const path = issue.path[0] === 'document' || issue.path[0] === 'body' ? issue.path.slice(1) : issue.path;
    const key = pathKey(path) || '_';
    if (key in errors) continue;
    const rule = `contracts.rules.${issue.code}`;
    errors[key] = i18n.exists(rule)
      ? t(rule)
      : issue.code.startsWith('shape.')
        ? issue.message
        : issueMessage(t, { ...issue, path });
  }
  return errors;
}
