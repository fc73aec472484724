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

/** A change to the workspace's data; once done, whatever is cached about the workspace is refetched. */
export function useWorkspaceMutation<V, R>(workspaceId: string, mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.workspace(workspaceId) }),
  });
}

/** Create (POST) or replace (PUT) one resource. */
export function useSaveResource<T, I>(workspaceId: string, resource: OrgResource) {
  return useWorkspaceMutation(workspaceId, ({ id, input }: SaveVariables<I>) =>
    id
      ? api.put<T>(wsPath(workspaceId, resource, id), input)
      : api.post<T>(wsPath(workspaceId, resource), input),
  );
}

export function useDeleteResource(workspaceId: string, resource: string) {
  return useWorkspaceMutation(workspaceId, (id: string) => api.delete(wsPath(workspaceId, resource, id)));
}
