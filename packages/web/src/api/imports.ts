import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportIssue, Interaction } from '@vigie/core';
import { api, type ListResponse, wsPath } from './client';
import { useWorkspaceMutation } from './crud';
import { queryKeys } from './keys';

/** The four formats the server reads without a saved mapping (docs/kpi-api.md, Imports). */
export const BUILT_IN_PROFILES = ['vigie', 'anonymous-bank', 'asterisk-cdr', 'amazon-connect'] as const;

export const IMPORT_MODES = ['all_or_nothing', 'quarantine'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export type ImportStatus = 'running' | 'previewed' | 'completed' | 'rejected' | 'failed';

/** One import (dry run or stored), as `POST /imports` and `GET /imports/{id}` answer it. */
export interface ImportJob {
  readonly id: string;
  readonly fileName: string;
  /** a built-in profile name or the id of a saved mapping profile */
  readonly profile: string;
  readonly mode: ImportMode;
  readonly dryRun: boolean;
  readonly status: ImportStatus;
  readonly bytesTotal: number;
  readonly bytesRead: number;
  /** records read so far (valid + rejected) */
  readonly rowsRead: number;
  readonly rowsValid: number;
  readonly rowsImported: number;
  readonly rowsDuplicate: number;
  /** rows with an error: quarantined in quarantine mode */
  readonly rowsRejected: number;
  readonly warnings: number;
  readonly errors: number;
  /** the first interactions as parsed */
  readonly preview: readonly Interaction[];
  readonly problems: readonly ImportIssue[];
  readonly createdBy: string;
  readonly createdAt: string;
  readonly finishedAt: string | null;
}

interface ImportRequest {
  readonly file: File;
  readonly profile: string;
  readonly vendorId: string | null;
  readonly activityId: string | null;
  readonly dryRun: boolean;
  readonly mode: ImportMode;
}

const IMPORTS = 'imports';

/** The imports, newest first; refreshed every few seconds while one of them is still running. */
export function useImports(ws: string) {
  return useQuery({
    queryKey: queryKeys.list(ws, IMPORTS),
    queryFn: ({ signal }) =>
      api.get<ListResponse<ImportJob>>(wsPath(ws, IMPORTS), { signal }).then((r) => r.items),
    refetchInterval: (query) => (query.state.data?.some((job) => job.status === 'running') ? 3000 : false),
  });
}

/** Polls an import about twice a second while the server is still reading the file. */
export function useImport(ws: string, id: string | null) {
  return useQuery({
    queryKey: queryKeys.item(ws, IMPORTS, id ?? ''),
    queryFn: ({ signal }) => api.get<ImportJob>(wsPath(ws, IMPORTS, id ?? ''), { signal }),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 500 : false),
  });
}

/**
 * Starts an import (or its dry run). The answer seeds the polled query, so the progress bar
 * shows at once instead of after the first poll.
 */
export function useStartImport(ws: string) {
  const queryClient = useQueryClient();
  return useWorkspaceMutation(ws, async (input: ImportRequest) => {
    const form = new FormData();
    form.set('file', input.file);
    form.set('profile', input.profile);
    if (input.vendorId) form.set('vendorId', input.vendorId);
    if (input.activityId) form.set('activityId', input.activityId);
    form.set('dryRun', String(input.dryRun));
    form.set('mode', input.mode);
    const job = await api.post<ImportJob>(wsPath(ws, IMPORTS), form);
    queryClient.setQueryData(queryKeys.item(ws, IMPORTS, job.id), job);
    return job;
  });
}

/** Stores a previewed dry run from the upload the server kept. */
export function useCommitImport(ws: string) {
  const queryClient = useQueryClient();
  return useWorkspaceMutation(ws, async ({ id, mode }: { id: string; mode: ImportMode }) => {
    const job = await api.post<ImportJob>(wsPath(ws, IMPORTS, id, 'commit'), { mode });
    queryClient.setQueryData(queryKeys.item(ws, IMPORTS, job.id), job);
    return job;
  });
}

/** Every problem of an import as CSV; a plain link, the session cookie goes with it. */
export function problemsCsvHref(ws: string, id: string): string {
  return wsPath(ws, IMPORTS, id, 'problems.csv');
}
