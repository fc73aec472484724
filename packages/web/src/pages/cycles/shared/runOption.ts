import type { TFunction } from 'i18next';
import type { AnalysisRun } from '../../../api/analysis';
import { formatDateTime, formatNumber } from '../../../format';

/** A finished run as a choice: its name, when it finished, how many calls. */
export function runOption(t: TFunction, run: AnalysisRun): string {
  return t('cycles.runOption', {
    name: run.name,
    date: formatDateTime(run.finishedAt ?? run.createdAt),
    count: run.callsTotal,
    formatted: formatNumber(run.callsTotal),
  });
}
