import type { TFunction } from 'i18next';
import i18n from 'i18next';
import type { z } from 'zod';
import type { ApiIssue } from '../api/client';
import { formatDate, formatNumber } from '../format';

/** The form key of an issue path: ['lines', 0, 'sharePercent'] → 'lines.0.sharePercent'. */
export function pathKey(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

type Params = Readonly<Record<string, unknown>>;

/** What zod's issues and the server's issues have in common. */
export interface IssueLike {
  readonly code: string;
  readonly message: string;
  readonly path: readonly PropertyKey[];
}

function isParams(value: unknown): value is Params {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lastSegment(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((p) => typeof p === 'string');
  return typeof last === 'string' ? last : '';
}

/** Parameters shown to people: numbers and days in the interface locale. */
function displayParams(params: Params): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'number') out[key] = formatNumber(value);
    else if (typeof value === 'string')
      out[key] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
  }
  return out;
}

/** A business-rule code such as 'allocation.shares_sum', translated when known. */
export function ruleMessage(t: TFunction, code: string, params: Params, fallback: string): string {
  const key = `rules.${code}`;
  if (!i18n.exists(key)) return fallback || t('errors.invalid');
  return t(key, displayParams(params));
}

const FIELD_FORMATS: Readonly<Record<string, string>> = {
  country: 'validation.country',
  languages: 'validation.language',
  start: 'validation.time',
  end: 'validation.time',
  email: 'validation.email',
  currency: 'validation.currency',
};

const FIELD_CUSTOM: Readonly<Record<string, string>> = {
  sharePercent: 'validation.twoDecimals',
  languages: 'validation.languageTwice',
  validFrom: 'validation.date',
  validTo: 'validation.date',
};

/**
 * A translated message for one issue, whether it comes from zod on the client or from the server
 * (which sends zod's codes for 400s and rule codes for 422s). Unknown codes fall back to the
 * server's own message.
 */
export function issueMessage(t: TFunction, source: IssueLike): string {
  const issue: Params & IssueLike = { ...source };
  const params: Params = isParams(issue.params) ? issue.params : {};
  if (typeof params.rule === 'string') return ruleMessage(t, params.rule, params, issue.message);
  if (issue.code.includes('.')) return ruleMessage(t, issue.code, params, issue.message);
  const field = lastSegment(issue.path);
  const num = (v: unknown) => (typeof v === 'number' || typeof v === 'bigint' ? formatNumber(Number(v)) : '');
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return t('validation.atLeastOne');
      if (issue.origin === 'number') {
        return issue.inclusive === false
          ? t('validation.greaterThan', { min: num(issue.minimum) })
          : t('validation.min', { min: num(issue.minimum) });
      }
      if (issue.minimum === undefined || issue.minimum === 1) return t('validation.required');
      return t('validation.tooShort', { min: num(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'number') return t('validation.max', { max: num(issue.maximum) });
      if (issue.origin === 'array') return t('validation.tooMany', { max: num(issue.maximum) });
      return issue.maximum === undefined
        ? t('validation.invalid')
        : t('validation.tooLong', { max: num(issue.maximum) });
    case 'invalid_type':
      if (issue.expected === 'int') return t('validation.integer');
      return t('validation.required');
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      return t(FIELD_FORMATS[field] ?? 'validation.format');
    case 'invalid_value':
      return t('validation.choose');
    case 'invalid_union':
      return t(FIELD_FORMATS[field] ?? 'validation.invalid');
    case 'custom':
      return FIELD_CUSTOM[field] ? t(FIELD_CUSTOM[field]) : issue.message || t('validation.invalid');
    default:
      return issue.message || t('validation.invalid');
  }
}

export type FormErrors = Record<string, string>;

/** Issues keyed by form path, first issue of a path wins. */
export function issuesToErrors(t: TFunction, issues: readonly IssueLike[]): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) {
    const key = pathKey(issue.path);
    if (!(key in errors)) errors[key] = issueMessage(t, issue);
  }
  return errors;
}

/** Runs a core zod schema on the values a form would send and returns Mantine form errors. */
export function zodErrors(t: TFunction, schema: z.ZodType, input: unknown): FormErrors {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return issuesToErrors(t, result.error.issues);
}

/** Server issues as form errors. */
export function apiIssuesToErrors(t: TFunction, issues: readonly ApiIssue[]): FormErrors {
  return issuesToErrors(t, issues);
}
