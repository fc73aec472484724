import { describe, expect, it } from 'vitest';
import { contractInput, phase } from './test-helpers.ts';
import { validateActuals, validateContract } from './validate-contract.ts';

function errorsOf(input: unknown) {
  const result = validateContract(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

const P0 = 'versions[0].phases[0]';

describe('validateContract: shape', () => {
  it('accepts a well-formed contract and fills defaults', () => {
    const result = validateContract(
      contractInput([phase({ priceLines: [{ kind: 'fixed_fee', amountCents: 100 }] })]),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.versions[0]?.phases[0]).toMatchObject({ kpiTerms: [], atRisk: null });
  });

  it('names a missing required field', () => {
    const { currency: _, ...rest } = contractInput([phase()]);
    expect(errorsOf(rest)).toContainEqual({
      path: 'currency',
      code: 'shape.invalid_type',
      message: 'currency is required',
    });
  });

  it('rejects a date that does not exist', () => {
    const [e] = errorsOf(contractInput([phase()], { start: '2026-02-30' }));
    expect(e).toMatchObject({
      path: 'start',
      message: 'start must be a real calendar date written YYYY-MM-DD',
    });
  });

  it('rejects negative and non-integer cents, naming the field of the line', () => {
    const errors = errorsOf(
      contractInput([
        phase({
          priceLines: [
            { kind: 'per_contact', unitPriceCents: -5 },
            { kind: 'per_minute', unitPriceCents: 45.5 },
          ],
        }),
      ]),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        path: `${P0}.priceLines[0].unitPriceCents`,
        message: 'unitPriceCents cannot be negative',
      }),
      expect.objectContaining({
        path: `${P0}.priceLines[1].unitPriceCents`,
        message: expect.stringContaining('unitPriceCents must be a whole number of cents'),
      }),
    ]);
  });

  it('rejects an unknown price-line kind, listing the known ones', () => {
    const [e] = errorsOf(
      contractInput([phase({ priceLines: [{ kind: 'per_smile', unitPriceCents: 1 } as never] })]),
    );
    expect(e?.path).toBe(`${P0}.priceLines[0].kind`);
    expect(e?.message).toMatch(/^kind is not a known price-line kind \(known: fixed_fee, .*anchored\)$/);
  });

  it('rejects an unknown KPI in a term and in an allocation', () => {
    const errors = errorsOf(
      contractInput([
        phase({
          kpiTerms: [{ kpi: 'happiness' as never, target: 1 }],
          atRisk: {
            percentOfInvoice: 10,
            poolAllocationPercent: 100,
            kpiAllocationPercent: { speed: 10 } as never,
          },
        }),
      ]),
    );
    expect(errors.map((e) => e.path)).toEqual([
      `${P0}.kpiTerms[0].kpi`,
      `${P0}.atRisk.kpiAllocationPercent.speed`,
    ]);
    expect(errors[0]?.message).toMatch(/^kpi is not a known KPI: "happiness"/);
  });

  it('validates actuals with the same error format', () => {
    const result = validateActuals({ month: '2026-13', volumes: { phone: -1 } });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['month', 'volumes.phone']);
  });
});

