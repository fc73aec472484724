import { Anchor, Table, Text } from '@mantine/core';
import type { GroupStats } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWsHref } from '../../../hooks/workspace';
import { formatCount, formatInterval, formatShare } from '../shared/figures';
import { analysisPaths } from '../shared/paths';

interface ReactionsTableProps {
  readonly runId: string;
  readonly reactions: GroupStats['reactions'];
  readonly labelOf: (id: string) => string;
}

/** How often customers react so, over all the reader's calls. */
export function ReactionsTable({ runId, reactions, labelOf }: ReactionsTableProps) {
  const { t } = useTranslation();
  const href = useWsHref();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table data-testid="reactions-table" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('analysis.figures.reaction')}</Table.Th>
            <Table.Th ta="right">{t('analysis.figures.share')}</Table.Th>
            <Table.Th ta="right">{t('analysis.figures.interval')}</Table.Th>
            <Table.Th ta="right">{t('analysis.figures.calls')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reactions.map((r) => (
            <Table.Tr key={r.reactionId}>
              <Table.Td>
                <Anchor component={Link} to={href(analysisPaths.practice(runId, r.reactionId))} size="sm">
                  {labelOf(r.reactionId)}
                </Anchor>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" fw={600} span>
                  {formatShare(r.calls.value)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="xs" c="dimmed" span style={{ whiteSpace: 'nowrap' }}>
                  {formatInterval(r.calls.interval)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{formatCount(r.calls)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
