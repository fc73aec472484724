import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnalysisRun } from '../../../api/analysis';
import { formatNumber, formatPercent } from '../../../format';

/** How far a running analysis has gone: a bar and the calls done. */
export function RunProgress({
  run,
  size = 'sm',
}: {
  readonly run: AnalysisRun;
  readonly size?: 'sm' | 'lg';
}) {
  const { t } = useTranslation();
  const ratio = run.callsTotal > 0 ? Math.min(1, run.callsDone / run.callsTotal) : 0;
  const label = t('analysis.runs.progress', {
    done: formatNumber(run.callsDone),
    total: formatNumber(run.callsTotal),
    percent: formatPercent(ratio, 0),
  });
  return (
    <Stack gap={4} role="status" aria-live="polite" miw={160}>
      <Progress value={ratio * 100} animated size={size} aria-label={label} data-testid="run-progress" />
      <Group gap={4}>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
      </Group>
    </Stack>
  );
}
