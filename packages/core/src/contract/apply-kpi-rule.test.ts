import { describe, expect, it } from 'vitest';
import { applyKpiRule } from './apply-kpi-rule.ts';
import { roundHalfUp } from './exact.ts';

const cents = (o: { amount: Parameters<typeof roundHalfUp>[0] }) => roundHalfUp(o.amount);

describe('applyKpiRule: linear', () => {
  const rule = { kind: 'linear' as const, centsPerPoint: 10_000, capCents: 25_000 };
  it('pays per percentage point above the target, to the cap', () => {
    // 0.82 vs 0.80: 2 points x 100.00 = 200.00
    expect(cents(applyKpiRule('service_level', 0.8, rule, 0.82))).toBe(20_000);
    // 0.83: 3 points = 300.00, capped at 250.00
    const capped = applyKpiRule('service_level', 0.8, rule, 0.83);
    expect(cents(capped)).toBe(25_000);
    expect(capped.working).toContain('capped at 250.00');
  });
  it('charges fractions of a point below the target, capped the same way', () => {
    // 0.785: 1.5 points below x 100.00 = -150.00
    expect(cents(applyKpiRule('service_level', 0.8, rule, 0.785))).toBe(-15_000);
    expect(cents(applyKpiRule('service_level', 0.8, rule, 0.5))).toBe(-25_000);
  });
  it('reads lower-is-better KPIs the other way: AHT 10 s under target is a bonus', () => {
    const aht = {
      kind: 'linear' as const,
      bonusCentsPerPoint: 100,
      malusCentsPerPoint: 300,
      capCents: 1_000_000,
    };
    expect(cents(applyKpiRule('aht', 300, aht, 290))).toBe(1_000);
    expect(cents(applyKpiRule('aht', 300, aht, 305))).toBe(-1_500);
    // abandon rate 6 % vs 5 %: 1 point worse
    expect(
      cents(
        applyKpiRule('abandon_rate', 0.05, { kind: 'linear', centsPerPoint: 500, capCents: 9_999 }, 0.06),
      ),
    ).toBe(-500);
  });
  it('uses NPS points as points', () => {
    expect(
      cents(applyKpiRule('nps', 30, { kind: 'linear', centsPerPoint: 1_000, capCents: 99_999 }, 34)),
    ).toBe(4_000);
  });
});

describe('applyKpiRule: tiered and points', () => {
  const steps = [
    { from: 0, to: 0.7, amountCents: -50_000 },
    { from: 0.7, to: 0.8, amountCents: 0 },
    { from: 0.8, to: null, amountCents: 30_000 },
  ];
  it('gives the amount of the step the value falls in, a boundary opening the upper step', () => {
    expect(cents(applyKpiRule('service_level', 0.8, { kind: 'tiered', steps }, 0.8))).toBe(30_000);
    expect(cents(applyKpiRule('service_level', 0.8, { kind: 'tiered', steps }, 0.65))).toBe(-50_000);
    expect(cents(applyKpiRule('service_level', 0.8, { kind: 'tiered', steps }, 0.75))).toBe(0);
  });
  it('gives 0 when no step covers the value', () => {
    const r = applyKpiRule(
      'csat',
      0.8,
      { kind: 'tiered', steps: [{ from: 0.9, to: null, amountCents: 1 }] },
      0.5,
    );
    expect(cents(r)).toBe(0);
    expect(r.working).toBe('tiered: no step covers 0.5, so 0');
  });
  it('turns points into money, capped', () => {
    const rule = {
      kind: 'points' as const,
      steps: [
        { from: 0, to: 0.8, points: -2 },
        { from: 0.8, to: 0.9, points: 1 },
        { from: 0.9, to: null, points: 3 },
      ],
      centsPerPoint: 20_000,
      capCents: 50_000,
    };
    expect(cents(applyKpiRule('csat', 0.85, rule, 0.85))).toBe(20_000);
    expect(cents(applyKpiRule('csat', 0.85, rule, 0.95))).toBe(50_000); // 3 x 200.00 = 600.00, capped
    expect(cents(applyKpiRule('csat', 0.85, rule, 0.7))).toBe(-40_000);
  });
});
