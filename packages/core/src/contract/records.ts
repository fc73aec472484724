import { z } from 'zod';
import { INVOICE_STATUSES } from './invoice.ts';

/**
 * What the API answers for contracts, invoices and a vendor's monthly inputs. The contract's
 * terms travel as the JSON document of docs/contracts.md (`document`), validated by
 * `validateContract`.
 */

export const contractSummarySchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  vendorId: z.string(),
  name: z.string(),
  currency: z.string(),
  start: z.string(),
  end: z.string().nullable(),
  versionCount: z.number().int(),
  /** Effective date of the latest version (the last amendment). */
  lastAmendedFrom: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ContractSummary = z.infer<typeof contractSummarySchema>;

/** The whole contract: its summary and its document (every version, phase and term). */
export const contractRecordSchema = contractSummarySchema.extend({
  document: z.record(z.string(), z.unknown()),
});
export type ContractRecord = z.infer<typeof contractRecordSchema>;

/** Amendment: a new version appended to the contract, effective from a date after the last. */
export const amendmentInputSchema = z.object({
  effectiveFrom: z.string(),
  reason: z.string(),
  phases: z.array(z.record(z.string(), z.unknown())),
});

/**
 * What the contacts do not hold and a statement may need, entered per vendor and month: hours
 * and FTE (the vendor's staffing), outcome counts, the client's forecast.
 */
export const monthInputSchema = z.object({
  loggedInHours: z.number().finite().min(0).nullable().default(null),
  productiveHours: z.number().finite().min(0).nullable().default(null),
  fte: z.number().finite().min(0).nullable().default(null),
  outcomes: z.record(z.string(), z.number().int().min(0)).default({}),
  forecastVolume: z.number().finite().min(0).nullable().default(null),
});
export type MonthInput = z.output<typeof monthInputSchema>;
export const monthInputRecordSchema = monthInputSchema.extend({
  vendorId: z.string(),
  month: z.string(),
  updatedAt: z.string(),
});
export type MonthInputRecord = z.infer<typeof monthInputRecordSchema>;

export const invoiceDecisionSchema = z.enum(['accepted', 'disputed']);
export type InvoiceDecision = z.infer<typeof invoiceDecisionSchema>;

export const invoiceDifferenceRecordSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  code: z.string(),
  label: z.string(),
  kind: z.string(),
  expected: z.number().nullable(),
  invoiced: z.number().nullable(),
  deltaCents: z.number().int(),
  row: z.number().int().nullable(),
  explanation: z.string(),
  decision: invoiceDecisionSchema.nullable(),
  comment: z.string().nullable(),
  decidedAt: z.string().nullable(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
});
export type InvoiceDifferenceRecord = z.infer<typeof invoiceDifferenceRecordSchema>;

export const invoiceSummarySchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  vendorId: z.string(),
  contractId: z.string(),
  month: z.string(),
  status: z.enum(INVOICE_STATUSES),
  currency: z.string(),
  fileName: z.string(),
  invoicedTotalCents: z.number().int(),
  statementTotalCents: z.number().int(),
  differenceCount: z.number().int(),
  uploadedAt: z.string(),
  updatedAt: z.string(),
});
export type InvoiceSummary = z.infer<typeof invoiceSummarySchema>;

export const invoiceRecordSchema = invoiceSummarySchema.extend({
  lines: z.array(
    z.object({
      row: z.number().int(),
      code: z.string(),
      label: z.string(),
      quantity: z.number().nullable(),
      unitPriceCents: z.number().int().nullable(),
      amountCents: z.number().int(),
    }),
  ),
  differences: z.array(invoiceDifferenceRecordSchema),
});
export type InvoiceRecord = z.infer<typeof invoiceRecordSchema>;
