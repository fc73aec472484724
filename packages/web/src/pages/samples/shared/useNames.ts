import { useMemo } from 'react';
import { useActivities } from '../../../api/activities';
import { useSites } from '../../../api/sites';
import { useVendors } from '../../../api/vendors';

/** How the sample pages name a vendor, site or activity id (the id itself when unknown). */
export interface Names {
  readonly vendor: (id: string) => string;
  readonly site: (id: string) => string;
  readonly activity: (id: string) => string;
}

/** The workspace's vendors, sites and activities, as names by id, and the queries behind them. */
export function useNames(workspaceId: string) {
  const vendors = useVendors(workspaceId);
  const sites = useSites(workspaceId);
  const activities = useActivities(workspaceId);
  const names = useMemo<Names>(() => {
    const index = (items: readonly { id: string; name: string }[] | undefined) => {
      const map = new Map((items ?? []).map((i) => [i.id, i.name]));
      return (id: string) => map.get(id) ?? id;
    };
    return { vendor: index(vendors.data), site: index(sites.data), activity: index(activities.data) };
  }, [vendors.data, sites.data, activities.data]);
  return { names, loads: [vendors, sites, activities] as const, vendors, sites, activities };
}
