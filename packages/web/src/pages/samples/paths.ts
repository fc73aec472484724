/** Paths of the sample pages inside the workspace (give them to useWsHref). */
export const samplePaths = {
  list: () => 'samples',
  create: () => 'samples/new',
  plan: (planId: string) => `samples/${encodeURIComponent(planId)}`,
};
