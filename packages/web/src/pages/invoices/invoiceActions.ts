import { can, type InvoiceDifferenceRecord, type InvoiceRecord, type Role } from '@vigie/core';

/** Who looks at the invoice. */
export interface InvoiceViewer {
  readonly userId: string;
  readonly role: Role;
  /** set for vendor users */
  readonly vendorId: string | null;
}

export interface InvoiceActions {
  /** send the draft to the client (the uploader) */
  readonly canIssue: boolean;
  /** withdraw the draft (the uploader) */
  readonly canDelete: boolean;
  /** accept or dispute each difference (the client) */
  readonly canDecide: boolean;
  /** settle the invoice (the client); blocked while a difference is disputed */
  readonly canAgree: boolean;
  readonly agreeBlocked: boolean;
  /** answer a disputed difference (the vendor) */
  readonly canAnswer: (difference: InvoiceDifferenceRecord) => boolean;
}

/**
 * The buttons an invoice offers this viewer. The client's people decide and agree; the vendor's
 * answer disputes; the uploader issues or withdraws a draft. A vendor user is never offered a
 * client's action. The server decides in the end; this only avoids offering what it refuses.
 */
export function invoiceActions(viewer: InvoiceViewer, invoice: InvoiceRecord): InvoiceActions {
  const isVendor = viewer.role === 'vendor';
  const ownVendor = isVendor && viewer.vendorId === invoice.vendorId;
  const isClient = !isVendor && can(viewer, 'update', 'invoice');
  const uploadedBy = (invoice as { uploadedBy?: unknown }).uploadedBy;
  const uploader = typeof uploadedBy === 'string' ? uploadedBy === viewer.userId : ownVendor || isClient;
  const draft = invoice.status === 'draft';
  const open = invoice.status === 'issued' || invoice.status === 'disputed';
  return {
    canIssue: draft && uploader,
    canDelete: draft && uploader,
    canDecide: isClient && open,
    canAgree: isClient && open,
    agreeBlocked: invoice.differences.some((d) => d.decision === 'disputed'),
    canAnswer: (d) => ownVendor && open && d.decision === 'disputed',
  };
}
