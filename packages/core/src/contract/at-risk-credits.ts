import type { Actuals } from './actuals.ts';
import { mul, percent, ratio, roundHalfUp } from './exact.ts';
import { type ContractKpi, meetsTarget } from './kpi-catalog.ts';
import { exclusionReason, type MeasuredSegment } from './kpi-exclusions.ts';
import { type AtRiskCredit, type AtRiskResult, formatCents } from './statement.ts';

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
  warnings: string[],
): AtRiskMonth | null {
  const credits: AtRiskCredit[] = [];
  const bases: string[] = [];
  let amountCents = 0;
  segments.forEach((ms, i) => {
    const { segment } = ms;
    const atRisk = segment.phase.atRisk;
    if (!atRisk) return;
    const fees = feesBySegment[i] ?? 0;
    const atRiskCents = roundHalfUp(mul(ratio(fees, 1), percent(atRisk.percentOfInvoice)));
    amountCents += atRiskCents;
    bases.push(
      `${atRisk.percentOfInvoice} % of fees ${formatCents(fees)} (${segment.from} to ${segment.to}) = ${formatCents(atRiskCents)}`,
    );
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
        formula: missed
          ? `missed (${measured} vs target ${term.target}): pool ${atRisk.poolAllocationPercent} % x ${kpi} ${allocation} % x at-risk ${formatCents(atRiskCents)} = ${formatCents(creditCents)}`
          : excluded === null
            ? `met (${measured} vs target ${term.target}): no credit`
            : 'not applied: no credit',
        ...(excluded === null ? {} : { excluded }),
        ...(earnBackTarget === undefined || !atRisk.earnBack
          ? {}
          : { earnBack: { target: earnBackTarget, months: atRisk.earnBack.months } }),
      });
    }
  });
  if (bases.length === 0) return null;
  const uncappedCents = credits.reduce((sum, c) => sum + c.creditCents, 0);
  const capped = uncappedCents > amountCents;
  const applied = capped
    ? shareOut(
        amountCents,
        credits.map((c) => c.creditCents),
      )
    : null;
  return {
    amountCents,
    basis: bases.join('; '),
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
