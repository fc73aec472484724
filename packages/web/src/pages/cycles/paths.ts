/** Paths of the coaching cycle pages inside the workspace (give them to useWsHref). */
export const cyclePaths = {
  list: () => 'cycles',
  cycle: (cycleId: string) => `cycles/${encodeURIComponent(cycleId)}`,
};
