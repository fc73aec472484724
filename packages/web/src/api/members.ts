import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Member, Role } from '@vigie/core';
import { api, wsPath } from './client';
import { useResourceList } from './crud';
import { queryKeys } from './keys';

export const useMembers = (ws: string, enabled = true) => useResourceList<Member>(ws, 'members', {}, enabled);

export interface MemberUpdate {
  readonly role: Role;
  readonly vendorId: string | null;
}

export function useUpdateMember(ws: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, update }: { userId: string; update: MemberUpdate }) =>
      api.patch<Member>(wsPath(ws, 'members', userId), update),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.workspace(ws) }),
  });
}

export function useRemoveMember(ws: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api.delete(wsPath(ws, 'members', userId)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.workspace(ws) }),
  });
}

export function useResetPassword(ws: string) {
  return useMutation({
    mutationFn: ({ userId, password }: { userId: string; password: string }) =>
      api.post(wsPath(ws, 'members', userId, 'password'), { password }),
  });
}
