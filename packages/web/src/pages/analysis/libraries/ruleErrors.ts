import type { RuleError } from '@vigie/core';
import type { ApiIssue } from '../../../api/client';

/** Errors that concern the whole rule (its fields), not a place in its text. */
export const WHOLE_RULE_CODES: ReadonlySet<string> = new Set([
  'duplicate_id',
  'missing_theme',
  'practice_only',
]);

/** Whether an error points at characters of the rule text (to underline them). */
export function pointsIntoText(error: RuleError): boolean {
  return !WHOLE_RULE_CODES.has(error.code);
}

/**
 * Errors by the index of their rule. An error names its rule by id; with two rules of the same id,
 * the duplicate error goes to the later one and the others to the first.
 */
export function errorsByRule(
  rules: readonly { readonly id: string }[],
  errors: readonly RuleError[],
): Map<number, RuleError[]> {
  const byRule = new Map<number, RuleError[]>();
  for (const error of errors) {
    const indexes = rules.flatMap((r, i) => (r.id === error.ruleId ? [i] : []));
    const index = (error.code === 'duplicate_id' ? indexes.at(-1) : indexes[0]) ?? -1;
    if (index < 0) continue;
    const list = byRule.get(index) ?? [];
    list.push(error);
    byRule.set(index, list);
  }
  return byRule;
}

/**
 * The server's refusal of a library (422, each issue at ['rules', i, 'rule'] with the rule id,
 * line, column, offset, length and hint) as rule errors, by rule index.
 */
export function serverRuleErrors(
  issues: readonly ApiIssue[],
  source: (index: number) => string | undefined,
): Map<number, RuleError[]> {
  const byRule = new Map<number, RuleError[]>();
  for (const issue of issues) {
    const [head, index, field] = issue.path;
    if (head !== 'rules' || typeof index !== 'number' || field !== 'rule') continue;
    const p = issue.params ?? {};
    const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);
    const text = source(index) ?? '';
    const error: RuleError = {
      ruleId: typeof p.ruleId === 'string' ? p.ruleId : '',
      code: issue.code,
      message: issue.message,
      hint: typeof p.hint === 'string' ? p.hint : '',
      offset: num(p.offset, 0),
      length: num(p.length, Math.max(1, text.length)),
      line: num(p.line, 1),
      column: num(p.column, 1),
    };
    const list = byRule.get(index) ?? [];
    list.push(error);
    byRule.set(index, list);
  }
  return byRule;
}

/** Where to underline an error: the line it is on, and the characters of that line. */
export interface ErrorPlace {
  readonly lineText: string;
  /** 0-based, in lineText */
  readonly start: number;
  /** ≥ start; equal when the error is at the end of the text (the missing part) */
  readonly end: number;
}

export function errorPlace(source: string, error: Pick<RuleError, 'offset' | 'length'>): ErrorPlace {
  const offset = Math.max(0, Math.min(source.length, error.offset));
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const newline = source.indexOf('\n', offset);
  const lineEnd = newline < 0 ? source.length : newline;
  const lineText = source.slice(lineStart, lineEnd);
  const start = offset - lineStart;
  const end = Math.min(lineText.length, start + Math.max(1, error.length));
  return { lineText, start, end };
}

/** At most this many characters are shown on each side of an error in a long line. */
export const CONTEXT = 32;

/** The part of the error's line to show: the error and some context, with "…" where cut. */
export interface ErrorExcerpt {
  readonly before: string;
  readonly marked: string;
  readonly after: string;
}

export function errorExcerpt(place: ErrorPlace, context = CONTEXT): ErrorExcerpt {
  const from = Math.max(0, place.start - context);
  const to = Math.min(place.lineText.length, place.end + context);
  return {
    before: `${from > 0 ? '…' : ''}${place.lineText.slice(from, place.start)}`,
    marked: place.lineText.slice(place.start, place.end),
    after: `${place.lineText.slice(place.end, to)}${to < place.lineText.length ? '…' : ''}`,
  };
}
