import { useMutation } from '@tanstack/react-query';
import type { Member, Role } from '@vigie/core';
import { api, wsPath } from './client';
import { useResourceList, useWorkspaceMutation } from './crud';

export const useMembers = (ws: string, enabled = true) => useResourceList<Member>(ws, 'members', {}, enabled);

export interface MemberUpdate {
  readonly role: Role;
  readonly vendorId: string | null;
}

export function useUpdateMember(ws: string) {
  return useWorkspaceMutation(ws, ({ userId, update }: { userId: string; update: MemberUpdate }) =>
    api.patch<Member>(wsPath(ws, 'members', userId), update),
  );
}

export function useRemoveMember(ws: string) {
  return useWorkspaceMutation(ws, (userId: string) => api.delete(wsPath(ws, 'members', userId)));
}

export function useResetPassword(ws: string) {
  return useMutation({
    mutationFn: ({ userId, password }: { userId: string; password: string }) =>
      api.post(wsPath(ws, 'members', userId, 'password'), { password }),
  });
}
