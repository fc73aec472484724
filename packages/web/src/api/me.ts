import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@vigie/core';
import { api } from './client';
import { queryKeys } from './keys';

export interface Membership {
  readonly workspaceId: string;
  readonly workspaceName: string;
  readonly role: Role;
  readonly vendorId: string | null;
  readonly vendorName: string | null;
}

export interface Me {
  readonly user: { readonly id: string; readonly email: string; readonly name: string };
  readonly memberships: readonly Membership[];
}

/** The signed-in user; a 401 sends the user to /sign-in unless `authRedirect` is false. */
export function useMe(authRedirect = true) {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => api.get<Me>('/api/me', { signal, authRedirect }),
    staleTime: 60_000,
  });
}

export interface Credentials {
  readonly email: string;
  readonly password: string;
}

export function signIn(credentials: Credentials): Promise<unknown> {
  return api.post('/api/auth/sign-in/email', credentials, { authRedirect: false });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: async () => {
      queryClient.removeQueries();
      await queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/auth/sign-out', {}, { authRedirect: false }),
    onSettled: () => queryClient.clear(),
  });
}
