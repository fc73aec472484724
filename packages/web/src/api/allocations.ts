import type { Allocation, AllocationInput } from '@vigie/core';
import { useDeleteResource, useResourceItem, useResourceList, useSaveResource } from './crud';

export const useAllocations = (ws: string) => useResourceList<Allocation>(ws, 'allocations');
export const useAllocation = (ws: string, id: string | undefined) =>
  useResourceItem<Allocation>(ws, 'allocations', id);
export const useSaveAllocation = (ws: string) =>
  useSaveResource<Allocation, AllocationInput>(ws, 'allocations');
export const useDeleteAllocation = (ws: string) => useDeleteResource(ws, 'allocations');
