import { describe, expect, it } from 'vitest';
import { computeStatement } from './compute-statement.ts';
import { expectedInvoiceLines, invoiceTemplateCsv } from './expected-invoice-lines.ts';
import type { ExpectedInvoiceLine } from './invoice.ts';
import { actuals, contractInput, phase, validContract } from './test-helpers.ts';

const sum = (lines: readonly ExpectedInvoiceLine[]) => lines.reduce((s, l) => s + l.amountCents, 0);

describe('expectedInvoiceLines: fees', () => {
  it('codes each price line by kind, channel or outcome, and part', () => {
    const contract = validContract(
      contractInput([
        phase({
          priceLines: [
            { kind: 'fixed_fee', label: 'Platform', amountCents: 500_000 },
            { kind: 'per_contact', channel: 'phone', unitPriceCents: 180, minimumPercentOfForecast: 90 },
            { kind: 'per_contact', unitPriceCents: 50 },
            { kind: 'per_outcome', outcome: 'appointment', unitPriceCents: 1_500 },
            {
              kind: 'anchored',
              channel: 'email',
              baselineVolume: 1_500,
              baseUnitPriceCents: 300,
              aboveUnitPriceCents: 200,
              belowUnitPriceCents: 100,
            },
            { kind: 'per_logged_in_hour', unitPriceCents: 2_500 },
          ],
        }),
      ]),
    );
    const s = computeStatement(
      contract,
      '2026-01',
      actuals('2026-01', {
        volumes: { phone: 8_000, email: 2_000 },
        forecastByChannel: { phone: 10_000 },
        outcomes: { appointment: 40 },
        loggedInHours: 100,
      }),
    );
    const lines = expectedInvoiceLines(s);
    expect(lines.map((l) => [l.code, l.quantity, l.unit, l.unitPriceCents, l.amountCents])).toEqual([
      ['fee:fixed_fee', 1, 'month', 500_000, 500_000],
      ['fee:per_contact:phone', 8_000, 'contact', 180, 1_440_000],
      // 90 % of 10,000 = 9,000: 1,000 short
      ['fee:per_contact:phone:minimum_top_up', 1_000, 'contact', 180, 180_000],
      ['fee:per_contact', 10_000, 'contact', 50, 500_000],
      ['fee:per_outcome:appointment', 40, 'appointment', 1_500, 60_000],
      ['fee:anchored:email:baseline', 1_500, 'contact', 300, 450_000],
      ['fee:anchored:email:above_baseline', 500, 'contact', 200, 100_000],
      ['fee:per_logged_in_hour', 100, 'hour', 2_500, 250_000],
    ]);
    expect(lines.every((l) => l.kind === 'fee')).toBe(true);
    expect(lines[0]).toMatchObject({ label: 'Platform', source: 'contract: monthly fee' });
    expect(lines[1]).toMatchObject({ label: 'Handled contacts', source: 'actuals.volumes.phone = 8000' });
    expect(lines[5]?.label).toBe('Anchored volume: baseline');
    expect(sum(lines)).toBe(s.totals.totalCents);
  });

  it('suffixes @phase when a month is split between a pilot and a run, and says the pro rata', () => {
    const lines = (feeCents: number) => [
      { kind: 'fixed_fee' as const, amountCents: feeCents },
      { kind: 'per_contact' as const, unitPriceCents: 100 },
    ];
    const kpiTerms = [
      {
        kpi: 'csat' as const,
        target: 0.8,
        rule: { kind: 'linear' as const, centsPerPoint: 1_000, capCents: 10_000 },
      },
    ];
    const contract = validContract(
      contractInput([
        phase({ kind: 'pilot', end: '2026-04-15', priceLines: lines(300_000), kpiTerms }),
        phase({ start: '2026-04-16', priceLines: lines(600_000), kpiTerms }),
      ]),
    );
    const s = computeStatement(
      contract,
      '2026-04',
      actuals('2026-04', { volumes: { phone: 3_000 }, kpis: { csat: 0.82 } }),
    );
    const out = expectedInvoiceLines(s);
    expect(out.map((l) => l.code)).toEqual([
      'fee:fixed_fee@pilot',
      'fee:per_contact@pilot',
      'fee:fixed_fee@run',
      'fee:per_contact@run',
      'kpi:csat@pilot',
      'kpi:csat@run',
    ]);
    expect(out[1]?.source).toBe(
      'actuals.volumes (all channels: phone 3000) = 3000; x 15/30 days (2026-04-01 to 2026-04-15)',
    );
    // 2 points x 10.00, half each
    expect(out.slice(4).map((l) => l.amountCents)).toEqual([1_000, 1_000]);
    expect(sum(out)).toBe(s.totals.totalCents);
  });

  it('suffixes @version when an amendment splits the month within one phase', () => {
    const version = (effectiveFrom: string, unitPriceCents: number) => ({
      effectiveFrom,
      reason: effectiveFrom,
      phases: [phase({ priceLines: [{ kind: 'per_logged_in_hour', unitPriceCents }] })],
    });
    const contract = validContract(
      contractInput([], { versions: [version('2026-01-01', 2_500), version('2026-03-11', 2_600)] }),
    );
    const s = computeStatement(contract, '2026-03', actuals('2026-03', { loggedInHours: 3_100 }));
    expect(expectedInvoiceLines(s).map((l) => [l.code, l.quantity])).toEqual([
      ['fee:per_logged_in_hour@2026-01-01', 1_000],
      ['fee:per_logged_in_hour@2026-03-11', 2_100],
    ]);
  });

  it('numbers lines that neither phase nor version tell apart', () => {
    const fees = (...cents: number[]) =>
      cents.map((amountCents) => ({ kind: 'fixed_fee' as const, amountCents }));
    const one = validContract(contractInput([phase({ priceLines: fees(100, 200) })]));
    expect(
      expectedInvoiceLines(computeStatement(one, '2026-01', actuals('2026-01'))).map((l) => l.code),
    ).toEqual(['fee:fixed_fee#1', 'fee:fixed_fee#2']);
    const split = validContract(
      contractInput([
        phase({ kind: 'pilot', end: '2026-04-15', priceLines: fees(100, 200) }),
        phase({ start: '2026-04-16', priceLines: fees(300) }),
      ]),
    );
    const s = computeStatement(split, '2026-04', actuals('2026-04'));
    expect(expectedInvoiceLines(s).map((l) => l.code)).toEqual([
      'fee:fixed_fee@pilot#1',
      'fee:fixed_fee@pilot#2',
      'fee:fixed_fee@run',
    ]);
  });
});

