import { Button, Grid, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleGroupFigures } from '../../../api/analysis';
import { formatNumber } from '../../../format';
import { DASH, formatCount, formatInterval, formatMean, formatSeconds, formatShare } from '../shared/figures';
import { IntervalBars } from './IntervalBars';

interface GroupSharesProps {
  readonly groups: readonly RuleGroupFigures[];
  /** the name of a group (vendor or agent) */
  readonly nameOf: (key: string | null) => string;
  /** header of the first column: "Vendor", "Agent" */
  readonly groupLabel: string;
  readonly chartLabel: string;
  readonly color: string;
  /** the practice costs no time: no seconds column */
  readonly costless: boolean;
  readonly testId: string;
  /** rows shown before "show all" */
  readonly limit?: number;
}

export const shareOf = (g: RuleGroupFigures) => g.practice?.calls ?? g.reaction?.calls ?? null;

/** A practice's share of calls in each group: bars with intervals, and the table with n. */
export function GroupShares({
  groups,
  nameOf,
  groupLabel,
  chartLabel,
  color,
  costless,
  testId,
  limit = 15,
}: GroupSharesProps) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const sorted = [...groups].sort((a, b) => (shareOf(b)?.value ?? -1) - (shareOf(a)?.value ?? -1));
  const shown = all ? sorted : sorted.slice(0, limit);
  const rows = shown.flatMap((g) => {
    const share = shareOf(g);
    return share ? [{ key: g.key ?? '', label: nameOf(g.key), share }] : [];
  });
  const practice = groups.some((g) => g.practice);
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 5 }}>
        <IntervalBars rows={rows} label={chartLabel} color={color} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Table.ScrollContainer minWidth={520}>
          <Table data-testid={testId} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{groupLabel}</Table.Th>
                <Table.Th ta="right">{t('analysis.figures.share')}</Table.Th>
                <Table.Th ta="right">{t('analysis.figures.interval')}</Table.Th>
                <Table.Th ta="right">{t('analysis.figures.calls')}</Table.Th>
                {practice ? <Table.Th ta="right">{t('analysis.figures.hitsPerCall')}</Table.Th> : null}
                {practice && !costless ? (
                  <Table.Th ta="right">{t('analysis.figures.secondsPerCall')}</Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((g) => {
                const share = shareOf(g);
                return (
                  <Table.Tr key={g.key ?? ''} data-group-key={g.key ?? ''}>
                    <Table.Td>{nameOf(g.key)}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {formatShare(share?.value)}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="xs" c="dimmed" span style={{ whiteSpace: 'nowrap' }}>
                        {formatInterval(share?.interval)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{share ? formatCount(share) : formatNumber(g.calls)}</Table.Td>
                    {practice ? (
                      <Table.Td ta="right">{formatMean(g.practice?.hitsPerCall, 1)}</Table.Td>
                    ) : null}
                    {practice && !costless ? (
                      <Table.Td ta="right">
                        {g.practice ? formatSeconds(g.practice.secondsPerCall.value) : DASH}
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {sorted.length > limit ? (
          <Button variant="subtle" size="xs" mt="xs" onClick={() => setAll(!all)}>
            {all ? t('analysis.run.showFewer') : t('analysis.practice.showAll', { count: sorted.length })}
          </Button>
        ) : null}
      </Grid.Col>
    </Grid>
  );
}
