import { describe, expect, it } from 'vitest';
import { computeStatement } from './compute-statement.ts';
import { actuals, contractInput, phase, validContract } from './test-helpers.ts';

const linear = {
  kind: 'linear' as const,
  bonusCentsPerPoint: 10_000,
  malusCentsPerPoint: 20_000,
  capCents: 50_000,
};

describe('computeStatement: KPI bonus and malus', () => {
  it('adds bonuses and subtracts maluses, each with its rule, target and input', () => {
    const contract = validContract(
      contractInput([
        phase({
          priceLines: [{ kind: 'fixed_fee', amountCents: 1_000_000 }],
          kpiTerms: [
            { kpi: 'service_level', target: 0.8, variant: '80/20', rule: linear },
            { kpi: 'aht', target: 300, rule: { kind: 'linear', centsPerPoint: 100, capCents: 5_000 } },
            { kpi: 'nps', target: 30 },
          ],
        }),
      ]),
    );
    const s = computeStatement(
      contract,
      '2026-01',
      actuals('2026-01', { kpis: { service_level: 0.83, aht: 312, nps: 25 } }),
    );
    expect(s.kpis.map((k) => [k.kpi, k.measured, k.target, k.better, k.bonusMalusCents, k.input])).toEqual([
      ['service_level', 0.83, 0.8, 'higher', 30_000, 'actuals.kpis.service_level = 0.83'],
      ['aht', 312, 300, 'lower', -1_200, 'actuals.kpis.aht = 312'],
      ['nps', 25, 30, 'higher', 0, 'actuals.kpis.nps = 25'],
    ]);
    expect(s.kpis[0]?.rule).toBe(
      'linear: 3 percentage point(s) better than the target 0.8 x 100.00 per point = 300.00 (cap 500.00 not reached)',
    );
    expect(s.kpis[0]?.variant).toBe('80/20');
    expect(s.kpis[1]?.rule).toBe(
      'linear: 12 second(s) worse than the target 300 x 1.00 per point = -12.00 (cap 50.00 not reached)',
    );
    expect(s.kpis[2]?.rule).toBe('no bonus/malus rule (target only)');
    expect(s.totals).toMatchObject({
      feesCents: 1_000_000,
      bonusCents: 30_000,
      malusCents: 1_200,
      totalCents: 1_028_800,
    });
  });

  it('does not apply a KPI that was not measured, and says so', () => {
    const contract = validContract(
      contractInput([phase({ kpiTerms: [{ kpi: 'fcr', target: 0.7, rule: linear }] })]),
    );
    const s = computeStatement(contract, '2026-01', actuals('2026-01'));
    expect(s.kpis[0]).toMatchObject({
      measured: null,
      bonusMalusCents: 0,
      excluded: 'actuals.kpis.fcr is missing: no measured value, the term is not applied',
    });
  });

  it('switches service-level terms off outside the forecast band, and only them', () => {
    const contract = validContract(
      contractInput([
        phase({
          kpiTerms: [
            { kpi: 'service_level', target: 0.8, rule: linear },
            { kpi: 'abandon_rate', target: 0.05, rule: linear },
            { kpi: 'csat', target: 0.85, rule: linear },
          ],
          exclusions: { volumeBandPercent: 10 },
        }),
      ]),
    );
    const kpis = { service_level: 0.7, abandon_rate: 0.08, csat: 0.84 };
    const s = computeStatement(
      contract,
      '2026-01',
      actuals('2026-01', { volumes: { phone: 8_500 }, forecastVolume: 10_000, kpis }),
    );
    expect(s.kpis.map((k) => [k.kpi, k.bonusMalusCents, k.excluded !== undefined])).toEqual([
      ['service_level', 0, true],
      ['abandon_rate', 0, true],
      ['csat', -20_000, false],
    ]);
    expect(s.kpis[0]?.excluded).toContain('outside the forecast 10000 ± 10 % (9000 to 11000)');
  });
});

describe('computeStatement: force-majeure days and phase changes', () => {
  it('warns when a force-majeure day was not left out of the measured KPIs', () => {
    const contract = validContract(
      contractInput([
        phase({
          kpiTerms: [{ kpi: 'csat', target: 0.85, rule: linear }],
          exclusions: { forceMajeureDays: ['2026-01-10', '2026-02-03'] },
        }),
      ]),
    );
    const s = computeStatement(contract, '2026-01', actuals('2026-01', { kpis: { csat: 0.86 } }));
    expect(s.warnings).toEqual([
      'force-majeure day 2026-01-10 is not in actuals.excludedDays: the measured KPIs may include it',
    ]);
    const clean = computeStatement(
      contract,
      '2026-01',
      actuals('2026-01', { kpis: { csat: 0.86 }, excludedDays: ['2026-01-10'] }),
    );
    expect(clean.warnings).toEqual([]);
    expect(clean.kpis[0]?.bonusMalusCents).toBe(10_000);
  });

  it('shares a month between pilot and run KPI terms by measured days, force-majeure days left out', () => {
    const contract = validContract(
      contractInput([
        phase({
          kind: 'pilot',
          end: '2026-03-15',
          kpiTerms: [{ kpi: 'service_level', target: 0.7, rule: linear }],
        }),
        phase({
          start: '2026-03-16',
          kpiTerms: [{ kpi: 'service_level', target: 0.8, rule: linear }],
          exclusions: { forceMajeureDays: ['2026-03-20', '2026-03-21'] },
        }),
      ]),
    );
    const s = computeStatement(
      contract,
      '2026-03',
      actuals('2026-03', { kpis: { service_level: 0.78 }, excludedDays: ['2026-03-20', '2026-03-21'] }),
    );
    // 29 measured days: pilot 15, run 16 - 2 = 14.
    // pilot: 8 points x 100.00 = 800.00, capped 500.00, x 15/29 = 258.62
    // run: -2 points x 200.00 = -400.00, x 14/29 = -193.10
    expect(s.kpis.map((k) => [k.phase, k.bonusMalusCents, k.proRata?.days, k.proRata?.ofDays])).toEqual([
      ['pilot', 25_862, 15, 29],
      ['run', -19_310, 14, 29],
    ]);
    expect(s.kpis[1]?.rule).toContain('x 14/29 measured days');
    expect(s.totals).toMatchObject({ bonusCents: 25_862, malusCents: 19_310, totalCents: 6_552 });
  });

  it('excludes a term whose every day is a force-majeure day', () => {
    const days = ['2026-02-01', '2026-02-02'];
    const contract = validContract(
      contractInput([
        phase({
          kind: 'pilot',
          end: '2026-02-02',
          kpiTerms: [{ kpi: 'csat', target: 0.8, rule: linear }],
          exclusions: { forceMajeureDays: days },
        }),
        phase({ start: '2026-02-03', kpiTerms: [{ kpi: 'csat', target: 0.8, rule: linear }] }),
      ]),
    );
    const s = computeStatement(
      contract,
      '2026-02',
      actuals('2026-02', { kpis: { csat: 0.81 }, excludedDays: days }),
    );
    expect(s.kpis[0]?.excluded).toBe(
      'every day from 2026-02-01 to 2026-02-02 is a force-majeure day: nothing to measure',
    );
    expect(s.kpis.map((k) => k.bonusMalusCents)).toEqual([0, 10_000]);
  });
});