describe('expectedInvoiceLines: KPI results', () => {
  it('lists bonus/malus of terms with a rule (even at 0), applied credits and earn-backs', () => {
    const contract = validContract(
      contractInput([
        phase({
          priceLines: [{ kind: 'fixed_fee', amountCents: 10_000_000 }],
          kpiTerms: [
            {
              kpi: 'service_level',
              target: 0.8,
              rule: { kind: 'linear', centsPerPoint: 10_000, capCents: 50_000 },
            },
            { kpi: 'csat', target: 0.85 },
            { kpi: 'aht', target: 300, rule: { kind: 'linear', centsPerPoint: 100, capCents: 5_000 } },
          ],
          atRisk: {
            percentOfInvoice: 10,
            poolAllocationPercent: 50,
            kpiAllocationPercent: { service_level: 40, csat: 60 },
            earnBack: { targets: { service_level: 0.85 }, months: 2 },
          },
        }),
      ]),
    );
    const history = [
      actuals('2026-01', { kpis: { service_level: 0.75 } }),
      actuals('2026-02', { kpis: { service_level: 0.86 } }),
    ];
    const s = computeStatement(
      contract,
      '2026-03',
      actuals('2026-03', { kpis: { service_level: 0.87, csat: 0.8, aht: 300 } }),
      { history },
    );
    const lines = expectedInvoiceLines(s);
    expect(lines.map((l) => [l.code, l.kind, l.label, l.amountCents])).toEqual([
      ['fee:fixed_fee', 'fee', 'Fixed monthly fee', 10_000_000],
      // 7 points x 100.00 = 700.00, capped at 500.00
      ['kpi:service_level', 'bonus_malus', 'Service level bonus/malus', 50_000],
      // on the target: 0, still listed so that the vendor states it; csat has no rule: no line
      ['kpi:aht', 'bonus_malus', 'AHT bonus/malus', 0],
      // csat 0.80 < 0.85: 50 % x 60 % x 1,000,000; service level met: no credit line
      ['credit:csat', 'credit', 'CSAT at-risk credit', -300_000],
      // January's 50 % x 40 % x 1,000,000 comes back
      ['earn_back:service_level', 'earn_back', 'Service level earn-back of the 2026-01 credit', 200_000],
    ]);
    expect(lines[1]).toMatchObject({ quantity: null, unit: null, unitPriceCents: null });
    expect(lines[1]?.source).toBe(`actuals.kpis.service_level = 0.87; ${s.kpis[0]?.rule}`);
    expect(lines[3]?.source).toBe(s.atRisk?.credits[1]?.formula);
    expect(lines[4]?.source).toContain('credit returned');
    expect(sum(lines)).toBe(s.totals.totalCents);
    expect(s.totals.totalCents).toBe(9_950_000);
  });
});

describe('invoiceTemplateCsv', () => {
  it('writes the lines with amounts in currency units and RFC 4180 quoting', () => {
    const lines: ExpectedInvoiceLine[] = [
      {
        code: 'fee:per_contact:phone',
        label: 'Calls, "premium" line',
        kind: 'fee',
        quantity: 1_200.5,
        unit: 'contact',
        unitPriceCents: 180,
        amountCents: 216_090,
        source: 'x',
      },
      {
        code: 'credit:csat',
        label: 'CSAT at-risk credit',
        kind: 'credit',
        quantity: null,
        unit: null,
        unitPriceCents: null,
        amountCents: -50_005,
        source: 'y',
      },
    ];
    expect(invoiceTemplateCsv(lines, 'EUR')).toBe(
      'code,label,quantity,unit_price,amount,currency\r\n' +
        'fee:per_contact:phone,"Calls, ""premium"" line",1200.5,1.80,2160.90,EUR\r\n' +
        'credit:csat,CSAT at-risk credit,,,-500.05,EUR\r\n',
    );
    expect(invoiceTemplateCsv([], 'EUR')).toBe('code,label,quantity,unit_price,amount,currency\r\n');
    // what French spreadsheets open as columns: semicolons, decimal commas, French headers
    expect(invoiceTemplateCsv(lines, 'EUR', 'fr')).toBe(
      'code;libellé;quantité;prix_unitaire;montant;devise\r\n' +
        'fee:per_contact:phone;"Calls, ""premium"" line";1200,5;1,80;2160,90;EUR\r\n' +
        'credit:csat;CSAT at-risk credit;;;-500,05;EUR\r\n',
    );
  });
});
