import { useQuery } from '@tanstack/react-query';
import type { Target, TargetInput } from '@vigie/core';
import { api, wsPath } from './client';
import { type SaveVariables, useDeleteResource, useResourceList, useWorkspaceMutation } from './crud';
import { queryKeys } from './keys';

/** KPI targets per vendor and activity (`/targets`, docs/kpi-api.md). */
export const useTargets = (ws: string) => useResourceList<Target>(ws, 'targets');

/** Idle while there is no id (the create form). */
export function useTarget(ws: string, id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.item(ws, 'targets', id ?? ''),
    queryFn: ({ signal }) => api.get<Target>(wsPath(ws, 'targets', id ?? ''), { signal }),
    enabled: Boolean(id),
  });
}

/** Create (POST) or replace (PUT); the dashboards' met/missed badges refresh with the workspace's cache. */
export function useSaveTarget(ws: string) {
  return useWorkspaceMutation(ws, ({ id, input }: SaveVariables<TargetInput>) =>
    id ? api.put<Target>(wsPath(ws, 'targets', id), input) : api.post<Target>(wsPath(ws, 'targets'), input),
  );
}

export const useDeleteTarget = (ws: string) => useDeleteResource(ws, 'targets');
