import { TARGET_KPIS, type Target, type TargetInput, type TargetKpi } from '@vigie/core';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../format';
import type { FormErrors } from '../../forms/issues';
import { TARGET_KIND } from '../dashboards/figures/kpiFormat';

/** What the form holds: the target in the unit people write it in (80 for 80 %). */
export interface TargetFormValues {
  vendorId: string | null;
  activityId: string | null;
  kpi: TargetKpi | null;
  target: number | string;
  validFrom: string;
  validTo: string;
}

/** Rates are typed in percent, stored as ratios; seconds and NPS points as they are. */
function isPercent(kpi: TargetKpi): boolean {
  return TARGET_KIND[kpi] === 'rate';
}

/** The bounds of a target in the form's unit. */
export function targetBounds(kpi: TargetKpi): { readonly min: number; readonly max: number | undefined } {
  if (kpi === 'nps') return { min: -100, max: 100 };
  if (isPercent(kpi)) return { min: 0, max: 100 };
  return { min: 0, max: undefined };
}

/** "%", "s" or "pts", beside the input. */
export function targetUnit(t: TFunction, kpi: TargetKpi | null): string {
  if (kpi === null) return '';
  if (isPercent(kpi)) return '%';
  return kpi === 'nps' ? t('targets.points') : 's';
}

export function toValues(target: Target | null, defaultVendorId: string | null): TargetFormValues {
  if (!target) {
    return { vendorId: defaultVendorId, activityId: null, kpi: null, target: '', validFrom: '', validTo: '' };
  }
  return {
    vendorId: target.vendorId,
    activityId: target.activityId,
    kpi: target.kpi,
    // rounded so that 0.8 shows as 80, not 80.00000000000001
    target: isPercent(target.kpi) ? Math.round(target.target * 100 * 1e6) / 1e6 : target.target,
    validFrom: target.validFrom,
    validTo: target.validTo ?? '',
  };
}

/** Called once validate() passed: every required value is there. */
export function toInput(values: TargetFormValues): TargetInput {
  const kpi = values.kpi as TargetKpi;
  const typed = Number(values.target);
  return {
    vendorId: values.vendorId ?? '',
    activityId: values.activityId,
    kpi,
    target: isPercent(kpi) ? typed / 100 : typed,
    validFrom: values.validFrom,
    validTo: values.validTo || null,
  };
}

/** Every rule of the form, each message beside its field, in the interface language. */
export function validateTarget(t: TFunction, values: TargetFormValues): FormErrors {
  const errors: FormErrors = {};
  if (!values.vendorId) errors.vendorId = t('validation.choose');
  if (!values.kpi) errors.kpi = t('validation.choose');
  if (values.target === '' || !Number.isFinite(Number(values.target))) {
    errors.target = t('validation.required');
  } else if (values.kpi) {
    const { min, max } = targetBounds(values.kpi);
    const typed = Number(values.target);
    if (typed < min) errors.target = t('validation.min', { min: formatNumber(min) });
    else if (max !== undefined && typed > max)
      errors.target = t('validation.max', { max: formatNumber(max) });
  }
  if (!values.validFrom) errors.validFrom = t('validation.required');
  if (values.validTo && values.validFrom && values.validTo < values.validFrom) {
    errors.validTo = t('rules.dates.end_before_start');
  }
  return errors;
}

/** "Met when the figure is at least the target" / "at most". */
export function directionHint(t: TFunction, kpi: TargetKpi | null): string | undefined {
  if (kpi === null) return undefined;
  return TARGET_KPIS[kpi] === 'min' ? t('targets.metWhenAtLeast') : t('targets.metWhenAtMost');
}
