import { Outlet } from 'react-router';
import { isApiError } from '../api/client';
import { useMe } from '../api/me';
import { Loading } from '../components/Loading';
import { QueryError } from '../components/QueryError';

/** Everything below needs a session; a 401 on /api/me sends the user to /sign-in. */
export function RequireAuth() {
  const me = useMe();
  if (me.isPending) return <Loading fullPage />;
  if (me.isError) {
    if (isApiError(me.error) && me.error.status === 401) return <Loading fullPage />;
    return (
      <div style={{ padding: 24 }}>
        <QueryError error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  return <Outlet />;
}
