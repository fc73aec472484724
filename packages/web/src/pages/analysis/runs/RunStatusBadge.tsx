import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RunStatus } from '../../../api/analysis';

const COLORS: Readonly<Record<RunStatus, string>> = { running: 'blue', done: 'teal', failed: 'red' };

export function RunStatusBadge({ status }: { readonly status: RunStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} data-status={status}>
      {t(`analysis.status.${status}`)}
    </Badge>
  );
}
