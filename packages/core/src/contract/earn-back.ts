import type { Actuals } from './actuals.ts';
import { said } from './explain-text.ts';
import { meetsTarget } from './kpi-catalog.ts';
import { addMonths } from './month-days.ts';
import type { AtRiskCredit, EarnBackResult } from './statement.ts';

/** The at-risk credits a past month's statement applied (no earn-back involved, so no loop). */
export type CreditsOf = (actuals: Actuals) => readonly AtRiskCredit[];

/**
 * Earn-back (DOMAIN.md: "a credit is returned when the KPI beats a higher target in the
 * following months"), read strictly: the credit of month M comes back on the statement of
 * month M + n when the KPI meets the earn-back target in each of the n months after M. What
 * comes back is the credit as applied (its share after the cap). Each credit is decided once,
 * on month M + n, so a month's result depends only on the actuals up to it.
 */
export function computeEarnBack(
  month: string,
  actuals: Actuals,
  history: readonly Actuals[],
  creditsOf: CreditsOf,
): EarnBackResult[] {
  const byMonth = new Map<string, Actuals>(history.map((h) => [h.month, h]));
  byMonth.set(month, actuals);
  const results: EarnBackResult[] = [];
  for (const past of history) {
    if (past.month >= month) continue;
    for (const credit of creditsOf(past)) {
      const rule = credit.earnBack;
      if (!rule || credit.appliedCents === 0 || addMonths(past.month, rule.months) !== month) continue;
      const measured = Array.from({ length: rule.months }, (_, k) => {
        const m = addMonths(past.month, k + 1);
        return { month: m, value: byMonth.get(m)?.kpis?.[credit.kpi] ?? null };
      });
      const failed = measured.find((x) => x.value === null || !meetsTarget(credit.kpi, x.value, rule.target));
      const reason = !failed
        ? said('earn_back.returned', {
            kpi: credit.kpi,
            target: rule.target,
            months: rule.months,
            missedIn: past.month,
          })
        : failed.value === null
          ? said('earn_back.not_measured', { kpi: credit.kpi, month: failed.month })
          : said('earn_back.missed', {
              kpi: credit.kpi,
              value: failed.value,
              month: failed.month,
              target: rule.target,
            });
      results.push({
        kpi: credit.kpi,
        missedIn: past.month,
        creditCents: credit.appliedCents,
        target: rule.target,
        months: rule.months,
        measured,
        returnedCents: failed ? 0 : credit.appliedCents,
        reason: reason.text,
        reasonExplained: reason.explained,
      });
    }
  }
  return results;
}