describe('validateContract: rules', () => {
  it('refuses KPI allocations adding up to more than 100 %', () => {
    const errors = errorsOf(
      contractInput([
        phase({
          kpiTerms: [
            { kpi: 'service_level', target: 0.8 },
            { kpi: 'csat', target: 0.85 },
          ],
          atRisk: {
            percentOfInvoice: 10,
            poolAllocationPercent: 50,
            kpiAllocationPercent: { service_level: 60, csat: 50 },
          },
        }),
      ]),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        path: `${P0}.atRisk.kpiAllocationPercent`,
        code: 'at_risk.allocations_over_100',
      }),
    ]);
    expect(errors[0]?.message).toContain('service_level 60 % + csat 50 %');
  });

  it('refuses an allocation or an earn-back target for a KPI with no term, and a lax earn-back target', () => {
    const errors = errorsOf(
      contractInput([
        phase({
          kpiTerms: [{ kpi: 'service_level', target: 0.8 }],
          atRisk: {
            percentOfInvoice: 10,
            poolAllocationPercent: 50,
            kpiAllocationPercent: { service_level: 40, nps: 20 },
            earnBack: { targets: { service_level: 0.75, fcr: 0.9 }, months: 2 },
          },
        }),
      ]),
    );
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      [`${P0}.atRisk.kpiAllocationPercent.nps`, 'at_risk.kpi_without_term'],
      [`${P0}.atRisk.earnBack.targets.service_level`, 'at_risk.earn_back_not_stricter'],
      [`${P0}.atRisk.earnBack.targets.fcr`, 'at_risk.earn_back_outside_pool'],
    ]);
  });

  it('refuses overlapping tiers and empty steps, naming the step', () => {
    const steps = [
      { from: 0, to: 0.8, amountCents: -1000 },
      { from: 0.75, to: null, amountCents: 1000 },
      { from: 0.5, to: 0.5, amountCents: 0 },
    ];
    const errors = errorsOf(
      contractInput([
        phase({ kpiTerms: [{ kpi: 'service_level', target: 0.8, rule: { kind: 'tiered', steps } }] }),
      ]),
    );
    const at = `${P0}.kpiTerms[0].rule.steps`;
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      [`${at}[1]`, 'tier.overlap'],
      [`${at}[2].to`, 'tier.empty'],
      [`${at}[2]`, 'tier.overlap'],
    ]);
    expect(errors[0]?.message).toBe('steps[1] [0.75, ∞) overlaps steps[0] [0, 0.8)');
  });

  it('accepts tiers that touch ([0, 0.8) then [0.8, ∞))', () => {
    const steps = [
      { from: 0, to: 0.8, amountCents: -1000 },
      { from: 0.8, to: null, amountCents: 1000 },
    ];
    const rule = { kind: 'tiered' as const, steps };
    expect(
      validateContract(contractInput([phase({ kpiTerms: [{ kpi: 'service_level', target: 0.8, rule }] })]))
        .ok,
    ).toBe(true);
  });

  it('refuses a phase outside the contract dates and phases overlapping each other', () => {
    const errors = errorsOf(
      contractInput(
        [
          phase({ kind: 'pilot', start: '2025-12-15', end: '2026-02-28' }),
          phase({ start: '2026-02-15', end: '2026-12-31' }),
        ],
        { end: '2026-06-30' },
      ),
    );
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      [`${P0}.start`, 'phase.outside_contract'],
      ['versions[0].phases[1].end', 'phase.outside_contract'],
      ['versions[0].phases[1].start', 'phase.overlap'],
    ]);
    expect(errors[2]?.message).toBe(
      'start (2026-02-15): this phase (2026-02-15 to 2026-12-31) overlaps phases[0] (2025-12-15 to 2026-02-28)',
    );
  });

  it('refuses versions out of effective-date order or before the contract start', () => {
    const v = (effectiveFrom: string) => ({ effectiveFrom, reason: 'r', phases: [phase()] });
    const errors = errorsOf(
      contractInput([], { versions: [v('2025-12-01'), v('2026-05-01'), v('2026-03-01')] }),
    );
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['versions[0].effectiveFrom', 'version.before_start'],
      ['versions[2].effectiveFrom', 'version.order'],
    ]);
    expect(errors[1]?.message).toContain('must come after that of versions[1] (2026-05-01)');
  });

  it('refuses a target off the KPI scale and a second term for the same KPI', () => {
    const errors = errorsOf(
      contractInput([
        phase({
          kpiTerms: [
            { kpi: 'service_level', target: 80 },
            { kpi: 'service_level', target: 0.8 },
          ],
        }),
      ]),
    );
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      [`${P0}.kpiTerms[0].target`, 'kpi_term.scale'],
      [`${P0}.kpiTerms[1].kpi`, 'kpi_term.duplicate'],
    ]);
  });
});
