import type { Vendor, VendorInput } from '@vigie/core';
import { useDeleteResource, useResourceItem, useResourceList, useSaveResource } from './crud';

export const useVendors = (ws: string) => useResourceList<Vendor>(ws, 'vendors');
export const useVendor = (ws: string, id: string | undefined) => useResourceItem<Vendor>(ws, 'vendors', id);
export const useSaveVendor = (ws: string) => useSaveResource<Vendor, VendorInput>(ws, 'vendors');
export const useDeleteVendor = (ws: string) => useDeleteResource(ws, 'vendors');
