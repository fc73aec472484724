/** Paths of the analysis pages inside the workspace (give them to useWsHref). */
const seg = encodeURIComponent;

export const analysisPaths = {
  runs: () => 'analysis',
  run: (runId: string) => `analysis/runs/${seg(runId)}`,
  practice: (runId: string, ruleId: string) => `analysis/runs/${seg(runId)}/practices/${seg(ruleId)}`,
  call: (runId: string, transcriptId: string, ruleId?: string | null) =>
    `analysis/runs/${seg(runId)}/calls/${seg(transcriptId)}${ruleId ? `?rule=${seg(ruleId)}` : ''}`,
  libraries: () => 'analysis/libraries',
  library: (libraryId: string) => `analysis/libraries/${seg(libraryId)}`,
};
