import { Badge, Table, Text, Tooltip } from '@mantine/core';
import type { ReportReaction } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import {
  DASH,
  formatCount,
  formatPoints,
  formatPointsInterval,
  formatPValue,
  formatShare,
} from '../../analysis/shared/figures';

const SIGNIFICANT = 0.05;

/** Each customer reaction after the practice against calls without it: the gap, its interval, its test. */
export function FindingReactions({ reactions }: { readonly reactions: readonly ReportReaction[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table data-testid="finding-reactions" striped fz="sm" captionSide="top">
        <Table.Caption ta="left">{t('reports.finding.reactions')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('analysis.figures.reaction')}</Table.Th>
            <Table.Th ta="right">{t('analysis.practice.after')}</Table.Th>
            <Table.Th ta="right">{t('analysis.practice.without')}</Table.Th>
            <Table.Th ta="right">{t('analysis.figures.difference')}</Table.Th>
            <Table.Th ta="right">{t('analysis.figures.differenceInterval')}</Table.Th>
            <Table.Th ta="right">{t('analysis.figures.pValue')}</Table.Th>
            <Table.Th>{t('analysis.figures.test')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reactions.map(({ reactionId, label, comparison: c }) => {
            const significant = c.pValue !== null && c.pValue < SIGNIFICANT;
            return (
              <Table.Tr key={reactionId} data-reaction-id={reactionId}>
                <Table.Td>{label}</Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" fw={600}>
                    {formatShare(c.first.value)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatCount(c.first)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{formatShare(c.second.value)}</Text>
                  <Text size="xs" c="dimmed">
                    {formatCount(c.second)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" fw={significant ? 700 : 400} style={{ whiteSpace: 'nowrap' }}>
                  {c.difference === null
                    ? DASH
                    : t('analysis.figures.points', { value: formatPoints(c.difference) })}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text size="xs" c="dimmed" span>
                    {formatPointsInterval(c.interval)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {significant ? (
                    <Tooltip label={t('analysis.practice.significant')}>
                      <Badge color="grape" variant="light">
                        {formatPValue(c.pValue)}
                      </Badge>
                    </Tooltip>
                  ) : (
                    formatPValue(c.pValue)
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs">
                    {c.test ? t(`analysis.tests.${c.test}`) : t('analysis.practice.noComparison')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
