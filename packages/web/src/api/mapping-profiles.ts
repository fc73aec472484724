import { useMutation, useQuery } from '@tanstack/react-query';
import type { MappingDefinition, RecordFormat } from '@vigie/core';
import { api, wsPath } from './client';
import { useResourceList, useWorkspaceMutation } from './crud';
import { queryKeys } from './keys';

/**
 * A saved column mapping: its definition, defaults filled in, plus its record fields
 * (docs/kpi-api.md, Mapping profiles). The definition itself is what POST and PUT take.
 */
export type MappingProfile = MappingDefinition & {
  readonly id: string;
  readonly workspaceId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
};

/** The first records of an uploaded sample, as `POST /mapping-profiles/sample` reads them. */
export interface MappingSample {
  readonly format: RecordFormat;
  /** CSV only: the delimiter the server found on the first line */
  readonly delimiter?: string;
  readonly columns: readonly string[];
  readonly records: readonly Readonly<Record<string, string>>[];
}

const PROFILES = 'mapping-profiles';

export const useMappingProfiles = (ws: string, enabled = true) =>
  useResourceList<MappingProfile>(ws, PROFILES, {}, enabled);

export function useMappingProfile(ws: string, id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.item(ws, PROFILES, id ?? ''),
    queryFn: ({ signal }) => api.get<MappingProfile>(wsPath(ws, PROFILES, id ?? ''), { signal }),
    enabled: Boolean(id),
  });
}

export function useSaveMappingProfile(ws: string) {
  return useWorkspaceMutation(
    ws,
    ({ id, definition }: { id?: string | undefined; definition: MappingDefinition }) =>
      id
        ? api.put<MappingProfile>(wsPath(ws, PROFILES, id), definition)
        : api.post<MappingProfile>(wsPath(ws, PROFILES), definition),
  );
}

export function useDeleteMappingProfile(ws: string) {
  return useWorkspaceMutation(ws, (id: string) => api.delete(wsPath(ws, PROFILES, id)));
}

/** Reads a sample file on the server; nothing is stored, so nothing to refetch afterwards. */
export function useReadSample(ws: string) {
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.set('file', file);
      return api.post<MappingSample>(wsPath(ws, PROFILES, 'sample'), form);
    },
  });
}
