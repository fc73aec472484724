import { describe, expect, it } from 'vitest';
import { shareOut } from './at-risk-credits.ts';
import { computeStatement } from './compute-statement.ts';
import type { AtRisk } from './contract.ts';
import { actuals, contractInput, phase, validContract } from './test-helpers.ts';

const FEE = { kind: 'fixed_fee' as const, amountCents: 10_000_000 }; // 100,000.00 a month
const terms = [
  { kpi: 'service_level' as const, target: 0.8 },
  { kpi: 'csat' as const, target: 0.85 },
];
const withPool = (atRisk: AtRisk) =>
  validContract(contractInput([phase({ priceLines: [FEE], kpiTerms: terms, atRisk })]));

describe('at-risk pool', () => {
  it('public case: 100,000.00 invoice, 10 % at risk, pool 50 %, service level 40 %: credit 2,000.00', () => {
    const contract = withPool({
      percentOfInvoice: 10,
      poolAllocationPercent: 50,
      kpiAllocationPercent: { service_level: 40 },
    });
    const s = computeStatement(
      contract,
      '2026-01',
      actuals('2026-01', { kpis: { service_level: 0.75, csat: 0.9 } }),
    );
    // at-risk = 10 % x 10,000,000 = 1,000,000; credit = 50 % x 40 % x 1,000,000 = 200,000
    expect(s.atRisk?.amountCents).toBe(1_000_000);
    expect(s.atRisk?.credits).toHaveLength(1);
    expect(s.atRisk?.credits[0]).toMatchObject({
      kpi: 'service_level',
      missed: true,
      creditCents: 200_000,
      appliedCents: 200_000,
    });
    expect(s.atRisk?.credits[0]?.formula).toBe(
      'missed (0.75 vs target 0.8): pool 50 % x service_level 40 % x at-risk 10,000.00 = 2,000.00',
    );
    expect(s.atRisk?.capped).toBe(false);
    expect(s.totals).toMatchObject({ feesCents: 10_000_000, creditsCents: 200_000, totalCents: 9_800_000 });
  });

  it('gives no credit for a met KPI (on the target counts as met)', () => {
    const contract = withPool({
      percentOfInvoice: 10,
      poolAllocationPercent: 50,
      kpiAllocationPercent: { service_level: 40 },
    });
    const s = computeStatement(contract, '2026-01', actuals('2026-01', { kpis: { service_level: 0.8 } }));
    expect(s.atRisk?.credits[0]).toMatchObject({ missed: false, creditCents: 0 });
    expect(s.totals.creditsCents).toBe(0);
  });

  it('caps the month at the at-risk amount and shares the cap between the misses', () => {
    // pool 250 %: service level 60 % -> 1,500,000, csat 40 % -> 1,000,000; 2,500,000 capped at 1,000,000
    const contract = withPool({
      percentOfInvoice: 10,
      poolAllocationPercent: 250,
      kpiAllocationPercent: { service_level: 60, csat: 40 },
    });
    const s = computeStatement(
      contract,
      '2026-01',
      actuals('2026-01', { kpis: { service_level: 0.7, csat: 0.8 } }),
    );
    expect(s.atRisk).toMatchObject({
      amountCents: 1_000_000,
      uncappedCents: 2_500_000,
      creditsCents: 1_000_000,
      capped: true,
    });
    expect(s.atRisk?.credits.map((c) => [c.kpi, c.creditCents, c.appliedCents])).toEqual([
      ['service_level', 1_500_000, 600_000],
      ['csat', 1_000_000, 400_000],
    ]);
    expect(s.totals.totalCents).toBe(9_000_000);
  });

  it('shares a cap to the cent by largest remainder', () => {
    expect(shareOut(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(shareOut(1_000_000, [1_500_000, 1_000_000])).toEqual([600_000, 400_000]);
  });

  it('does not credit a service level when volume left the forecast band, and says why', () => {
    const contract = validContract(
      contractInput([
        phase({
          priceLines: [FEE],
          kpiTerms: terms,
          atRisk: {
            percentOfInvoice: 10,
            poolAllocationPercent: 100,
            kpiAllocationPercent: { service_level: 50, csat: 50 },
          },
          exclusions: { volumeBandPercent: 10 },
        }),
      ]),
    );
    const kpis = { service_level: 0.6, csat: 0.8 };
    // 11,500 handled vs 10,000 forecast: outside 9,000-11,000
    const s = computeStatement(
      contract,
      '2026-01',
      actuals('2026-01', { volumes: { phone: 11_500 }, forecastVolume: 10_000, kpis }),
    );
    const sl = s.atRisk?.credits.find((c) => c.kpi === 'service_level');
    expect(sl).toMatchObject({ missed: false, creditCents: 0 });
    expect(sl?.excluded).toBe(
      'actual volume 11500 (actuals.volumes) is outside the forecast 10000 ± 10 % (9000 to 11000): service-level terms do not apply',
    );
    // csat is not a service-level term: still credited, 100 % x 50 % x 1,000,000
    expect(s.atRisk?.credits.find((c) => c.kpi === 'csat')?.creditCents).toBe(500_000);
    // 11,000 is on the band's edge: inside, so the service level applies
    const edge = computeStatement(
      contract,
      '2026-01',
      actuals('2026-01', { volumes: { phone: 11_000 }, forecastVolume: 10_000, kpis }),
    );
    expect(edge.atRisk?.credits.find((c) => c.kpi === 'service_level')?.creditCents).toBe(500_000);
  });
});

describe('earn-back', () => {
  const contract = withPool({
    percentOfInvoice: 10,
    poolAllocationPercent: 50,
    kpiAllocationPercent: { service_level: 40 },
    earnBack: { targets: { service_level: 0.85 }, months: 2 },
  });
  const month = (m: string, sl: number) => actuals(m, { kpis: { service_level: sl } });

  it("returns January's credit in March when February and March both beat the higher target", () => {
    const history = [month('2026-01', 0.75), month('2026-02', 0.86)];
    const s = computeStatement(contract, '2026-03', month('2026-03', 0.87), { history });
    expect(s.atRisk?.earnBack).toEqual([
      {
        kpi: 'service_level',
        missedIn: '2026-01',
        creditCents: 200_000,
        target: 0.85,
        months: 2,
        measured: [
          { month: '2026-02', value: 0.86 },
          { month: '2026-03', value: 0.87 },
        ],
        returnedCents: 200_000,
        reason:
          'service_level met the earn-back target 0.85 in each of the 2 month(s) after 2026-01: credit returned',
        reasonExplained: {
          key: 'earn_back.returned',
          params: { kpi: 'service_level', target: 0.85, months: 2, missedIn: '2026-01' },
        },
      },
    ]);
    expect(s.totals).toMatchObject({ creditsCents: 0, earnBackCents: 200_000, totalCents: 10_200_000 });
  });

  it('keeps the credit when one of the months only meets the ordinary target', () => {
    const history = [month('2026-01', 0.75), month('2026-02', 0.82)];
    const s = computeStatement(contract, '2026-03', month('2026-03', 0.9), { history });
    expect(s.atRisk?.earnBack[0]).toMatchObject({ returnedCents: 0 });
    expect(s.atRisk?.earnBack[0]?.reason).toBe(
      'service_level 0.82 in 2026-02 did not meet the earn-back target 0.85: not earned back',
    );
    expect(s.totals.earnBackCents).toBe(0);
  });

  it('decides nothing before the n-th month, and nothing without the months in between', () => {
    const feb = computeStatement(contract, '2026-02', month('2026-02', 0.9), {
      history: [month('2026-01', 0.75)],
    });
    expect(feb.atRisk?.earnBack).toEqual([]);
    const gap = computeStatement(contract, '2026-03', month('2026-03', 0.9), {
      history: [month('2026-01', 0.75)],
    });
    expect(gap.atRisk?.earnBack[0]?.reason).toBe('no measured service_level for 2026-02: not earned back');
  });
});
