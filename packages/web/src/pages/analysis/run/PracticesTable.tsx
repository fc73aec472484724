import { Anchor, Group, Table, Text } from '@mantine/core';
import type { LibraryRule, PracticeStats } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPercent } from '../../../format';
import { useWsHref } from '../../../hooks/workspace';
import { DASH, formatCount, formatInterval, formatMean, formatSeconds, formatShare } from '../shared/figures';
import { PolarityMark } from '../shared/PolarityMark';
import { analysisPaths } from '../shared/paths';

interface PracticesTableProps {
  readonly runId: string;
  readonly practices: readonly PracticeStats[];
  readonly rules: readonly LibraryRule[];
  readonly labelOf: (id: string) => string;
  readonly testId?: string;
}

/** A theme's practices over all the reader's calls, each leading to its own page. */
export function PracticesTable({ runId, practices, rules, labelOf, testId }: PracticesTableProps) {
  const { t } = useTranslation();
  const href = useWsHref();
  const costless = (id: string) => (rules.find((r) => r.id === id)?.cost ?? 'none') === 'none';
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table data-testid={testId} striped highlightOnHover layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="30%">{t('analysis.figures.practice')}</Table.Th>
            <Table.Th ta="right">{t('analysis.figures.share')}</Table.Th>
            <Table.Th ta="right" w="15%">
              {t('analysis.figures.interval')}
            </Table.Th>
            <Table.Th ta="right">{t('analysis.figures.calls')}</Table.Th>
            <Table.Th ta="right">{t('analysis.figures.hitsPerCall')}</Table.Th>
            <Table.Th ta="right">{t('analysis.figures.secondsPerCall')}</Table.Th>
            <Table.Th ta="right">{t('analysis.figures.shareOfHandleTime')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {practices.map((p) => {
            const free = costless(p.practiceId);
            return (
              <Table.Tr key={p.practiceId} data-practice-id={p.practiceId}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <PolarityMark polarity={p.polarity} />
                    <Anchor component={Link} to={href(analysisPaths.practice(runId, p.practiceId))} size="sm">
                      {labelOf(p.practiceId)}
                    </Anchor>
                  </Group>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" fw={600} span>
                    {formatShare(p.calls.value)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="xs" c="dimmed" span style={{ whiteSpace: 'nowrap' }}>
                    {formatInterval(p.calls.interval)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatCount(p.calls)}</Table.Td>
                <Table.Td ta="right">{formatMean(p.hitsPerCall, 1)}</Table.Td>
                <Table.Td ta="right">{free ? DASH : formatSeconds(p.secondsPerCall.value)}</Table.Td>
                <Table.Td ta="right">
                  {free || p.shareOfHandleTime.value === null
                    ? DASH
                    : formatPercent(p.shareOfHandleTime.value, 2)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
