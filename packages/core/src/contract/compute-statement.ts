import type { Actuals } from './actuals.ts';
import { computeAtRisk } from './at-risk-credits.ts';
import { billPriceLines } from './bill-price-lines.ts';
import type { Contract } from './contract.ts';
import { computeEarnBack } from './earn-back.ts';
import { evaluateKpis } from './evaluate-kpis.ts';
import { said } from './explain-text.ts';
import { explain } from './explanation.ts';
import { measuredSegments } from './kpi-exclusions.ts';
import { newWarnings, note, type Warnings } from './read-actuals.ts';
import { ROUNDING, type Statement, type StatementLine } from './statement.ts';
import { termsInForce } from './terms-in-force.ts';

export interface StatementOptions {
  /** Earlier months' actuals, needed only for earn-back (the n months before this one). */
  readonly history?: readonly Actuals[];
}

/** The basis of a month without a pool of its own, when only earn-back is left to state. */
const NO_POOL = said('at_risk.no_pool');

/**
 * The computed invoice of a month (YYYY-MM) of a validated contract: price lines from the
 * terms in force day by day, KPI bonuses and maluses, at-risk credits capped at the at-risk
 * amount, credits earned back, and totals. Each figure names the input it read, the version
 * and phase that priced it, and any pro rata. Pure: same contract and actuals, same statement.
 */
export function computeStatement(
  contract: Contract,
  month: string,
  actuals: Actuals,
  options: StatementOptions = {},
): Statement {
  const warnings = newWarnings();
  if (actuals.month !== month) {
    note(warnings, explain('warning.month_mismatch', { actualsMonth: actuals.month, month }));
  }
  const base = computeMonth(contract, month, actuals, warnings);
  const earnBack = computeEarnBack(
    month,
    actuals,
    options.history ?? [],
    (past) => computeMonth(contract, past.month, past, newWarnings()).atRisk?.credits ?? [],
  );
  const earnBackCents = earnBack.reduce((sum, e) => sum + e.returnedCents, 0);
  const atRisk =
    base.atRisk || earnBack.length > 0
      ? {
          ...(base.atRisk ?? {
            amountCents: 0,
            basis: NO_POOL.text,
            basisExplained: NO_POOL.explained,
            credits: [],
            uncappedCents: 0,
            creditsCents: 0,
            capped: false,
          }),
          earnBack,
        }
      : undefined;
  const { feesCents, bonusCents, malusCents } = base;
  const creditsCents = base.atRisk?.creditsCents ?? 0;
  return {
    currency: contract.currency,
    month,
    segments: base.terms.segments.map((s) => ({
      from: s.from,
      to: s.to,
      days: s.days,
      phase: s.phase.kind,
      phaseIndex: s.phaseIndex,
      versionEffectiveFrom: s.version.effectiveFrom,
      versionReason: s.version.reason,
    })),
    uncoveredDays: base.terms.uncoveredDays,
    lines: base.lines,
    kpis: base.kpis,
    ...(atRisk ? { atRisk } : {}),
    totals: {
      feesCents,
      bonusCents,
      malusCents,
      creditsCents,
      earnBackCents,
      totalCents: feesCents + bonusCents - malusCents - creditsCents + earnBackCents,
    },
    rounding: ROUNDING,
    warnings: warnings.texts,
    warningsExplained: warnings.explained,
  };
}

/** Everything but earn-back, which needs other months. */
function computeMonth(contract: Contract, month: string, actuals: Actuals, warnings: Warnings) {
  const terms = termsInForce(contract, month);
  const lines: StatementLine[] = [];
  const feesBySegment = terms.segments.map((segment) => {
    const segmentLines = billPriceLines(segment, actuals, warnings);
    lines.push(...segmentLines);
    return segmentLines.reduce((sum, l) => sum + l.amountCents, 0);
  });
  const measured = measuredSegments(terms.segments, actuals, warnings);
  const kpis = evaluateKpis(measured, actuals, warnings);
  const atRisk = computeAtRisk(measured, feesBySegment, actuals, warnings);
  return {
    terms,
    lines,
    kpis,
    atRisk,
    feesCents: feesBySegment.reduce((a, b) => a + b, 0),
    bonusCents: kpis.reduce((sum, k) => sum + Math.max(0, k.bonusMalusCents), 0),
    malusCents: kpis.reduce((sum, k) => sum + Math.max(0, -k.bonusMalusCents), 0),
  };
}
