import type { InvoiceDifferenceRecord, InvoiceRecord, InvoiceStatus } from '@vigie/core';
import { describe, expect, it } from 'vitest';
import { invoiceActions } from './invoiceActions';

function difference(decision: InvoiceDifferenceRecord['decision']): InvoiceDifferenceRecord {
  return {
    id: 'd1',
    position: 0,
    code: 'fee:per_contact:phone',
    label: 'Handled calls',
    kind: 'quantity',
    expected: 100,
    invoiced: 110,
    deltaCents: 3950,
    row: 2,
    explanation: 'quantity 110 invoiced, 100 expected',
    decision,
    comment: null,
    decidedAt: null,
    answer: null,
    answeredAt: null,
  };
}

function invoice(status: InvoiceStatus, decision: InvoiceDifferenceRecord['decision'] = null): InvoiceRecord {
  return {
    id: 'i1',
    workspaceId: 'w',
    vendorId: 'v1',
    contractId: 'c1',
    month: '2026-10',
    status,
    currency: 'EUR',
    fileName: 'invoice.csv',
    invoicedTotalCents: 100,
    statementTotalCents: 90,
    differenceCount: 1,
    uploadedAt: '',
    updatedAt: '',
    lines: [],
    differences: [difference(decision)],
  };
}

const vendor = { userId: 'u-v', role: 'vendor' as const, vendorId: 'v1' };
const otherVendor = { userId: 'u-o', role: 'vendor' as const, vendorId: 'v2' };
const finance = { userId: 'u-f', role: 'finance' as const, vendorId: null };
const viewer = { userId: 'u-x', role: 'viewer' as const, vendorId: null };

describe('invoiceActions', () => {
  it('never offers a vendor user the client actions', () => {
    for (const status of ['draft', 'issued', 'disputed', 'agreed'] as const) {
      const actions = invoiceActions(vendor, invoice(status, 'disputed'));
      expect(actions.canDecide).toBe(false);
      expect(actions.canAgree).toBe(false);
    }
  });

  it('lets the vendor issue its draft and answer a dispute', () => {
    expect(invoiceActions(vendor, invoice('draft')).canIssue).toBe(true);
    expect(invoiceActions(vendor, invoice('issued')).canIssue).toBe(false);
    const disputed = invoice('disputed', 'disputed');
    expect(invoiceActions(vendor, disputed).canAnswer(difference('disputed'))).toBe(true);
    expect(invoiceActions(vendor, disputed).canAnswer(difference('accepted'))).toBe(false);
    expect(invoiceActions(otherVendor, disputed).canAnswer(difference('disputed'))).toBe(false);
  });

  it('lets the client decide and agree once issued, not while disputed', () => {
    expect(invoiceActions(finance, invoice('draft')).canDecide).toBe(false);
    const issued = invoiceActions(finance, invoice('issued', 'accepted'));
    expect(issued).toMatchObject({ canDecide: true, canAgree: true, agreeBlocked: false });
    expect(issued.canAnswer(difference('disputed'))).toBe(false);
    expect(invoiceActions(finance, invoice('disputed', 'disputed')).agreeBlocked).toBe(true);
    expect(invoiceActions(finance, invoice('agreed')).canAgree).toBe(false);
  });

  it('offers nothing to a read-only role', () => {
    const actions = invoiceActions(viewer, invoice('issued'));
    expect(actions).toMatchObject({ canIssue: false, canDelete: false, canDecide: false, canAgree: false });
  });

  it('keeps issuing to the uploader when the server names it', () => {
    const draft = { ...invoice('draft'), uploadedBy: 'u-f' };
    expect(invoiceActions(finance, draft).canIssue).toBe(true);
    expect(invoiceActions(vendor, draft).canIssue).toBe(false);
  });
});
