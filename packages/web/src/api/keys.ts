/** Query keys: everything of a workspace sits under ['ws', id] so one invalidation refreshes it. */
export const queryKeys = {
  me: ['me'] as const,
  workspace: (ws: string) => ['ws', ws] as const,
  list: (ws: string, resource: string, params: Readonly<Record<string, string>> = {}) =>
    ['ws', ws, resource, 'list', params] as const,
  item: (ws: string, resource: string, id: string) => ['ws', ws, resource, 'item', id] as const,
  invitation: (token: string) => ['invitation', token] as const,
};
