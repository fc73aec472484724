import { SimpleGrid } from '@mantine/core';
import type { CallStats } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import type { AnalysisRun } from '../../../api/analysis';
import { formatDateTime, formatNumber } from '../../../format';
import { DASH, formatSeconds } from '../shared/figures';
import { Stat } from '../shared/Stat';

/** The run's headline: the reader's calls in it, their handle time, when it ran. */
export function RunSummary({ run, stats }: { readonly run: AnalysisRun; readonly stats: CallStats }) {
  const { t } = useTranslation();
  const all = stats.groups.find((g) => g.dimension === 'all');
  const handle = all?.handleSeconds ?? 0;
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" data-testid="run-summary">
      <Stat
        label={t('analysis.run.calls')}
        hint={
          stats.calls !== run.callsTotal
            ? t('analysis.run.ofRun', { total: formatNumber(run.callsTotal) })
            : undefined
        }
      >
        {formatNumber(stats.calls)}
      </Stat>
      <Stat label={t('analysis.run.handleTime')}>{formatSeconds(handle)}</Stat>
      <Stat label={t('analysis.run.meanDuration')}>
        {stats.calls > 0 ? formatSeconds(handle / stats.calls) : DASH}
      </Stat>
      <Stat label={t('analysis.run.finished')}>{run.finishedAt ? formatDateTime(run.finishedAt) : DASH}</Stat>
    </SimpleGrid>
  );
}
