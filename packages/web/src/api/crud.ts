import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type ListResponse, wsPath } from './client';
import { queryKeys } from './keys';

export type OrgResource = 'vendors' | 'sites' | 'activities' | 'allocations';

/** `GET /api/workspaces/{ws}/{resource}` → its items. */
export function useResourceList<T>(
  workspaceId: string,
  resource: string,
  params: Readonly<Record<string, string>> = {},
  enabled = true,
) {
  return useQuery({
    queryKey: queryKeys.list(workspaceId, resource, params),
    queryFn: ({ signal }) =>
      api.get<ListResponse<T>>(wsPath(workspaceId, resource), { signal, query: params }).then((r) => r.items),
    enabled,
  });
}

/** `GET /api/workspaces/{ws}/{resource}/{id}`; idle while there is no id. */
export function useResourceItem<T>(workspaceId: string, resource: OrgResource, id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.item(workspaceId, resource, id ?? ''),
    queryFn: ({ signal }) => api.get<T>(wsPath(workspaceId, resource, id ?? ''), { signal }),
    enabled: Boolean(id),
  });
}

export interface SaveVariables<I> {
  /** set to replace (PUT), absent to create (POST) */
  readonly id?: string | undefined;
  readonly input: I;
}

/** Create (POST) or replace (PUT) one resource, then refresh the workspace's data. */
export function useSaveResource<T, I>(workspaceId: string, resource: OrgResource) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: SaveVariables<I>) =>
      id
        ? api.put<T>(wsPath(workspaceId, resource, id), input)
        : api.post<T>(wsPath(workspaceId, resource), input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.workspace(workspaceId) }),
  });
}

export function useDeleteResource(workspaceId: string, resource: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(wsPath(workspaceId, resource, id)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.workspace(workspaceId) }),
  });
}
