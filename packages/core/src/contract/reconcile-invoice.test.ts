import { describe, expect, it } from 'vitest';
import type { ExpectedInvoiceLine, InvoiceLine } from './invoice.ts';
import { reconcileInvoice } from './reconcile-invoice.ts';

const fee = (
  code: string,
  label: string,
  quantity: number,
  unit: string,
  unitPriceCents: number,
  amountCents: number,
  source: string,
): ExpectedInvoiceLine => ({ code, label, kind: 'fee', quantity, unit, unitPriceCents, amountCents, source });
const result = (
  code: string,
  kind: 'bonus_malus' | 'credit' | 'earn_back',
  amountCents: number,
  source: string,
): ExpectedInvoiceLine => ({
  code,
  label: code,
  kind,
  quantity: null,
  unit: null,
  unitPriceCents: null,
  amountCents,
  source,
});

// A month: 1,200 calls at 1.80, the platform fee, 10.5 hours at 25.51 (267.855 -> 267.86), a
// service-level bonus of 300.00, AHT on target (0) and a CSAT credit of 200.00. Total 7,527.86.
const EXPECTED: ExpectedInvoiceLine[] = [
  fee(
    'fee:per_contact:phone',
    'Handled contacts',
    1_200,
    'contact',
    180,
    216_000,
    'actuals.volumes.phone = 1200',
  ),
  fee('fee:fixed_fee', 'Platform', 1, 'month', 500_000, 500_000, 'contract: monthly fee'),
  fee(
    'fee:per_logged_in_hour',
    'Logged-in hours',
    10.5,
    'hour',
    2_551,
    26_786,
    'actuals.loggedInHours = 10.5',
  ),
  result('kpi:service_level', 'bonus_malus', 30_000, 'actuals.kpis.service_level = 0.83; linear: +300.00'),
  result('kpi:aht', 'bonus_malus', 0, 'actuals.kpis.aht = 300; linear: 0.00'),
  result('credit:csat', 'credit', -20_000, 'missed: 2,000 x 10 % = 200.00'),
];

/** An invoice line; its row is set by `invoice` (header = row 1). */
const line = (
  code: string,
  amountCents: number,
  quantity: number | null = null,
  unitPriceCents: number | null = null,
): InvoiceLine => ({ row: 2, code, label: code, quantity, unitPriceCents, amountCents });

/** The invoice as the statement has it (the zero AHT result left out), some lines replaced. */
function invoice(replace: Record<string, InvoiceLine[]> = {}): InvoiceLine[] {
  return EXPECTED.filter((e) => e.code !== 'kpi:aht')
    .flatMap((e) => replace[e.code] ?? [line(e.code, e.amountCents, e.quantity, e.unitPriceCents)])
    .map((l, i) => ({ ...l, row: i + 2 }));
}

