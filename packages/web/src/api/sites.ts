import type { Site, SiteInput } from '@vigie/core';
import { useDeleteResource, useResourceItem, useResourceList, useSaveResource } from './crud';

export const useSites = (ws: string) => useResourceList<Site>(ws, 'sites');
export const useSite = (ws: string, id: string | undefined) => useResourceItem<Site>(ws, 'sites', id);
export const useSaveSite = (ws: string) => useSaveResource<Site, SiteInput>(ws, 'sites');
export const useDeleteSite = (ws: string) => useDeleteResource(ws, 'sites');
