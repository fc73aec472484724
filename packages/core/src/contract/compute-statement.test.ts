import { describe, expect, it } from 'vitest';
import { computeStatement } from './compute-statement.ts';
import { actuals, contractInput, phase, validContract } from './test-helpers.ts';

describe('computeStatement: price lines', () => {
  it('bills every kind of line as quantity x unit price, rounded half-up per line', () => {
    const contract = validContract(
      contractInput([
        phase({
          priceLines: [
            { kind: 'fixed_fee', label: 'Platform', amountCents: 500_000 },
            { kind: 'per_logged_in_hour', unitPriceCents: 2_551 },
            { kind: 'per_productive_hour', unitPriceCents: 3_000 },
            { kind: 'per_fte', unitPriceCents: 450_000 },
            { kind: 'per_contact', channel: 'email', unitPriceCents: 180 },
            { kind: 'per_minute', unitPriceCents: 45 },
            { kind: 'per_outcome', outcome: 'appointment', unitPriceCents: 1_500 },
          ],
        }),
      ]),
    );
    const s = computeStatement(
      contract,
      '2026-02',
      actuals('2026-02', {
        loggedInHours: 10.5,
        productiveHours: 0.29,
        fte: 2.5,
        volumes: { email: 1_000, phone: 5_000 },
        minutes: 12_345,
        outcomes: { appointment: 40 },
      }),
    );
    expect(s.lines.map((l) => [l.label, l.quantity, l.unitPriceCents, l.amountCents, l.input])).toEqual([
      ['Platform', 1, 500_000, 500_000, 'contract: monthly fee'],
      // 10.5 x 25.51 = 267.855 -> 267.86 (half-up)
      ['Logged-in hours', 10.5, 2_551, 26_786, 'actuals.loggedInHours = 10.5'],
      // 0.29 x 30.00 = 8.70 exactly (not 8.6999... in floating point)
      ['Productive hours', 0.29, 3_000, 870, 'actuals.productiveHours = 0.29'],
      ['FTE', 2.5, 450_000, 1_125_000, 'actuals.fte = 2.5'],
      ['Handled contacts', 1_000, 180, 180_000, 'actuals.volumes.email = 1000'],
      ['Minutes', 12_345, 45, 555_525, 'actuals.minutes = 12345'],
      ['Outcomes', 40, 1_500, 60_000, 'actuals.outcomes.appointment = 40'],
    ]);
    expect(s.totals).toEqual({
      feesCents: 2_448_181,
      bonusCents: 0,
      malusCents: 0,
      creditsCents: 0,
      earnBackCents: 0,
      totalCents: 2_448_181,
    });
    expect(s.rounding).toBe('half-up to the cent per line');
    expect(s.currency).toBe('EUR');
    expect(s.warnings).toEqual([]);
  });

  it('prices anchored volume: baseline at the base price, the gap at the marginal price', () => {
    const line = {
      kind: 'anchored' as const,
      baselineVolume: 10_000,
      baseUnitPriceCents: 200,
      aboveUnitPriceCents: 150,
      belowUnitPriceCents: 100,
    };
    const contract = validContract(contractInput([phase({ priceLines: [line] })]));
    const above = computeStatement(contract, '2026-01', actuals('2026-01', { volumes: { phone: 12_000 } }));
    expect(above.lines.map((l) => [l.part, l.quantity, l.amountCents])).toEqual([
      ['baseline', 10_000, 2_000_000],
      ['above_baseline', 2_000, 300_000],
    ]);
    const below = computeStatement(contract, '2026-01', actuals('2026-01', { volumes: { phone: 9_000 } }));
    expect(below.lines.map((l) => [l.part, l.quantity, l.amountCents])).toEqual([
      ['baseline', 10_000, 2_000_000],
      ['below_baseline', -1_000, -100_000],
    ]);
    expect(below.totals.feesCents).toBe(1_900_000);
  });

  it('tops a per-contact line up to the minimum share of the forecast', () => {
    const contract = validContract(
      contractInput([
        phase({ priceLines: [{ kind: 'per_contact', unitPriceCents: 200, minimumPercentOfForecast: 90 }] }),
      ]),
    );
    // 90 % of 10,000 = 9,000 minimum; 8,000 handled: 1,000 more at 2.00
    const s = computeStatement(
      contract,
      '2026-01',
      actuals('2026-01', { volumes: { phone: 8_000 }, forecastVolume: 10_000 }),
    );
    expect(s.lines.map((l) => [l.part, l.quantity, l.amountCents])).toEqual([
      [undefined, 8_000, 1_600_000],
      ['minimum_top_up', 1_000, 200_000],
    ]);
    expect(s.lines[1]?.input).toBe(
      'actuals.forecastVolume = 10000 x 90 % = minimum 9000; actuals.volumes (all channels: phone 8000) = 8000',
    );
    const enough = computeStatement(
      contract,
      '2026-01',
      actuals('2026-01', { volumes: { phone: 9_500 }, forecastVolume: 10_000 }),
    );
    expect(enough.lines).toHaveLength(1);
  });

  it('warns about a missing input instead of inventing one', () => {
    const contract = validContract(
      contractInput([phase({ priceLines: [{ kind: 'per_fte', unitPriceCents: 1 }] })]),
    );
    const s = computeStatement(contract, '2026-01', actuals('2026-01'));
    expect(s.lines[0]).toMatchObject({ quantity: 0, amountCents: 0, input: 'actuals.fte (missing) = 0' });
    expect(s.warnings).toEqual(['actuals.fte is missing: taken as 0']);
  });
});

