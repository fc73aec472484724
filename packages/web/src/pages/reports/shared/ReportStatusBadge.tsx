import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '../../../api/reports';

const COLORS: Readonly<Record<ReportStatus, string>> = { draft: 'gray', published: 'teal' };

/** Draft (the client's analysts only) or published (read and answered by the vendor). */
export function ReportStatusBadge({ status }: { readonly status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} data-status={status} data-testid="report-status">
      {t(`reports.status.${status}`)}
    </Badge>
  );
}
