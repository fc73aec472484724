import { useQuery } from '@tanstack/react-query';
import type {
  Actuals,
  ContractInput,
  ContractRecord,
  ContractSummary,
  ContractTarget,
  ExpectedInvoiceLine,
  Explanation,
  InvoiceSummary,
  MonthInput,
  MonthInputRecord,
  Statement,
  StatementTotals,
} from '@vigie/core';
import { api, type ListResponse, wsPath } from './client';
import { useDeleteResource, useWorkspaceMutation } from './crud';
import { queryKeys } from './keys';

/** Contracts, their monthly statements and a vendor's monthly inputs (docs/contracts.md). */

const CONTRACTS = 'contracts';

/** The contract document as sent: `id` is the server's, `name` is required. */
export type ContractDocument = Omit<ContractInput, 'id'> & { readonly name: string };

export interface StatementMonth {
  readonly month: string;
  readonly currency: string;
  readonly totals: StatementTotals;
  readonly warningCount: number;
  readonly invoice: InvoiceSummary | null;
}

export interface StatementDetail {
  readonly statement: Statement;
  readonly actuals: Actuals;
  readonly sources: readonly string[];
  /** the sources as data, to show in the user's language */
  readonly sourcesExplained: readonly Explanation[];
  readonly expectedLines: readonly ExpectedInvoiceLine[];
}

export interface MonthActualsItem {
  readonly month: string;
  readonly actuals: Actuals;
  readonly sources: readonly string[];
  readonly sourcesExplained: readonly Explanation[];
}

export type StatementExportFormat = 'xlsx' | 'pdf' | 'csv';

/** `?vendorId=` narrows the list to one vendor. */
export function useContracts(ws: string, vendorId: string | null = null) {
  const params: Record<string, string> = vendorId ? { vendorId } : {};
  return useQuery({
    queryKey: queryKeys.list(ws, CONTRACTS, params),
    queryFn: ({ signal }) =>
      api
        .get<ListResponse<ContractSummary>>(wsPath(ws, CONTRACTS), { signal, query: params })
        .then((r) => r.items),
  });
}

/** A KPI target a contract sets, dated by its version and phase (GET /contract-targets). */
export interface ContractTargetItem extends ContractTarget {
  readonly contractId: string;
  readonly contractName: string;
}

/** The targets the contracts set: the dashboards judge by these first. */
export function useContractTargets(ws: string) {
  return useQuery({
    queryKey: queryKeys.list(ws, 'contract-targets'),
    queryFn: ({ signal }) =>
      api
        .get<ListResponse<ContractTargetItem>>(wsPath(ws, 'contract-targets'), { signal })
        .then((r) => r.items),
  });
}

/** Idle while there is no id (a new contract). */
export function useContract(ws: string, id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.item(ws, CONTRACTS, id ?? ''),
    queryFn: ({ signal }) => api.get<ContractRecord>(wsPath(ws, CONTRACTS, id ?? ''), { signal }),
    enabled: Boolean(id),
  });
}

/** Create (POST) or replace the whole document (PUT). */
export function useSaveContract(ws: string) {
  return useWorkspaceMutation(ws, ({ id, document }: { id?: string; document: ContractDocument }) =>
    id
      ? api.put<ContractRecord>(wsPath(ws, CONTRACTS, id), document)
      : api.post<ContractRecord>(wsPath(ws, CONTRACTS), document),
  );
}

export interface AmendmentInput {
  readonly effectiveFrom: string;
  readonly reason: string;
  readonly phases: readonly unknown[];
}

/** Appends a version (an amendment); the versions before it stay as signed. */
export function useAmendContract(ws: string) {
  return useWorkspaceMutation(ws, ({ id, amendment }: { id: string; amendment: AmendmentInput }) =>
    api.post<ContractRecord>(wsPath(ws, CONTRACTS, id, 'versions'), amendment),
  );
}

export const useDeleteContract = (ws: string) => useDeleteResource(ws, CONTRACTS);

/** The months of a contract that have data, with their totals and invoice. */
export function useStatements(ws: string, contractId: string, range: { from?: string; to?: string } = {}) {
  const params: Record<string, string> = { contractId };
  if (range.from) params.from = range.from;
  if (range.to) params.to = range.to;
  return useQuery({
    queryKey: queryKeys.list(ws, 'statements', params),
    queryFn: ({ signal }) =>
      api
        .get<ListResponse<StatementMonth>>(wsPath(ws, CONTRACTS, contractId, 'statements'), {
          signal,
          query: { from: range.from, to: range.to },
        })
        .then((r) => r.items),
    enabled: Boolean(contractId),
  });
}

export function useStatement(ws: string, contractId: string, month: string) {
  return useQuery({
    queryKey: queryKeys.item(ws, 'statements', `${contractId}/${month}`),
    queryFn: ({ signal }) =>
      api.get<StatementDetail>(wsPath(ws, CONTRACTS, contractId, 'statements', month), { signal }),
    enabled: Boolean(contractId && month),
  });
}

/** A plain link: the session cookie goes with it and the browser downloads the file. */
export function statementExportHref(
  ws: string,
  contractId: string,
  month: string,
  format: StatementExportFormat,
  lang: 'fr' | 'en',
): string {
  const query = new URLSearchParams({ format, lang });
  return `${wsPath(ws, CONTRACTS, contractId, 'statements', month, 'export')}?${query.toString()}`;
}

/** What a vendor's statements read from stored data, month by month (for the editor's preview). */
export function useMonthActuals(ws: string, vendorId: string | null, from: string, to: string) {
  const params = { vendorId: vendorId ?? '', from, to };
  return useQuery({
    queryKey: queryKeys.list(ws, 'month-actuals', params),
    queryFn: ({ signal }) =>
      api
        .get<ListResponse<MonthActualsItem>>(wsPath(ws, 'vendors', vendorId ?? '', 'month-actuals'), {
          signal,
          query: { from, to },
        })
        .then((r) => r.items),
    enabled: Boolean(vendorId && from && to && from <= to),
  });
}

export function useMonthInputs(ws: string, vendorId: string, from: string, to: string) {
  const params = { vendorId, from, to };
  return useQuery({
    queryKey: queryKeys.list(ws, 'month-inputs', params),
    queryFn: ({ signal }) =>
      api
        .get<ListResponse<MonthInputRecord>>(wsPath(ws, 'vendors', vendorId, 'month-inputs'), {
          signal,
          query: { from, to },
        })
        .then((r) => r.items),
    enabled: Boolean(vendorId && from && to),
  });
}

/** Hours, FTE, outcomes and forecast of a month; the statements that read them refresh. */
export function useSaveMonthInput(ws: string) {
  return useWorkspaceMutation(
    ws,
    ({ vendorId, month, input }: { vendorId: string; month: string; input: MonthInput }) =>
      api.put<MonthInputRecord>(wsPath(ws, 'vendors', vendorId, 'month-inputs', month), input),
  );
}
