import type { CoachingTheme, CycleObjective } from '@vigie/core';
import type { TFunction } from 'i18next';
import type { CreateCycleInput } from '../../../api/cycles';
import type { FormErrors } from '../../../forms/issues';
import { addDays, today } from '../shared/dates';

/** The new-cycle form and the objectives editor: what they hold, check and send. */

export const MAX_OBJECTIVES = 20;
/** a cycle lasts about two months by default, the time to act and draw a new sample */
export const DEFAULT_DAYS = 60;

export type Direction = CycleObjective['direction'];

export interface ObjectiveRow {
  /** a stable key for React while rows are added and removed */
  key: string;
  practiceId: string | null;
  direction: Direction;
  /** typed in percent, sent as a ratio 0..1 */
  targetPercent: number | string;
}

export interface ObjectivesValues {
  objectives: ObjectiveRow[];
}

export interface CycleFormValues extends ObjectivesValues {
  vendorId: string | null;
  focusTheme: CoachingTheme | null;
  startsOn: string;
  endsOn: string;
  baselineRunId: string | null;
  reportId: string | null;
}

/** What the form may start from (a published report pre-fills all of it but the dates). */
export interface CyclePreset {
  readonly vendorId?: string;
  readonly focusTheme?: CoachingTheme | null;
  readonly baselineRunId?: string;
  readonly reportId?: string;
}

let keys = 0;
const newKey = () => `objective-${++keys}`;

export function emptyObjective(): ObjectiveRow {
  return { key: newKey(), practiceId: null, direction: 'at_most', targetPercent: '' };
}

export function initialValues(preset: CyclePreset = {}, day: string = today()): CycleFormValues {
  return {
    vendorId: preset.vendorId ?? null,
    focusTheme: preset.focusTheme ?? null,
    startsOn: day,
    endsOn: addDays(day, DEFAULT_DAYS - 1),
    baselineRunId: preset.baselineRunId ?? null,
    reportId: preset.reportId ?? null,
    objectives: [emptyObjective()],
  };
}

/** A ratio as the percentage typed (0.05 → 5, 0.125 → 12.5). */
export function toPercent(ratio: number): number {
  return Math.round(ratio * 1000) / 10;
}

export function fromObjectives(objectives: readonly CycleObjective[]): ObjectiveRow[] {
  return objectives.map((o) => ({
    key: newKey(),
    practiceId: o.practiceId,
    direction: o.direction,
    targetPercent: toPercent(o.target),
  }));
}

export function toObjectives(rows: readonly ObjectiveRow[]): CycleObjective[] {
  return rows.map((r) => ({
    practiceId: r.practiceId ?? '',
    direction: r.direction,
    target: Math.round(Number(r.targetPercent) * 10) / 1000,
  }));
}

/** A practice to reduce is brought to at most a rate; one to generalise to at least a rate. */
export function directionOf(polarity: 'good' | 'bad' | null): Direction {
  return polarity === 'good' ? 'at_least' : 'at_most';
}

export function toRequest(v: CycleFormValues): CreateCycleInput {
  return {
    vendorId: v.vendorId ?? '',
    focusTheme: v.focusTheme ?? 'phone_tool',
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    objectives: toObjectives(v.objectives),
    ...(v.baselineRunId ? { baselineRunId: v.baselineRunId } : {}),
    ...(v.reportId ? { reportId: v.reportId } : {}),
  };
}

const given = (v: number | string) => v !== '' && Number.isFinite(Number(v));

/** The objectives' checks, each beside its row's field (`objectives.1.targetPercent`). */
export function validateObjectives(t: TFunction, rows: readonly ObjectiveRow[]): FormErrors {
  const errors: FormErrors = {};
  if (rows.length === 0) errors.objectives = t('cycles.form.noObjective');
  if (rows.length > MAX_OBJECTIVES) errors.objectives = t('validation.tooMany', { max: MAX_OBJECTIVES });
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (!row.practiceId) errors[`objectives.${i}.practiceId`] = t('validation.choose');
    else if (seen.has(row.practiceId)) errors[`objectives.${i}.practiceId`] = t('cycles.form.practiceTwice');
    if (row.practiceId) seen.add(row.practiceId);
    const target = Number(row.targetPercent);
    if (!given(row.targetPercent) || target < 0 || target > 100)
      errors[`objectives.${i}.targetPercent`] = t('cycles.form.targetRange');
  });
  return errors;
}

/** The checks the server makes too, beside their fields before anything is sent. */
export function validateCycle(t: TFunction, v: CycleFormValues): FormErrors {
  const errors: FormErrors = {};
  if (!v.vendorId) errors.vendorId = t('validation.choose');
  if (!v.focusTheme) errors.focusTheme = t('validation.choose');
  if (!v.startsOn) errors.startsOn = t('validation.date');
  if (!v.endsOn) errors.endsOn = t('validation.date');
  else if (v.startsOn && v.endsOn < v.startsOn) errors.endsOn = t('rules.dates.end_before_start');
  if (!v.baselineRunId) errors.baselineRunId = t('validation.choose');
  return { ...errors, ...validateObjectives(t, v.objectives) };
}

/** The server's issues as the form's errors: a target is typed in percent. */
export function toFormErrors(serverErrors: FormErrors): FormErrors {
  const out: FormErrors = {};
  for (const [key, message] of Object.entries(serverErrors)) {
    const target = key.replace(/^(objectives\.\d+)\.target$/, '$1.targetPercent');
    if (!(target in out)) out[target] = message;
  }
  return out;
}

/** The keys shown beside their inputs (anything else goes to the form's alert). */
export const PLACED_FIELDS = [
  'vendorId',
  'focusTheme',
  'startsOn',
  'endsOn',
  'baselineRunId',
  'reportId',
  'objectives',
  'objectives.*',
];
