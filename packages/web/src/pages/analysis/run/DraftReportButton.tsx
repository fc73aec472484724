import type { CallStats } from '@vigie/core';
import type { AnalysisRun } from '../../../api/analysis';
import { useCan } from '../../../hooks/workspace';
import { NewReportButton } from '../../reports/new/NewReportButton';

/**
 * "Draft a feedback report" on a finished run, for the client's analysts: the vendors offered are
 * those with calls in the run.
 */
export function DraftReportButton({
  run,
  stats,
  vendorName,
}: {
  readonly run: AnalysisRun;
  readonly stats: CallStats | null;
  readonly vendorName: (id: string) => string;
}) {
  const canCreate = useCan()('create', 'report');
  if (!canCreate || run.status !== 'done' || !stats || stats.calls === 0) return null;
  const vendors = stats.groups
    .filter((g) => g.dimension === 'vendor' && g.key !== null && g.calls > 0)
    .map((g) => ({ id: g.key ?? '', name: vendorName(g.key ?? ''), calls: g.calls }));
  return (
    <NewReportButton
      run={{ id: run.id, vendors, ...(run.filter.vendorId ? { vendorId: run.filter.vendorId } : {}) }}
    />
  );
}
