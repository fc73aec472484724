import { Table, Text } from '@mantine/core';
import type { FeedbackReport } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../format';
import { formatPoints, formatShare } from '../../analysis/shared/figures';
import { Section } from '../../analysis/shared/Section';

/** The good practices the vendor's best agents do more than the others: what to generalise. */
export function BestPractices({ rows }: { readonly rows: FeedbackReport['bestPractices'] }) {
  const { t } = useTranslation();
  const first = rows[0];
  return (
    <Section id="report-best-practices" title={t('reports.appendix.bestPractices')}>
      {first ? (
        <Table.ScrollContainer minWidth={640}>
          <Table data-testid="best-practices" striped>
            <Table.Caption ta="left">
              {t('reports.appendix.bestHint', {
                best: formatNumber(first.bestAgents),
                others: formatNumber(first.otherAgents),
              })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('analysis.figures.practice')}</Table.Th>
                <Table.Th ta="right">{t('reports.appendix.bestAgents')}</Table.Th>
                <Table.Th ta="right">{t('reports.appendix.otherAgents')}</Table.Th>
                <Table.Th ta="right">{t('analysis.figures.difference')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.practiceId} data-practice-id={row.practiceId}>
                  <Table.Td>{row.label}</Table.Td>
                  <Table.Td ta="right" fw={600}>
                    {formatShare(row.bestAgentsRate)}
                  </Table.Td>
                  <Table.Td ta="right">{formatShare(row.othersRate)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('analysis.figures.points', { value: formatPoints(row.difference) })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text size="sm" c="dimmed">
          {t('reports.appendix.noBest')}
        </Text>
      )}
    </Section>
  );
}
