import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../api/imports';
import { formatNumber, formatPercent } from '../../format';

/** How far the server has read the file: bytes for the bar, rows for the reader. */
export function ImportProgress({ job, label }: { readonly job: ImportJob; readonly label: string }) {
  const { t } = useTranslation();
  const ratio = job.bytesTotal > 0 ? Math.min(1, job.bytesRead / job.bytesTotal) : 0;
  return (
    <Stack gap="xs" role="status" aria-live="polite">
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Progress value={ratio * 100} animated size="lg" aria-label={label} />
      <Text size="sm" c="dimmed">
        {t('imports.progress.read', {
          percent: formatPercent(ratio, 0),
          rows: formatNumber(job.rowsRead),
        })}
      </Text>
    </Stack>
  );
}
