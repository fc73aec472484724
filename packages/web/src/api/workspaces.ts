import { useQuery } from '@tanstack/react-query';
import type { Workspace } from '@vigie/core';
import { api, wsPath } from './client';
import { queryKeys } from './keys';

export function useWorkspaceDetails(workspaceId: string) {
  return useQuery({
    queryKey: [...queryKeys.workspace(workspaceId), 'details'],
    queryFn: ({ signal }) => api.get<Workspace>(wsPath(workspaceId), { signal }),
    staleTime: 5 * 60_000,
  });
}
