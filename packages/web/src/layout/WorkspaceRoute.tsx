import { useEffect, useMemo } from 'react';
import { Navigate, useParams } from 'react-router';
import { useMe } from '../api/me';
import { Loading } from '../components/Loading';
import { rememberWorkspace, WorkspaceContext, type WorkspaceContextValue } from '../hooks/workspace';
import { AppLayout } from './AppLayout';

/** `/w/:workspaceId/*`: checks the membership and provides it to the pages. */
export function WorkspaceRoute() {
  const { workspaceId = '' } = useParams();
  const { data: me } = useMe();
  const membership = me?.memberships.find((m) => m.workspaceId === workspaceId);
  useEffect(() => {
    if (membership) rememberWorkspace(membership.workspaceId);
  }, [membership]);
  const value = useMemo<WorkspaceContextValue | null>(
    () => (me && membership ? { me, membership, workspaceId } : null),
    [me, membership, workspaceId],
  );
  if (!me) return <Loading fullPage />;
  if (!value) return <Navigate to="/" replace />;
  return (
    <WorkspaceContext value={value}>
      <AppLayout />
    </WorkspaceContext>
  );
}
