import {
  abs,
  add,
  compare,
  exact,
  type Fraction,
  mul,
  ratio,
  roundHalfUp,
  sub,
  toNumber,
  ZERO,
} from './exact.ts';
import { plainNumber } from './expected-invoice-lines.ts';
import type { ExpectedInvoiceLine, ExpectedLineKind, InvoiceDifference, InvoiceLine } from './invoice.ts';
import { formatCents } from './statement.ts';

/** Quantities are shown rounded (pro-rated ones to 6 decimals): closer than this is the same quantity. */
const QUANTITY_TOLERANCE = ratio(5, 1000);

const RESULT_NAMES: Record<Exclude<ExpectedLineKind, 'fee'>, string> = {
  bonus_malus: 'Bonus/malus',
  credit: 'At-risk credit',
  earn_back: 'Earn-back',
};

/**
 * Every difference between a vendor's invoice and the lines expected from the statement,
 * matched on `code`: for a fee, the quantity (equal within 0.005), the unit price and the
 * amount, each its own difference; for a bonus/malus, credit or earn-back, the amount
 * (`kpi_result`); expected lines not invoiced (`missing_line`, except at 0), invoice lines
 * matching no expected line (`unexpected_line`), and the totals (`total`). Several invoice
 * lines with one code (a line the vendor split) are compared as their sum, unit prices line
 * by line. `deltaCents` is the money effect, invoiced - expected: the quantity gap at the
 * expected unit price, the unit-price gap on the invoiced quantity (rounded half-up to the
 * cent), or the amount gap; the deltas of one line overlap, only the total's is the invoice's
 * net gap. Order: expected lines' order, then unexpected lines, then the total.
 */
export function reconcileInvoice(
  expected: readonly ExpectedInvoiceLine[],
  lines: readonly InvoiceLine[],
): InvoiceDifference[] {
  const byCode = new Map<string, InvoiceLine[]>();
  for (const line of lines) {
    const group = byCode.get(line.code);
    if (group) group.push(line);
    else byCode.set(line.code, [line]);
  }
  const out: InvoiceDifference[] = [];
  for (const e of expected) {
    const group = byCode.get(e.code);
    byCode.delete(e.code); // a second expected line with the same code finds nothing: missing
    if (group) out.push(...(e.kind === 'fee' ? compareFee(e, group) : compareResult(e, group)));
    else if (e.amountCents !== 0) out.push(missing(e));
  }
  const expectedCodes = new Set(expected.map((e) => e.code));
  for (const line of lines) if (!expectedCodes.has(line.code)) out.push(unexpected(line));
  const invoicedTotal = sumCents(lines);
  const expectedTotal = sumCents(expected);
  if (invoicedTotal !== expectedTotal) {
    const delta = invoicedTotal - expectedTotal;
    out.push({
      code: 'total',
      label: 'Total',
      kind: 'total',
      expected: expectedTotal,
      invoiced: invoicedTotal,
      deltaCents: delta,
      row: null,
      explanation: `Total ${formatCents(invoicedTotal)} invoiced, ${formatCents(expectedTotal)} expected (the statement's total): ${signed(delta)}`,
    });
  }
  return out;
}

