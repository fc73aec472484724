import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnalysisRun } from '../../../api/analysis';
import { formatDateTime, formatNumber } from '../../../format';
import { useWsHref } from '../../../hooks/workspace';
import { useLang } from '../shared/labels';
import { analysisPaths } from '../shared/paths';
import { filterSummary } from './filterSummary';
import { RunStatusCell } from './RunStatusCell';

interface RunsTableProps {
  readonly runs: readonly AnalysisRun[];
  readonly vendorName: (id: string) => string;
  readonly activityName: (id: string) => string;
}

/** The analyses, newest first: what ran over which calls, and how far it is. */
export function RunsTable({ runs, vendorName, activityName }: RunsTableProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const href = useWsHref();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table data-testid="runs-table" verticalSpacing="sm">
        <Table.Caption ta="left">{t('analysis.runs.count', { count: runs.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('analysis.runs.columns.name')}</Table.Th>
            <Table.Th>{t('analysis.runs.columns.library')}</Table.Th>
            <Table.Th>{t('analysis.runs.columns.scope')}</Table.Th>
            <Table.Th ta="right">{t('analysis.runs.columns.calls')}</Table.Th>
            <Table.Th>{t('analysis.runs.columns.status')}</Table.Th>
            <Table.Th>{t('analysis.runs.columns.started')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => (
            <Table.Tr key={run.id}>
              <Table.Td>
                <Anchor component={Link} to={href(analysisPaths.run(run.id))} fw={600}>
                  {run.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{run.libraryName[lang]}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {filterSummary(t, run.filter, { vendor: vendorName, activity: activityName })}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{formatNumber(run.callsTotal)}</Table.Td>
              <Table.Td>
                <RunStatusCell run={run} />
              </Table.Td>
              <Table.Td>{formatDateTime(run.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
