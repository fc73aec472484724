import { useMemo } from 'react';
import { useRun } from '../../../api/analysis';
import { useVendors } from '../../../api/vendors';
import { compareText } from '../../../format';

/** A vendor a report may be drafted for, with its calls in the run (null when not known). */
export interface RunVendor {
  readonly id: string;
  readonly name: string;
  readonly calls: number | null;
}

const BY_VENDOR = ['vendor'] as const;

/**
 * The vendors with calls in a finished run, from its figures by vendor; every vendor of the
 * workspace while those are not known (the server then says when a vendor has no call in it).
 */
export function useRunVendors(workspaceId: string, runId: string | null, known?: readonly RunVendor[]) {
  const vendors = useVendors(workspaceId);
  const detail = useRun(workspaceId, known ? '' : (runId ?? ''), BY_VENDOR);
  const options = useMemo<readonly RunVendor[]>(() => {
    if (known) return known;
    const name = new Map((vendors.data ?? []).map((v) => [v.id, v.name]));
    const groups = detail.data?.stats?.groups.filter((g) => g.dimension === 'vendor' && g.key !== null);
    if (groups && groups.length > 0)
      return groups
        .filter((g) => g.calls > 0)
        .map((g) => ({ id: g.key ?? '', name: name.get(g.key ?? '') ?? g.key ?? '', calls: g.calls }))
        .sort((a, b) => compareText(a.name, b.name));
    return (vendors.data ?? [])
      .map((v) => ({ id: v.id, name: v.name, calls: null }))
      .sort((a, b) => compareText(a.name, b.name));
  }, [known, vendors.data, detail.data]);
  return {
    options,
    pending: !known && (vendors.isPending || (Boolean(runId) && detail.isPending)),
    runFilterVendor: detail.data?.run.filter.vendorId ?? null,
  };
}
