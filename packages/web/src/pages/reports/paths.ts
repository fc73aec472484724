/** Paths of the feedback report pages inside the workspace (give them to useWsHref). */
export const reportPaths = {
  list: () => 'reports',
  report: (reportId: string) => `reports/${encodeURIComponent(reportId)}`,
};
