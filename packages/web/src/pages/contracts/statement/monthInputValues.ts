import type { MonthInput, MonthInputRecord } from '@vigie/core';
import { decimalText, parseNumber } from '../decimal';

/** The month inputs form: every figure as typed, outcome counts by outcome code. */
export interface MonthInputValues {
  loggedInHours: string;
  productiveHours: string;
  fte: string;
  forecastVolume: string;
  outcomes: Record<string, string>;
}

export const MONTH_FIGURES = ['loggedInHours', 'productiveHours', 'fte', 'forecastVolume'] as const;

/**
 * The stored inputs of a month in the form; `outcomeCodes` are the outcomes the contract bills
 * (per_outcome lines), shown even when nothing was entered for them yet.
 */
export function monthInputValues(
  record: MonthInputRecord | null,
  outcomeCodes: readonly string[],
  sep = '.',
): MonthInputValues {
  const text = (v: number | null | undefined) => (v === null || v === undefined ? '' : decimalText(v, sep));
  const outcomes: Record<string, string> = {};
  for (const code of outcomeCodes) outcomes[code] = '';
  for (const [code, count] of Object.entries(record?.outcomes ?? {})) outcomes[code] = text(count);
  return {
    loggedInHours: text(record?.loggedInHours),
    productiveHours: text(record?.productiveHours),
    fte: text(record?.fte),
    forecastVolume: text(record?.forecastVolume),
    outcomes,
  };
}

export type MonthInputProblem = 'number' | 'negative' | 'integer';

/** What is sent (an empty figure is null, "not known"), or the problem of each field. */
export function toMonthInput(
  values: MonthInputValues,
): { ok: true; input: MonthInput } | { ok: false; errors: Record<string, MonthInputProblem> } {
  const errors: Record<string, MonthInputProblem> = {};
  const read = (key: string, text: string, integer = false): number | null => {
    const parsed = parseNumber(text);
    if (!parsed.ok) errors[key] = 'number';
    else if (parsed.value !== null && parsed.value < 0) errors[key] = 'negative';
    else if (integer && parsed.value !== null && !Number.isInteger(parsed.value)) errors[key] = 'integer';
    return parsed.ok ? parsed.value : null;
  };
  const figures = Object.fromEntries(MONTH_FIGURES.map((key) => [key, read(key, values[key])])) as Record<
    (typeof MONTH_FIGURES)[number],
    number | null
  >;
  const outcomes: Record<string, number> = {};
  for (const [code, text] of Object.entries(values.outcomes)) {
    const count = read(`outcomes.${code}`, text, true);
    if (count !== null) outcomes[code] = count;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { ...figures, outcomes } };
}
