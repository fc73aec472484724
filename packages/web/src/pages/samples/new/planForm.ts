import type { TFunction } from 'i18next';
import type { CreatePlanInput, SamplePopulation, StrataBy, StrataMode } from '../../../api/samples';
import type { FormErrors } from '../../../forms/issues';

/** The new-plan form: what it holds, what it checks, what it sends. */

export type SizeMode = 'fixed' | 'margin';
export const CONFIDENCES = ['0.9', '0.95', '0.99'] as const;
/** the largest seed the server takes */
export const MAX_SEED = 2 ** 31 - 1;

export interface PlanFormValues {
  name: string;
  vendorId: string | null;
  siteIds: string[];
  activityIds: string[];
  agents: string[];
  from: string;
  to: string;
  /** durations are typed in minutes and sent in seconds */
  minMinutes: number | string;
  maxMinutes: number | string;
  dispositions: string[];
  outcomes: string[];
  excludeSampled: boolean;
  sizeMode: SizeMode;
  size: number | string;
  marginPercent: number | string;
  confidence: string;
  strataBy: StrataBy;
  strataMode: StrataMode;
  minPerStratum: number | string;
  seed: number | string;
}

export const INITIAL_VALUES: PlanFormValues = {
  name: '',
  vendorId: null,
  siteIds: [],
  activityIds: [],
  agents: [],
  from: '',
  to: '',
  minMinutes: '',
  maxMinutes: '',
  dispositions: [],
  outcomes: [],
  excludeSampled: false,
  sizeMode: 'margin',
  size: 100,
  marginPercent: 5,
  confidence: '0.95',
  strataBy: 'none',
  strataMode: 'proportional',
  minPerStratum: 0,
  seed: '',
};

const given = (v: number | string): v is number => v !== '' && Number.isFinite(Number(v));
const whole = (v: number | string) => given(v) && Number.isInteger(Number(v));

/** A whole random seed the server takes, for the "random" button. */
export function randomSeed(): number {
  const [n = 0] = crypto.getRandomValues(new Uint32Array(1));
  return n % (MAX_SEED + 1);
}

export function toRequest(v: PlanFormValues): CreatePlanInput {
  const population: SamplePopulation = {
    ...(v.vendorId ? { vendorId: v.vendorId } : {}),
    ...(v.siteIds.length ? { siteIds: v.siteIds } : {}),
    ...(v.activityIds.length ? { activityIds: v.activityIds } : {}),
    ...(v.agents.length ? { agents: v.agents } : {}),
    ...(v.from ? { from: v.from } : {}),
    ...(v.to ? { to: v.to } : {}),
    ...(given(v.minMinutes) ? { minSeconds: Math.round(Number(v.minMinutes) * 60) } : {}),
    ...(given(v.maxMinutes) ? { maxSeconds: Math.round(Number(v.maxMinutes) * 60) } : {}),
    ...(v.dispositions.length ? { dispositions: v.dispositions } : {}),
    ...(v.outcomes.length ? { outcomes: v.outcomes } : {}),
    excludeSampled: v.excludeSampled,
  };
  return {
    name: v.name.trim(),
    population,
    size:
      v.sizeMode === 'fixed'
        ? { mode: 'fixed', size: Number(v.size) }
        : { mode: 'margin', margin: Number(v.marginPercent) / 100, confidence: Number(v.confidence) },
    strata: {
      by: v.strataBy,
      mode: v.strataMode,
      minPerStratum: v.strataBy === 'none' || !given(v.minPerStratum) ? 0 : Number(v.minPerStratum),
    },
    ...(given(v.seed) ? { seed: Number(v.seed) } : {}),
  };
}

/** The checks the server makes too, beside their fields before anything is sent. */
export function validatePlan(t: TFunction, v: PlanFormValues): FormErrors {
  const errors: FormErrors = {};
  if (!v.name.trim()) errors.name = t('validation.required');
  if (v.from && v.to && v.to < v.from) errors.to = t('rules.dates.end_before_start');
  if (given(v.minMinutes) && Number(v.minMinutes) < 0) errors.minMinutes = t('validation.min', { min: 0 });
  if (given(v.maxMinutes) && given(v.minMinutes) && Number(v.maxMinutes) <= Number(v.minMinutes))
    errors.maxMinutes = t('samples.form.maxBelowMin');
  if (v.sizeMode === 'fixed' && !(whole(v.size) && Number(v.size) >= 1 && Number(v.size) <= 100_000))
    errors.size = t('samples.form.sizeRange');
  if (
    v.sizeMode === 'margin' &&
    !(given(v.marginPercent) && Number(v.marginPercent) > 0 && Number(v.marginPercent) <= 50)
  )
    errors.marginPercent = t('samples.form.marginRange');
  if (
    v.strataBy !== 'none' &&
    v.minPerStratum !== '' &&
    !(whole(v.minPerStratum) && Number(v.minPerStratum) >= 0 && Number(v.minPerStratum) <= 1000)
  )
    errors.minPerStratum = t('samples.form.minPerStratumRange');
  if (v.seed !== '' && !(whole(v.seed) && Number(v.seed) >= 0 && Number(v.seed) <= MAX_SEED))
    errors.seed = t('samples.form.seedRange', { max: MAX_SEED });
  return errors;
}

/** Where the server's issue paths sit in the form ('population.maxSeconds' → 'maxMinutes'). */
const SERVER_FIELDS: Readonly<Record<string, string>> = {
  'population.minSeconds': 'minMinutes',
  'population.maxSeconds': 'maxMinutes',
  'size.size': 'size',
  'size.margin': 'marginPercent',
  'size.confidence': 'confidence',
  'size.mode': 'sizeMode',
  'strata.by': 'strataBy',
  'strata.mode': 'strataMode',
  'strata.minPerStratum': 'minPerStratum',
};

/** The server's issues (keyed by their paths) as the form's errors; unknown paths stay as they are. */
export function toFormErrors(serverErrors: FormErrors): FormErrors {
  const out: FormErrors = {};
  for (const [key, message] of Object.entries(serverErrors)) {
    const [head = '', field = ''] = key.split('.');
    const path = `${head}.${field}`;
    const target =
      SERVER_FIELDS[path] ?? (head === 'population' && field && field in INITIAL_VALUES ? field : key);
    if (!(target in out)) out[target] = message;
  }
  return out;
}

/** The form keys shown beside their inputs (anything else goes to the form's alert). */
export const PLACED_FIELDS = Object.keys(INITIAL_VALUES);
