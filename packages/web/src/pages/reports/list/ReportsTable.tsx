import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FeedbackReportRecord } from '../../../api/reports';
import { formatDateTime, formatNumber } from '../../../format';
import { useWsHref } from '../../../hooks/workspace';
import { DASH } from '../../analysis/shared/figures';
import { reportPaths } from '../paths';
import { ReportStatusBadge } from '../shared/ReportStatusBadge';

/** When and by whom: the date, the e-mail under it. */
function Signed({ at, by }: { readonly at: string | null; readonly by: string | null }) {
  if (!at) return <Text size="sm">{DASH}</Text>;
  return (
    <Stack gap={0}>
      <Text size="sm">{formatDateTime(at)}</Text>
      {by ? (
        <Text size="xs" c="dimmed">
          {by}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The feedback reports, newest first: to whom, what, how far along. */
export function ReportsTable({ reports }: { readonly reports: readonly FeedbackReportRecord[] }) {
  const { t } = useTranslation();
  const href = useWsHref();
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table data-testid="reports-table" verticalSpacing="sm">
        <Table.Caption ta="left">{t('reports.list.count', { count: reports.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reports.columns.vendor')}</Table.Th>
            <Table.Th>{t('reports.columns.title')}</Table.Th>
            <Table.Th>{t('reports.columns.status')}</Table.Th>
            <Table.Th ta="right">{t('reports.columns.calls')}</Table.Th>
            <Table.Th>{t('reports.columns.focusTheme')}</Table.Th>
            <Table.Th>{t('reports.columns.created')}</Table.Th>
            <Table.Th>{t('reports.columns.published')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((report) => {
            const doc = report.document;
            return (
              <Table.Tr key={report.id} data-report-id={report.id}>
                <Table.Td>{doc.vendor.name}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={href(reportPaths.report(report.id))} fw={600}>
                    {doc.title || t('reports.report.untitled')}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <ReportStatusBadge status={report.status} />
                </Table.Td>
                <Table.Td ta="right">{formatNumber(doc.calls)}</Table.Td>
                <Table.Td>
                  {doc.focusTheme ? (
                    t(`analysis.themes.${doc.focusTheme}`)
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('reports.report.noFocus')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Signed at={report.createdAt} by={report.createdBy} />
                </Table.Td>
                <Table.Td>
                  <Signed at={report.publishedAt} by={report.publishedBy} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
