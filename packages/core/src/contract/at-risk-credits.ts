import type { Actuals } from './actuals.ts';
import { mul, percent, ratio, roundHalfUp } from './exact.ts';
import { said } from './explain-text.ts';
import { type ContractKpi, meetsTarget } from './kpi-catalog.ts';
import { exclusionReason, type MeasuredSegment } from './kpi-exclusions.ts';
import type { Warnings } from './read-actuals.ts';
import type { AtRiskCredit, AtRiskResult } from './statement.ts';

/** A month's pool before earn-back, which needs the months around it. */
export type AtRiskMonth = Omit<AtRiskResult, 'earnBack'>;

/**
 * The at-risk pool (DOMAIN.md): at-risk = percentOfInvoice % of the segment's fees (the
 * price lines, before any bonus or malus, which would otherwise feed back into themselves);
 * a missed KPI costs pool allocation x KPI allocation x at-risk, e.g. 50 % x 40 % x
 * 1,000,000 = 200,000 cents; the month's credits are capped at its at-risk amount. A
 * segment's at-risk amount already follows its share of the month through its fees, so no
 * further pro rata applies. Null when no segment has an at-risk pool.
 */
export function computeAtRisk(
  segments: readonly MeasuredSegment[],
  feesBySegment: readonly number[],
  actuals: Actuals,
  warnings: Warnings,
): AtRiskMonth | null {
  const credits: AtRiskCredit[] = [];
  let pools = 0;
  // One segment's basis per suffix (percent1, feesCents1...): a month may have two pools.
  const basisParams: Record<string, string | number> = {};
  let amountCents = 0;
  segments.forEach((ms, i) => {
    const { segment } = ms;
    const atRisk = segment.phase.atRisk;
    if (!atRisk) return;
    const fees = feesBySegment[i] ?? 0;
    const atRiskCents = roundHalfUp(mul(ratio(fees, 1), percent(atRisk.percentOfInvoice)));
    amountCents += atRiskCents;
    const n = ++pools;
    Object.assign(basisParams, {
      segments: n,
      [`percent${n}`]: atRisk.percentOfInvoice,
      [`feesCents${n}`]: fees,
      [`from${n}`]: segment.from,
      [`to${n}`]: segment.to,
      [`amountCents${n}`]: atRiskCents,
    });
    for (const [kpi, allocation] of Object.entries(atRisk.kpiAllocationPercent) as [ContractKpi, number][]) {
      const term = segment.phase.kpiTerms.find((t) => t.kpi === kpi);
      if (!term) continue; // refused by validation; nothing to miss
      const measured = actuals.kpis?.[kpi] ?? null;
      const excluded = exclusionReason(kpi, ms, actuals, warnings);
      const missed = excluded === null && measured !== null && !meetsTarget(kpi, measured, term.target);
      const creditCents = missed
        ? roundHalfUp(mul(ratio(atRiskCents, 1), percent(atRisk.poolAllocationPercent), percent(allocation)))
        : 0;
      const earnBackTarget = atRisk.earnBack?.targets[kpi];
      const formula = missed
        ? said('at_risk.missed', {
            kpi,
            measured: measured ?? undefined,
            target: term.target,
            poolPercent: atRisk.poolAllocationPercent,
            kpiPercent: allocation,
            atRiskCents,
            creditCents,
          })
        : excluded === null
          ? said('at_risk.met', { kpi, measured: measured ?? undefined, target: term.target })
          : said('at_risk.not_applied', { kpi });
      credits.push({
        phase: segment.phase.kind,
        phaseIndex: segment.phaseIndex,
        versionEffectiveFrom: segment.version.effectiveFrom,
        kpi,
        measured,
        target: term.target,
        missed,
        poolAllocationPercent: atRisk.poolAllocationPercent,
        kpiAllocationPercent: allocation,
        atRiskAmountCents: atRiskCents,
        creditCents,
        appliedCents: creditCents,
        formula: formula.text,
        formulaExplained: formula.explained,
        ...(excluded === null ? {} : { excluded: excluded.text, excludedExplained: excluded.explained }),
        ...(earnBackTarget === undefined || !atRisk.earnBack
          ? {}
          : { earnBack: { target: earnBackTarget, months: atRisk.earnBack.months } }),
      });
    }
  });
  if (pools === 0) return null;
  const uncappedCents = credits.reduce((sum, c) => sum + c.creditCents, 0);
  const capped = uncappedCents > amountCents;
  const applied = capped
    ? shareOut(
        amountCents,
        credits.map((c) => c.creditCents),
      )
    : null;
  const basis = said('at_risk.basis', basisParams);
  return {
    amountCents,
    basis: basis.text,
    basisExplained: basis.explained,
    credits: applied ? credits.map((c, i) => ({ ...c, appliedCents: applied[i] ?? 0 })) : credits,
    uncappedCents,
    creditsCents: capped ? amountCents : uncappedCents,
    capped,
  };
}

/**
 * Splits a capped total between credits in proportion to their size, to the cent, by largest
 * remainder, so the parts add up exactly to the cap (an earn-back then returns a KPI's part).
 */
export function shareOut(totalCents: number, weights: readonly number[]): number[] {
  const sum = BigInt(weights.reduce((a, b) => a + b, 0));
  if (sum === 0n) return weights.map(() => 0);
  const total = BigInt(totalCents);
  const parts = weights.map((w, i) => ({
    i,
    floor: (BigInt(w) * total) / sum,
    rest: (BigInt(w) * total) % sum,
  }));
  let left = total - parts.reduce((a, p) => a + p.floor, 0n);
  const byRemainder = [...parts].sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const part of byRemainder) {
    if (left <= 0n) break;
    part.floor += 1n;
    left--;
  }
  return parts.map((p) => Number(p.floor));
}
