/**
 * What the import wizard has chosen so far, carried in the history state when the user leaves
 * it to create a mapping from the chosen file and comes back with that mapping. A File
 * survives the history state (it is structured-cloneable), so the file need not be picked twice.
 */
export interface ImportDraft {
  readonly file: File | null;
  readonly vendorId: string | null;
  readonly activityId: string | null;
}

/** The draft in a location's state, if the previous screen left one. */
export function draftFromState(state: unknown): ImportDraft | null {
  if (typeof state !== 'object' || state === null || !('draft' in state)) return null;
  const draft = (state as { draft: unknown }).draft;
  if (typeof draft !== 'object' || draft === null) return null;
  const { file, vendorId, activityId } = draft as Record<string, unknown>;
  return {
    file: file instanceof File ? file : null,
    vendorId: typeof vendorId === 'string' ? vendorId : null,
    activityId: typeof activityId === 'string' ? activityId : null,
  };
}
