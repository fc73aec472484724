import { abs, compare, div, exact, type Fraction, min, mul, ratio, roundHalfUp, sub, ZERO } from './exact.ts';
import { CONTRACT_KPIS, type ContractKpi, pointSize } from './kpi-catalog.ts';
import type { KpiRule, TierStep } from './kpi-term.ts';
import { formatCents } from './statement.ts';

/** A rule's result before pro rata: exact, capped, with its working in words. */
export interface RuleOutcome {
  /** Positive: bonus; negative: malus. */
  readonly amount: Fraction;
  readonly working: string;
}

const show = (f: Fraction) => formatCents(roundHalfUp(f));

/**
 * Applies a bonus/malus rule to a measured value. Linear rules count points on the good side
 * of the target (above it for service level, below it for AHT), in fractions of a point, and
 * cap the result either way; tiered and points rules read the step the value falls in.
 */
export function applyKpiRule(kpi: ContractKpi, target: number, rule: KpiRule, measured: number): RuleOutcome {
  switch (rule.kind) {
    case 'linear':
      return applyLinear(kpi, target, rule, measured);
    case 'tiered': {
      const found = findStep(rule.steps, measured);
      if (!found) return { amount: ZERO, working: `tiered: no step covers ${measured}, so 0` };
      const { step, index } = found;
      return {
        amount: ratio(step.amountCents, 1),
        working: `tiered: ${measured} is in steps[${index}] ${bandText(step)}, so ${formatCents(step.amountCents)}`,
      };
    }
    case 'points': {
      const found = findStep(rule.steps, measured);
      const points = found?.step.points ?? 0;
      const raw = ratio(points * rule.centsPerPoint, 1);
      const amount = capped(raw, rule.capCents);
      const where = found ? `steps[${found.index}] ${bandText(found.step)}` : 'no step';
      return {
        amount,
        working: `points: ${measured} is in ${where}, ${points} points x ${formatCents(rule.centsPerPoint)} = ${show(raw)}${capText(raw, amount, rule.capCents)}`,
      };
    }
  }
}

function applyLinear(
  kpi: ContractKpi,
  target: number,
  rule: Extract<KpiRule, { kind: 'linear' }>,
  measured: number,
): RuleOutcome {
  const { size, unit } = pointSize(kpi);
  const better = CONTRACT_KPIS[kpi].better;
  const gap = better === 'higher' ? sub(exact(measured), exact(target)) : sub(exact(target), exact(measured));
  const points = div(gap, size);
  const side = compare(points, ZERO);
  if (side === 0) return { amount: ZERO, working: `linear: ${measured} is on the target ${target}, so 0` };
  const rate =
    side > 0
      ? (rule.bonusCentsPerPoint ?? rule.centsPerPoint ?? 0)
      : (rule.malusCentsPerPoint ?? rule.centsPerPoint ?? 0);
  const raw = mul(points, ratio(rate, 1));
  const amount = capped(raw, rule.capCents);
  const pointsText = Number((Number(points.num) / Number(points.den)).toFixed(6));
  const direction = side > 0 ? 'better than' : 'worse than';
  return {
    amount,
    working: `linear: ${Math.abs(pointsText)} ${unit}(s) ${direction} the target ${target} x ${formatCents(rate)} per point = ${show(raw)}${capText(raw, amount, rule.capCents)}`,
  };
}

function capped(raw: Fraction, capCents: number): Fraction {
  const magnitude = min(abs(raw), ratio(capCents, 1));
  return raw.num < 0n ? mul(magnitude, ratio(-1, 1)) : magnitude;
}

function capText(raw: Fraction, amount: Fraction, capCents: number): string {
  return compare(raw, amount) === 0
    ? ` (cap ${formatCents(capCents)} not reached)`
    : `, capped at ${formatCents(capCents)}`;
}

/** Steps are [from, to): a value on a boundary belongs to the step that starts there. */
export function findStep<S extends TierStep>(
  steps: readonly S[],
  value: number,
): { step: S; index: number } | null {
  const index = steps.findIndex((s) => value >= s.from && (s.to === null || value < s.to));
  const step = steps[index];
  return step ? { step, index } : null;
}

function bandText(step: TierStep): string {
  return `[${step.from}, ${step.to ?? '∞'})`;
}
