import type { Statement } from './statement.ts';

/**
 * Invoice checking (issue 4): the vendor's invoice, read from its CSV or XLSX lines, against the
 * statement Vigie computed for the same contract and month.
 */

/** Where an invoice stands: uploaded and still editable, sent, under dispute, settled. */
export const INVOICE_STATUSES = ['draft', 'issued', 'disputed', 'agreed'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** What a line of the statement is, as an invoice line is matched against it. */
export type ExpectedLineKind = 'fee' | 'bonus_malus' | 'credit' | 'earn_back';

/**
 * A line the invoice is expected to hold, derived from the statement. `code` is stable for a
 * contract and month ("fee:per_contact:phone", "kpi:service_level", "credit:answer_rate", ...):
 * the invoice template Vigie hands out carries it, and the vendor's file is matched on it.
 */
export interface ExpectedInvoiceLine {
  readonly code: string;
  readonly label: string;
  readonly kind: ExpectedLineKind;
  /** null for lines without a quantity (bonus, malus, credits) */
  readonly quantity: number | null;
  readonly unit: string | null;
  readonly unitPriceCents: number | null;
  /** signed: a malus or a credit is negative */
  readonly amountCents: number;
  /** The statement's working for this line, e.g. "actuals.volumes.phone = 12000". */
  readonly source: string;
}

/** One line of the vendor's file, as read (1-based row in the file, header = row 1). */
export interface InvoiceLine {
  readonly row: number;
  readonly code: string;
  readonly label: string;
  readonly quantity: number | null;
  readonly unitPriceCents: number | null;
  /** signed */
  readonly amountCents: number;
}

export type InvoiceDifferenceKind =
  | 'missing_line'
  | 'unexpected_line'
  | 'quantity'
  | 'unit_price'
  | 'amount'
  | 'kpi_result'
  | 'total';

/** A difference between the invoice and the statement; `deltaCents` = invoiced - expected. */
export interface InvoiceDifference {
  readonly code: string;
  readonly label: string;
  readonly kind: InvoiceDifferenceKind;
  /** the statement's value: a quantity, a unit price in cents or an amount in cents, per kind */
  readonly expected: number | null;
  readonly invoiced: number | null;
  readonly deltaCents: number;
  /** the invoice file's row, when the line is in the file */
  readonly row: number | null;
  /** One sentence in English saying what differs, with both figures. */
  readonly explanation: string;
}

export type { Statement };
