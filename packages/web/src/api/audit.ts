import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEvent } from '@vigie/core';
import { api, wsPath } from './client';
import { queryKeys } from './keys';

export interface AuditPage {
  readonly items: AuditEvent[];
  readonly nextBefore: string | null;
}

export interface AuditFilters {
  readonly entity?: string;
  readonly action?: string;
  readonly actorUserId?: string;
  /** days, YYYY-MM-DD, inclusive */
  readonly from?: string;
  readonly to?: string;
}

export const AUDIT_PAGE_SIZE = 50;

export function useAuditLog(ws: string, filters: AuditFilters) {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(filters)) if (v) params[k] = v;
  return useInfiniteQuery({
    queryKey: queryKeys.list(ws, 'audit', params),
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api.get<AuditPage>(wsPath(ws, 'audit'), {
        signal,
        query: { ...params, limit: AUDIT_PAGE_SIZE, before: pageParam },
      }),
    getNextPageParam: (last) => last.nextBefore,
    placeholderData: keepPreviousData,
  });
}
