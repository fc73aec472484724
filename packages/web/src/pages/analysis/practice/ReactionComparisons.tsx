import { Badge, Table, Text, Tooltip } from '@mantine/core';
import type { ReactionAfterPractice } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import {
  formatCount,
  formatPoints,
  formatPointsInterval,
  formatPValue,
  formatShare,
} from '../shared/figures';

interface ReactionComparisonsProps {
  readonly reactions: readonly ReactionAfterPractice[];
  readonly labelOf: (id: string) => string;
  /** a title above the table (a report's finding has several tables) */
  readonly caption?: string;
  readonly testId?: string;
}

const SIGNIFICANT = 0.05;

/** Each customer reaction after the practice, against calls without it: the difference and its test. */
export function ReactionComparisons({
  reactions,
  labelOf,
  caption,
  testId = 'reaction-comparisons',
}: ReactionComparisonsProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table data-testid={testId} striped captionSide="top">
        {caption ? <Table.Caption ta="left">{caption}</Table.Caption> : null}
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
          {reactions.map(({ reactionId, comparison: c }) => {
            const significant = c.pValue !== null && c.pValue < SIGNIFICANT;
            return (
              <Table.Tr key={reactionId} data-reaction-id={reactionId}>
                <Table.Td>{labelOf(reactionId)}</Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" fw={600} span>
                    {formatShare(c.first.value)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatCount(c.first)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" span>
                    {formatShare(c.second.value)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatCount(c.second)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" fw={significant ? 700 : 400} style={{ whiteSpace: 'nowrap' }}>
                  {c.difference === null
                    ? '—'
                    : t('analysis.figures.points', { value: formatPoints(c.difference) })}
                </Table.Td>
                <Table.Td ta="right">
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
