import { type Action, can, type Resource } from '@vigie/core';
import { createContext, useCallback, useContext } from 'react';
import type { Me, Membership } from '../api/me';

export interface WorkspaceContextValue {
  readonly me: Me;
  readonly membership: Membership;
  readonly workspaceId: string;
}

export const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

/** The workspace of the current /w/:workspaceId route and the user's membership in it. */
export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace must be used under a workspace route');
  return value;
}

/** May the current user do this in the current workspace? (core's policy, for hiding buttons) */
export function useCan(): (action: Action, resource: Resource) => boolean {
  const { membership } = useWorkspace();
  return useCallback(
    (action, resource) => can({ role: membership.role }, action, resource),
    [membership.role],
  );
}

/** Which of a list page's create, edit and delete buttons the current user gets. */
export function useRights(resource: Resource) {
  const allowed = useCan();
  return {
    canCreate: allowed('create', resource),
    canUpdate: allowed('update', resource),
    canDelete: allowed('delete', resource),
  };
}

/** Builds links inside the current workspace: wsHref('vendors/new') → '/w/ws1/vendors/new'. */
export function useWsHref(): (subPath: string) => string {
  const { workspaceId } = useWorkspace();
  return useCallback((subPath) => `/w/${encodeURIComponent(workspaceId)}/${subPath}`, [workspaceId]);
}

export const LAST_WORKSPACE_KEY = 'vigie.workspace';

export function rememberWorkspace(workspaceId: string): void {
  try {
    localStorage.setItem(LAST_WORKSPACE_KEY, workspaceId);
  } catch {
    // storage unavailable: nothing to remember
  }
}

export function lastWorkspace(): string | null {
  try {
    return localStorage.getItem(LAST_WORKSPACE_KEY);
  } catch {
    return null;
  }
}