function compareFee(e: ExpectedInvoiceLine, group: readonly InvoiceLine[]): InvoiceDifference[] {
  const out: InvoiceDifference[] = [];
  const first = group[0] as InvoiceLine;
  const at = group.length > 1 ? ` on rows ${rowList(group)}` : '';
  const diff = (d: Omit<InvoiceDifference, 'code' | 'label'>) =>
    out.push({ code: e.code, label: e.label, ...d });
  const quantity = group.every((l) => l.quantity !== null)
    ? group.reduce<Fraction>((sum, l) => add(sum, exact(l.quantity ?? 0)), ZERO)
    : null;
  if (quantity !== null && e.quantity !== null) {
    const gap = sub(quantity, exact(e.quantity));
    if (compare(abs(gap), QUANTITY_TOLERANCE) >= 0) {
      const delta = roundHalfUp(mul(gap, ratio(e.unitPriceCents ?? 0, 1)));
      diff({
        kind: 'quantity',
        expected: e.quantity,
        invoiced: toNumber(quantity),
        deltaCents: delta,
        row: first.row,
        explanation: `Quantity ${formatQuantity(toNumber(quantity))} invoiced${at}, ${formatQuantity(e.quantity)} expected (statement: ${e.source}): ${signed(delta)}`,
      });
    }
  }
  for (const line of group) {
    if (line.unitPriceCents === null || e.unitPriceCents === null) continue;
    if (line.unitPriceCents === e.unitPriceCents) continue;
    // without an invoiced quantity, the price applies to what the statement counted
    const on = line.quantity ?? (group.length === 1 ? e.quantity : null) ?? 0;
    const delta = roundHalfUp(mul(ratio(line.unitPriceCents - e.unitPriceCents, 1), exact(on)));
    diff({
      kind: 'unit_price',
      expected: e.unitPriceCents,
      invoiced: line.unitPriceCents,
      deltaCents: delta,
      row: line.row,
      explanation: `Unit price ${formatCents(line.unitPriceCents)} invoiced${group.length > 1 ? ` at row ${line.row}` : ''}, ${formatCents(e.unitPriceCents)} expected, on a quantity of ${formatQuantity(on)}: ${signed(delta)}`,
    });
  }
  const amount = sumCents(group);
  if (amount !== e.amountCents) {
    const delta = amount - e.amountCents;
    const working =
      e.quantity === null || e.unitPriceCents === null
        ? e.source
        : `${formatQuantity(e.quantity)}${e.unit ? ` ${e.unit}` : ''} x ${formatCents(e.unitPriceCents)}`;
    diff({
      kind: 'amount',
      expected: e.amountCents,
      invoiced: amount,
      deltaCents: delta,
      row: first.row,
      explanation: `Amount ${formatCents(amount)} invoiced${at}, ${formatCents(e.amountCents)} expected (statement: ${working}): ${signed(delta)}`,
    });
  }
  return out;
}

function compareResult(e: ExpectedInvoiceLine, group: readonly InvoiceLine[]): InvoiceDifference[] {
  const amount = sumCents(group);
  if (amount === e.amountCents) return [];
  const delta = amount - e.amountCents;
  const at = group.length > 1 ? ` on rows ${rowList(group)}` : '';
  const name = e.kind === 'fee' ? 'Amount' : RESULT_NAMES[e.kind];
  return [
    {
      code: e.code,
      label: e.label,
      kind: 'kpi_result',
      expected: e.amountCents,
      invoiced: amount,
      deltaCents: delta,
      row: group[0]?.row ?? null,
      explanation: `${name} ${formatCents(amount)} invoiced${at}, ${formatCents(e.amountCents)} expected (statement: ${e.source}): ${signed(delta)}`,
    },
  ];
}

function missing(e: ExpectedInvoiceLine): InvoiceDifference {
  return {
    code: e.code,
    label: e.label,
    kind: 'missing_line',
    expected: e.amountCents,
    invoiced: null,
    deltaCents: -e.amountCents,
    row: null,
    explanation: `Line not invoiced: 0.00 invoiced, ${formatCents(e.amountCents)} expected (statement: ${e.source}): ${signed(-e.amountCents)}`,
  };
}

function unexpected(line: InvoiceLine): InvoiceDifference {
  return {
    code: line.code,
    label: line.label === '' ? line.code : line.label,
    kind: 'unexpected_line',
    expected: null,
    invoiced: line.amountCents,
    deltaCents: line.amountCents,
    row: line.row,
    explanation: `Line not on the statement: ${formatCents(line.amountCents)} invoiced at row ${line.row}, nothing expected: ${signed(line.amountCents)}`,
  };
}

function sumCents(lines: readonly { readonly amountCents: number }[]): number {
  return lines.reduce((sum, l) => sum + l.amountCents, 0);
}

/** "+250.00", "-1,200.00": the sign always shown, as a gap reads. */
function signed(cents: number): string {
  return `${cents > 0 ? '+' : ''}${formatCents(cents)}`;
}

/** 1250 -> "1,250"; 0.5 -> "0.5". */
function formatQuantity(value: number): string {
  const [int = '', frac] = plainNumber(value).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

function rowList(lines: readonly InvoiceLine[]): string {
  const rows = lines.map((l) => l.row);
  return rows.length === 2 ? `${rows[0]} and ${rows[1]}` : rows.join(', ');
}
