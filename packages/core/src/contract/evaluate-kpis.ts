import type { Actuals } from './actuals.ts';
import { applyKpiRule } from './apply-kpi-rule.ts';
import { mul, ratio, roundHalfUp } from './exact.ts';
import { explanationText, said } from './explain-text.ts';
import type { Explanation } from './explanation.ts';
import { CONTRACT_KPIS } from './kpi-catalog.ts';
import { exclusionReason, type MeasuredSegment } from './kpi-exclusions.ts';
import type { Warnings } from './read-actuals.ts';
import type { KpiTermResult, TermsRef } from './statement.ts';

const MEASURED_DAYS = said('pro_rata.measured_days');

/**
 * The bonus or malus of every KPI term in force. The month is measured once; when two
 * segments share the month, each applies its own terms to that measure and keeps the share of
 * the result matching its measured days (force-majeure days left out).
 */
export function evaluateKpis(
  segments: readonly MeasuredSegment[],
  actuals: Actuals,
  warnings: Warnings,
): KpiTermResult[] {
  const results: KpiTermResult[] = [];
  for (const ms of segments) {
    const { segment } = ms;
    const whole = ms.measuredDays === ms.monthMeasuredDays;
    const ref: TermsRef = {
      phase: segment.phase.kind,
      phaseIndex: segment.phaseIndex,
      versionEffectiveFrom: segment.version.effectiveFrom,
      ...(whole || ms.measuredDays === 0
        ? {}
        : {
            proRata: {
              from: segment.from,
              to: segment.to,
              days: ms.measuredDays,
              ofDays: ms.monthMeasuredDays,
              basis: MEASURED_DAYS.text,
              basisExplained: MEASURED_DAYS.explained,
            },
          }),
    };
    for (const term of segment.phase.kpiTerms) {
      const measured = actuals.kpis?.[term.kpi] ?? null;
      const base = {
        ...ref,
        kpi: term.kpi,
        measured,
        target: term.target,
        better: CONTRACT_KPIS[term.kpi].better,
        ...(term.variant === undefined ? {} : { variant: term.variant }),
        input: `actuals.kpis.${term.kpi} = ${measured ?? 'missing'}`,
      };
      const excluded = exclusionReason(term.kpi, ms, actuals, warnings);
      if (term.rule === null || excluded !== null || measured === null) {
        const rule =
          term.rule === null
            ? said('kpi.no_rule', { kpi: term.kpi })
            : said('kpi.not_applied', { kpi: term.kpi, rule: term.rule.kind });
        results.push({
          ...base,
          rule: rule.text,
          ruleExplained: rule.explained,
          hasRule: term.rule !== null,
          bonusMalusCents: 0,
          ...(excluded === null ? {} : { excluded: excluded.text, excludedExplained: excluded.explained }),
        });
        continue;
      }
      const outcome = applyKpiRule(term.kpi, term.target, term.rule, measured);
      const share = whole ? ratio(1, 1) : ratio(ms.measuredDays, ms.monthMeasuredDays);
      const byDays = { measuredDays: ms.measuredDays, ofDays: ms.monthMeasuredDays };
      const ruleExplained: Explanation = whole
        ? outcome.explained
        : { key: outcome.explained.key, params: { ...outcome.explained.params, ...byDays } };
      results.push({
        ...base,
        rule: explanationText(ruleExplained, 'en'),
        ruleExplained,
        hasRule: true,
        bonusMalusCents: roundHalfUp(mul(outcome.amount, share)),
      });
    }
  }
  return results;
}
