import { useQuery } from '@tanstack/react-query';
import type { Library } from '@vigie/core';
import { api, type ListResponse, wsPath } from './client';
import { useDeleteResource, useWorkspaceMutation } from './crud';
import { queryKeys } from './keys';

/** Practice libraries: the shipped ones (fr, en; read-only) and the workspace's copies. */

const LIBRARIES = 'libraries';

export interface LibrarySummary {
  /** `fr` and `en` for the shipped libraries, the server's id for a workspace copy */
  readonly id: string;
  readonly builtIn: boolean;
  readonly name: string;
  readonly language: string;
  /** the shipped library it was copied from */
  readonly basedOn: string | null;
  readonly ruleCount: number;
  readonly updatedAt: string | null;
}

export interface LibraryRecord extends LibrarySummary {
  readonly library: Library;
}

export function useLibraries(ws: string) {
  return useQuery({
    queryKey: queryKeys.list(ws, LIBRARIES),
    queryFn: ({ signal }) =>
      api.get<ListResponse<LibrarySummary>>(wsPath(ws, LIBRARIES), { signal }).then((r) => r.items),
  });
}

export function useLibrary(ws: string, id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.item(ws, LIBRARIES, id ?? ''),
    queryFn: ({ signal }) => api.get<LibraryRecord>(wsPath(ws, LIBRARIES, id ?? ''), { signal }),
    enabled: Boolean(id),
  });
}

/** Fetches one library once (to copy it). */
export function fetchLibrary(ws: string, id: string): Promise<LibraryRecord> {
  return api.get<LibraryRecord>(wsPath(ws, LIBRARIES, id));
}

/** A new workspace library (a copy of a shipped one); 422 names every broken rule. */
export function useCreateLibrary(ws: string) {
  return useWorkspaceMutation(ws, (v: { library: Library; basedOn: string | null }) =>
    api.post<LibraryRecord>(wsPath(ws, LIBRARIES), v),
  );
}

/** Replaces a workspace library; 422 issues sit at ['rules', i, 'rule'] with the line and column. */
export function useSaveLibrary(ws: string) {
  return useWorkspaceMutation(ws, (v: { id: string; library: Library }) =>
    api.put<LibraryRecord>(wsPath(ws, LIBRARIES, v.id), { library: v.library }),
  );
}

export const useDeleteLibrary = (ws: string) => useDeleteResource(ws, LIBRARIES);
