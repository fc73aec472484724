import { useMutation, useQuery } from '@tanstack/react-query';
import type { Invitation, InvitationInput, Role } from '@vigie/core';
import { api, wsPath } from './client';
import { useResourceList, useWorkspaceMutation } from './crud';
import { queryKeys } from './keys';

export const useInvitations = (ws: string) => useResourceList<Invitation>(ws, 'invitations');

export interface CreatedInvitation {
  readonly invitation: Invitation;
  /** shown once: the link the invited person opens */
  readonly acceptUrl: string;
}

export function useCreateInvitation(ws: string) {
  return useWorkspaceMutation(ws, (input: InvitationInput) =>
    api.post<CreatedInvitation>(wsPath(ws, 'invitations'), input),
  );
}

export function useRevokeInvitation(ws: string) {
  return useWorkspaceMutation(ws, (invitationId: string) =>
    api.delete(wsPath(ws, 'invitations', invitationId)),
  );
}

export interface InvitationInfo {
  readonly email: string;
  readonly workspaceName: string;
  readonly role: Role;
  readonly vendorName: string | null;
}

const tokenPath = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;

export function useInvitationInfo(token: string) {
  return useQuery({
    queryKey: queryKeys.invitation(token),
    queryFn: ({ signal }) => api.get<InvitationInfo>(tokenPath(token), { signal, authRedirect: false }),
    retry: false,
  });
}

export function useAcceptInvitation(token: string) {
  return useMutation({
    mutationFn: (input: { name: string; password: string }) =>
      api.post(`${tokenPath(token)}/accept`, input, { authRedirect: false }),
  });
}
