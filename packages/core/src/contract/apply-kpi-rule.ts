import { abs, compare, div, exact, type Fraction, min, mul, ratio, roundHalfUp, sub, ZERO } from './exact.ts';
import { said } from './explain-text.ts';
import type { Explanation, ExplanationKey } from './explanation.ts';
import { CONTRACT_KPIS, type ContractKpi, pointSize } from './kpi-catalog.ts';
import type { KpiRule, TierStep } from './kpi-term.ts';

/** A rule's result before pro rata: exact, capped, with its working in words. */
export interface RuleOutcome {
  /** Positive: bonus; negative: malus. */
  readonly amount: Fraction;
  /** The working in English: explanationText of `explained`. */
  readonly working: string;
  /** The working as data (explanationText). */
  readonly explained: Explanation;
}

function outcome(amount: Fraction, key: ExplanationKey, params: Parameters<typeof said>[1]): RuleOutcome {
  const { explained, text } = said(key, params);
  return { amount, working: text, explained };
}

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
      if (!found) return outcome(ZERO, 'kpi.tiered.no_step', { kpi, measured });
      const { step, index } = found;
      return outcome(ratio(step.amountCents, 1), 'kpi.tiered', {
        kpi,
        measured,
        ...stepParams(step, index),
        amountCents: step.amountCents,
      });
    }
    case 'points': {
      const found = findStep(rule.steps, measured);
      const points = found?.step.points ?? 0;
      const raw = ratio(points * rule.centsPerPoint, 1);
      const amount = capped(raw, rule.capCents);
      return outcome(amount, found ? 'kpi.points' : 'kpi.points.no_step', {
        kpi,
        measured,
        ...(found ? stepParams(found.step, found.index) : {}),
        points,
        centsPerPoint: rule.centsPerPoint,
        amountCents: roundHalfUp(raw),
        ...capParams(raw, amount, rule.capCents),
      });
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
  if (side === 0) return outcome(ZERO, 'kpi.linear.on_target', { kpi, measured, target });
  const rate =
    side > 0
      ? (rule.bonusCentsPerPoint ?? rule.centsPerPoint ?? 0)
      : (rule.malusCentsPerPoint ?? rule.centsPerPoint ?? 0);
  const raw = mul(points, ratio(rate, 1));
  const amount = capped(raw, rule.capCents);
  const pointsText = Number((Number(points.num) / Number(points.den)).toFixed(6));
  return outcome(amount, 'kpi.linear', {
    kpi,
    measured,
    target,
    points: Math.abs(pointsText),
    unit,
    direction: side > 0 ? 'better' : 'worse',
    rateCents: rate,
    amountCents: roundHalfUp(raw),
    ...capParams(raw, amount, rule.capCents),
  });
}

function capped(raw: Fraction, capCents: number): Fraction {
  const magnitude = min(abs(raw), ratio(capCents, 1));
  return raw.num < 0n ? mul(magnitude, ratio(-1, 1)) : magnitude;
}

function capParams(raw: Fraction, amount: Fraction, capCents: number) {
  return { capCents, cap: compare(raw, amount) === 0 ? 'not_reached' : 'capped' };
}

function stepParams(step: TierStep, index: number) {
  return { step: index, from: step.from, to: step.to ?? undefined };
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
