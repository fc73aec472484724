import type { Actuals } from './actuals.ts';
import { abs, compare, exact, mul, percent, sub } from './exact.ts';
import { type Said, said } from './explain-text.ts';
import { explain } from './explanation.ts';
import { CONTRACT_KPIS, type ContractKpi } from './kpi-catalog.ts';
import { note, type Warnings } from './read-actuals.ts';
import type { TermsSegment } from './terms-in-force.ts';

/** A segment as KPI terms see it: its days minus the force-majeure days, out of the month's. */
export interface MeasuredSegment {
  readonly segment: TermsSegment;
  readonly forceMajeureDays: readonly string[];
  readonly measuredDays: number;
  readonly monthMeasuredDays: number;
}

/**
 * Force-majeure days are left out of measurement, so each segment's KPI terms weigh by the
 * days actually measured. The KPI values themselves come measured: a force-majeure day the
 * actuals did not leave out is warned about, not silently trusted.
 */
export function measuredSegments(
  segments: readonly TermsSegment[],
  actuals: Actuals,
  warnings: Warnings,
): MeasuredSegment[] {
  const withDays = segments.map((segment) => {
    const fm = (segment.phase.exclusions?.forceMajeureDays ?? []).filter(
      (d) => d >= segment.from && d <= segment.to,
    );
    for (const day of fm) {
      if (!actuals.excludedDays?.includes(day)) {
        note(warnings, explain('warning.force_majeure_not_excluded', { day }));
      }
    }
    return { segment, forceMajeureDays: fm, measuredDays: segment.days - fm.length };
  });
  const monthMeasuredDays = withDays.reduce((sum, s) => sum + s.measuredDays, 0);
  return withDays.map((s) => ({ ...s, monthMeasuredDays }));
}

/**
 * Why a KPI term does not apply in a segment, or null when it does: no measured value, only
 * force-majeure days, or, for a service-level term, actual volume outside the forecast band
 * (band limits inclusive).
 */
export function exclusionReason(
  kpi: ContractKpi,
  ms: MeasuredSegment,
  actuals: Actuals,
  warnings: Warnings,
): Said | null {
  const { from, to } = ms.segment;
  if (ms.measuredDays === 0) return said('exclusion.force_majeure', { from, to });
  if (actuals.kpis?.[kpi] === undefined) return said('exclusion.not_measured', { kpi });
  const band = ms.segment.phase.exclusions?.volumeBandPercent;
  if (band === undefined || !CONTRACT_KPIS[kpi].volumeSensitive) return null;
  const forecast = actuals.forecastVolume;
  if (forecast === undefined || forecast === 0) {
    note(warnings, explain('warning.no_forecast_band', { band }));
    return null;
  }
  const volume = Object.values(actuals.volumes ?? {}).reduce((sum, n) => sum + n, 0);
  const allowed = mul(exact(forecast), percent(band));
  if (compare(abs(sub(exact(volume), exact(forecast))), allowed) <= 0) return null;
  const low = forecast - Number(allowed.num) / Number(allowed.den);
  const high = forecast + Number(allowed.num) / Number(allowed.den);
  return said('exclusion.volume_band', { volume, forecast, band, low, high });
}
