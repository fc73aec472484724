import { useQuery } from '@tanstack/react-query';
import type { InvoiceDecision, InvoiceRecord, InvoiceStatus, InvoiceSummary } from '@vigie/core';
import { api, type ListResponse, wsPath } from './client';
import { useDeleteResource, useWorkspaceMutation } from './crud';
import { queryKeys } from './keys';

/** Vendor invoices checked against the statements (docs/contracts.md, issue 4). */

const INVOICES = 'invoices';

export interface InvoiceFilters {
  readonly contractId?: string | null;
  readonly month?: string | null;
  readonly vendorId?: string | null;
  readonly status?: InvoiceStatus | null;
}

export function useInvoices(ws: string, filters: InvoiceFilters = {}, enabled = true) {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) if (value) params[key] = value;
  return useQuery({
    queryKey: queryKeys.list(ws, INVOICES, params),
    queryFn: ({ signal }) =>
      api
        .get<ListResponse<InvoiceSummary>>(wsPath(ws, INVOICES), { signal, query: params })
        .then((r) => r.items),
    enabled,
  });
}

export function useInvoice(ws: string, id: string) {
  return useQuery({
    queryKey: queryKeys.item(ws, INVOICES, id),
    queryFn: ({ signal }) => api.get<InvoiceRecord>(wsPath(ws, INVOICES, id), { signal }),
    enabled: Boolean(id),
  });
}

/** The vendor's file (CSV or XLSX) for a contract and month; a 400 lists each row and field. */
export function useUploadInvoice(ws: string) {
  return useWorkspaceMutation(
    ws,
    ({ file, contractId, month }: { file: File; contractId: string; month: string }) => {
      const form = new FormData();
      form.set('file', file);
      form.set('contractId', contractId);
      form.set('month', month);
      return api.post<InvoiceRecord>(wsPath(ws, INVOICES), form);
    },
  );
}

export const useDeleteInvoice = (ws: string) => useDeleteResource(ws, INVOICES);

export function useIssueInvoice(ws: string) {
  return useWorkspaceMutation(ws, (id: string) => api.post<InvoiceRecord>(wsPath(ws, INVOICES, id, 'issue')));
}

export function useAgreeInvoice(ws: string) {
  return useWorkspaceMutation(ws, (id: string) => api.post<InvoiceRecord>(wsPath(ws, INVOICES, id, 'agree')));
}

/** The client's decision on one difference. */
export function useDecideDifference(ws: string) {
  return useWorkspaceMutation(
    ws,
    (v: { invoiceId: string; differenceId: string; decision: InvoiceDecision; comment: string }) =>
      api.put<InvoiceRecord>(wsPath(ws, INVOICES, v.invoiceId, 'differences', v.differenceId), {
        decision: v.decision,
        comment: v.comment,
      }),
  );
}

/** The vendor's answer to a disputed difference. */
export function useAnswerDifference(ws: string) {
  return useWorkspaceMutation(ws, (v: { invoiceId: string; differenceId: string; answer: string }) =>
    api.put<InvoiceRecord>(wsPath(ws, INVOICES, v.invoiceId, 'differences', v.differenceId, 'answer'), {
      answer: v.answer,
    }),
  );
}