describe('reconcileInvoice', () => {
  it('finds nothing when the invoice matches, a zero result left out and a quantity within 0.005', () => {
    expect(reconcileInvoice(EXPECTED, invoice())).toEqual([]);
    const close = invoice({
      'fee:per_logged_in_hour': [line('fee:per_logged_in_hour', 26_786, 10.504, 2_551)],
    });
    expect(reconcileInvoice(EXPECTED, close)).toEqual([]);
    // an invoice giving only amounts is compared on amounts
    const amountsOnly = invoice({ 'fee:fixed_fee': [line('fee:fixed_fee', 500_000)] });
    expect(reconcileInvoice(EXPECTED, amountsOnly)).toEqual([]);
  });

  it('reports a wrong quantity, its amount and the total, each with both figures', () => {
    // 1,250 calls invoiced at 1.80 = 2,250.00: 50 too many, +90.00
    const diffs = reconcileInvoice(
      EXPECTED,
      invoice({ 'fee:per_contact:phone': [line('fee:per_contact:phone', 225_000, 1_250, 180)] }),
    );
    expect(diffs).toEqual([
      {
        code: 'fee:per_contact:phone',
        label: 'Handled contacts',
        kind: 'quantity',
        expected: 1_200,
        invoiced: 1_250,
        deltaCents: 9_000,
        row: 2,
        explanation:
          'Quantity 1,250 invoiced, 1,200 expected (statement: actuals.volumes.phone = 1200): +90.00',
      },
      {
        code: 'fee:per_contact:phone',
        label: 'Handled contacts',
        kind: 'amount',
        expected: 216_000,
        invoiced: 225_000,
        deltaCents: 9_000,
        row: 2,
        explanation: 'Amount 2,250.00 invoiced, 2,160.00 expected (statement: 1,200 contact x 1.80): +90.00',
      },
      {
        code: 'total',
        label: 'Total',
        kind: 'total',
        expected: 752_786,
        invoiced: 761_786,
        deltaCents: 9_000,
        row: null,
        explanation: "Total 7,617.86 invoiced, 7,527.86 expected (the statement's total): +90.00",
      },
    ]);
  });

  it('values a quantity gap at the expected unit price, rounded half-up', () => {
    // 11 hours invoiced for 10.5: 0.5 x 25.51 = 12.755 -> 12.76; the vendor's amount 11 x 25.51 = 280.61
    const diffs = reconcileInvoice(
      EXPECTED,
      invoice({ 'fee:per_logged_in_hour': [line('fee:per_logged_in_hour', 28_061, 11, 2_551)] }),
    );
    expect(diffs.map((d) => [d.kind, d.expected, d.invoiced, d.deltaCents])).toEqual([
      ['quantity', 10.5, 11, 1_276],
      ['amount', 26_786, 28_061, 1_275],
      ['total', 752_786, 754_061, 1_275],
    ]);
  });

  it('reports a wrong unit price on the invoiced quantity', () => {
    // 1,200 at 1.90 = 2,280.00: 0.10 x 1,200 = +120.00
    const diffs = reconcileInvoice(
      EXPECTED,
      invoice({ 'fee:per_contact:phone': [line('fee:per_contact:phone', 228_000, 1_200, 190)] }),
    );
    expect(diffs.map((d) => [d.kind, d.expected, d.invoiced, d.deltaCents, d.row])).toEqual([
      ['unit_price', 180, 190, 12_000, 2],
      ['amount', 216_000, 228_000, 12_000, 2],
      ['total', 752_786, 764_786, 12_000, null],
    ]);
    expect(diffs[0]?.explanation).toBe(
      'Unit price 1.90 invoiced, 1.80 expected, on a quantity of 1,200: +120.00',
    );
  });

  it('reports a missing line (not a missing line at 0) as minus its amount', () => {
    const diffs = reconcileInvoice(EXPECTED, invoice({ 'fee:fixed_fee': [] }));
    expect(diffs).toEqual([
      {
        code: 'fee:fixed_fee',
        label: 'Platform',
        kind: 'missing_line',
        expected: 500_000,
        invoiced: null,
        deltaCents: -500_000,
        row: null,
        explanation:
          'Line not invoiced: 0.00 invoiced, 5,000.00 expected (statement: contract: monthly fee): -5,000.00',
      },
      expect.objectContaining({ kind: 'total', expected: 752_786, invoiced: 252_786, deltaCents: -500_000 }),
    ]);
  });

  it('reports KPI results that differ: a bonus over-claimed, a credit under-stated', () => {
    const diffs = reconcileInvoice(
      EXPECTED,
      invoice({
        'kpi:service_level': [line('kpi:service_level', 50_000)],
        'credit:csat': [line('credit:csat', -10_000)],
      }),
    );
    expect(diffs.map((d) => [d.code, d.kind, d.expected, d.invoiced, d.deltaCents, d.row])).toEqual([
      ['kpi:service_level', 'kpi_result', 30_000, 50_000, 20_000, 5],
      ['credit:csat', 'kpi_result', -20_000, -10_000, 10_000, 6],
      ['total', 'total', 752_786, 782_786, 30_000, null],
    ]);
    expect(diffs[0]?.explanation).toBe(
      'Bonus/malus 500.00 invoiced, 300.00 expected (statement: actuals.kpis.service_level = 0.83; linear: +300.00): +200.00',
    );
    expect(diffs[1]?.explanation).toBe(
      'At-risk credit -100.00 invoiced, -200.00 expected (statement: missed: 2,000 x 10 % = 200.00): +100.00',
    );
  });

  it('compares a line the vendor split in two rows as their sum, unit prices row by row', () => {
    // 1,000 at 1.80 = 1,800.00 and 250 at 1.90 = 475.00, against 1,200 at 1.80 = 2,160.00:
    // 50 too many (+90.00), 250 at 0.10 too much (+25.00), +115.00 in all
    const diffs = reconcileInvoice(
      EXPECTED,
      invoice({
        'fee:per_contact:phone': [
          line('fee:per_contact:phone', 180_000, 1_000, 180),
          line('fee:per_contact:phone', 47_500, 250, 190),
        ],
      }),
    );
    expect(diffs.map((d) => [d.kind, d.expected, d.invoiced, d.deltaCents, d.row])).toEqual([
      ['quantity', 1_200, 1_250, 9_000, 2],
      ['unit_price', 180, 190, 2_500, 3],
      ['amount', 216_000, 227_500, 11_500, 2],
      ['total', 752_786, 764_286, 11_500, null],
    ]);
    expect(diffs.map((d) => d.explanation)).toEqual([
      'Quantity 1,250 invoiced on rows 2 and 3, 1,200 expected (statement: actuals.volumes.phone = 1200): +90.00',
      'Unit price 1.90 invoiced at row 3, 1.80 expected, on a quantity of 250: +25.00',
      'Amount 2,275.00 invoiced on rows 2 and 3, 2,160.00 expected (statement: 1,200 contact x 1.80): +115.00',
      "Total 7,642.86 invoiced, 7,527.86 expected (the statement's total): +115.00",
    ]);
  });

  it('reports a split month billed as one line: both parts missing, the line unexpected, totals equal', () => {
    const expected = [
      fee('fee:fixed_fee@pilot', 'Fixed monthly fee', 0.5, 'month', 300_000, 150_000, 'pilot'),
      fee('fee:fixed_fee@run', 'Fixed monthly fee', 0.5, 'month', 600_000, 300_000, 'run'),
    ];
    const diffs = reconcileInvoice(expected, [line('fee:fixed_fee', 450_000, 1, 450_000)]);
    expect(diffs.map((d) => [d.code, d.kind, d.expected, d.invoiced, d.deltaCents, d.row])).toEqual([
      ['fee:fixed_fee@pilot', 'missing_line', 150_000, null, -150_000, null],
      ['fee:fixed_fee@run', 'missing_line', 300_000, null, -300_000, null],
      ['fee:fixed_fee', 'unexpected_line', null, 450_000, 450_000, 2],
    ]);
    expect(diffs[2]?.explanation).toBe(
      'Line not on the statement: 4,500.00 invoiced at row 2, nothing expected: +4,500.00',
    );
  });
});