describe('computeStatement: terms changing within a month', () => {
  it('shares a month between a pilot ending on the 15th and the run, by days, and says so', () => {
    const lines = (feeCents: number, perContactCents: number) => [
      { kind: 'fixed_fee' as const, amountCents: feeCents },
      { kind: 'per_contact' as const, unitPriceCents: perContactCents },
    ];
    const contract = validContract(
      contractInput([
        phase({ kind: 'pilot', end: '2026-04-15', priceLines: lines(300_000, 150) }),
        phase({ start: '2026-04-16', priceLines: lines(600_000, 120) }),
      ]),
    );
    const s = computeStatement(contract, '2026-04', actuals('2026-04', { volumes: { phone: 3_000 } }));
    // April has 30 days: 15 of pilot, 15 of run; fees and the 3,000 contacts are shared 15/30 each.
    expect(s.lines.map((l) => [l.phase, l.quantity, l.unitPriceCents, l.amountCents])).toEqual([
      ['pilot', 0.5, 300_000, 150_000],
      ['pilot', 1_500, 150, 225_000],
      ['run', 0.5, 600_000, 300_000],
      ['run', 1_500, 120, 180_000],
    ]);
    expect(s.lines[0]?.proRata).toMatchObject({ from: '2026-04-01', to: '2026-04-15', days: 15, ofDays: 30 });
    expect(s.lines[0]?.proRata?.basis).toContain('calendar days');
    expect(s.segments.map((x) => [x.phase, x.days])).toEqual([
      ['pilot', 15],
      ['run', 15],
    ]);
    expect(s.totals.feesCents).toBe(855_000);
  });

  const signed = {
    effectiveFrom: '2026-01-01',
    reason: 'signed',
    phases: [phase({ priceLines: [{ kind: 'per_logged_in_hour', unitPriceCents: 2_500 }] })],
  };

  it('applies an amendment changing a rate from the day it takes effect', () => {
    const amendment = {
      effectiveFrom: '2026-03-11',
      reason: 'rate +4 %',
      phases: [phase({ priceLines: [{ kind: 'per_logged_in_hour', unitPriceCents: 2_600 }] })],
    };
    const contract = validContract(contractInput([], { versions: [signed, amendment] }));
    // March has 31 days: 10 at 25.00, 21 at 26.00; 3,100 hours shared 1,000 / 2,100.
    const s = computeStatement(contract, '2026-03', actuals('2026-03', { loggedInHours: 3_100 }));
    expect(
      s.lines.map((l) => [
        l.versionEffectiveFrom,
        l.quantity,
        l.unitPriceCents,
        l.amountCents,
        l.proRata?.days,
      ]),
    ).toEqual([
      ['2026-01-01', 1_000, 2_500, 2_500_000, 10],
      ['2026-03-11', 2_100, 2_600, 5_460_000, 21],
    ]);
    expect(s.segments.map((x) => x.versionReason)).toEqual(['signed', 'rate +4 %']);
    // February is untouched by the March amendment.
    const feb = computeStatement(contract, '2026-02', actuals('2026-02', { loggedInHours: 1_000 }));
    expect(feb.totals.feesCents).toBe(2_500_000);
  });

  it('recomputes a month unchanged after an amendment with a later effective date is added', () => {
    const march = actuals('2026-03', { loggedInHours: 3_100 });
    const before = computeStatement(
      validContract(contractInput([], { versions: [signed] })),
      '2026-03',
      march,
    );
    const later = {
      effectiveFrom: '2026-04-01',
      reason: 'new rate',
      phases: [phase({ priceLines: [{ kind: 'per_logged_in_hour', unitPriceCents: 9_999 }] })],
    };
    const after = computeStatement(
      validContract(contractInput([], { versions: [signed, later] })),
      '2026-03',
      march,
    );
    expect(after).toEqual(before);
    expect(after.totals.feesCents).toBe(7_750_000);
  });
});
