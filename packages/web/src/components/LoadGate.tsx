import type { ReactNode } from 'react';
import { Loading } from './Loading';
import { QueryError } from './QueryError';

/** What LoadGate needs of a query (TanStack Query's result fits). */
export interface LoadState {
  readonly isPending: boolean;
  readonly isError: boolean;
  readonly error: unknown;
  readonly refetch: () => unknown;
}

interface LoadGateProps {
  readonly loads: readonly LoadState[];
  /** rendered once every load has succeeded */
  readonly children: () => ReactNode;
}

/** The first failure with a retry button, else a loader while any load is pending, else the content. */
export function LoadGate({ loads, children }: LoadGateProps) {
  const failed = loads.find((l) => l.isError);
  if (failed) return <QueryError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (loads.some((l) => l.isPending)) return <Loading />;
  return children();
}
