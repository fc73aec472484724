import type { Activity, ActivityInput } from '@vigie/core';
import { useDeleteResource, useResourceItem, useResourceList, useSaveResource } from './crud';

export const useActivities = (ws: string) => useResourceList<Activity>(ws, 'activities');
export const useActivity = (ws: string, id: string | undefined) =>
  useResourceItem<Activity>(ws, 'activities', id);
export const useSaveActivity = (ws: string) => useSaveResource<Activity, ActivityInput>(ws, 'activities');
export const useDeleteActivity = (ws: string) => useDeleteResource(ws, 'activities');
