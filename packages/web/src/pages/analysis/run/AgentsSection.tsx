import { Anchor, Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { AgentRanking } from '@vigie/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../../format';
import { useWsHref } from '../../../hooks/workspace';
import { DASH, formatPoints, formatPValue, formatShare } from '../shared/figures';
import { PolarityMark } from '../shared/PolarityMark';
import { analysisPaths } from '../shared/paths';

const SHOWN = 12;

const score = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatNumber(Math.abs(v), 2)}`;

interface AgentsSectionProps {
  readonly runId: string;
  readonly ranking: AgentRanking;
  readonly labelOf: (id: string) => string;
}

/** The agents ranked by their practices, and what sets the best quarter apart. */
export function AgentsSection({ runId, ranking, labelOf }: AgentsSectionProps) {
  const { t } = useTranslation();
  const href = useWsHref();
  const [all, setAll] = useState(false);
  const ranked = all ? ranking.ranked : ranking.ranked.slice(0, SHOWN);
  const best = ranking.bestAgents;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('analysis.run.agentsRanked')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('analysis.run.agentScoreHint', { min: ranking.minCalls })}
        </Text>
        {ranking.ranked.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('analysis.run.noRankedAgents')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table data-testid="agents-table" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th ta="right">{t('analysis.run.rank')}</Table.Th>
                  <Table.Th>{t('analysis.run.agent')}</Table.Th>
                  <Table.Th ta="right">{t('analysis.figures.n')}</Table.Th>
                  <Table.Th ta="right">{t('analysis.run.score')}</Table.Th>
                  <Table.Th ta="right">{t('analysis.figures.interval')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ranked.map((a) => (
                  <Table.Tr key={a.agent}>
                    <Table.Td ta="right">{a.rank}</Table.Td>
                    <Table.Td>{a.agent}</Table.Td>
                    <Table.Td ta="right">{formatNumber(a.n)}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {score(a.score)}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Text size="xs" c="dimmed" span>
                        {a.interval ? `${score(a.interval.low)} … ${score(a.interval.high)}` : DASH}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Group gap="sm">
          {ranking.ranked.length > SHOWN ? (
            <Button variant="subtle" size="xs" onClick={() => setAll(!all)}>
              {all
                ? t('analysis.run.showFewer')
                : t('analysis.run.showAllAgents', { count: ranking.ranked.length })}
            </Button>
          ) : null}
          {ranking.tooFewCalls.length > 0 ? (
            <Text size="xs" c="dimmed">
              {t('analysis.run.tooFewCalls', { count: ranking.tooFewCalls.length, min: ranking.minCalls })}
            </Text>
          ) : null}
        </Group>
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('analysis.run.bestAgents')}
        </Title>
        {best ? (
          <>
            <Text size="xs" c="dimmed">
              {t('analysis.run.bestAgentsHint', {
                agents: best.agents.join(', '),
                others: best.otherAgents,
                tested: best.tested,
              })}
            </Text>
            {best.practices.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('analysis.run.noDistinguishing')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={480}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('analysis.figures.practice')}</Table.Th>
                      <Table.Th ta="right">{t('analysis.run.best')}</Table.Th>
                      <Table.Th ta="right">{t('analysis.run.others')}</Table.Th>
                      <Table.Th ta="right">{t('analysis.figures.difference')}</Table.Th>
                      <Table.Th ta="right">{t('analysis.figures.pValue')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {best.practices.map((p) => (
                      <Table.Tr key={p.practiceId}>
                        <Table.Td>
                          <Group gap={6} wrap="nowrap">
                            <PolarityMark polarity={p.polarity} />
                            <Anchor
                              component={Link}
                              to={href(analysisPaths.practice(runId, p.practiceId))}
                              size="sm"
                            >
                              {labelOf(p.practiceId)}
                            </Anchor>
                          </Group>
                        </Table.Td>
                        <Table.Td ta="right">{formatShare(p.comparison.first.value)}</Table.Td>
                        <Table.Td ta="right">{formatShare(p.comparison.second.value)}</Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {t('analysis.figures.points', { value: formatPoints(p.comparison.difference) })}
                        </Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {formatPValue(p.comparison.pValue)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('analysis.run.noBestAgents')}
          </Text>
        )}
      </Stack>
    </SimpleGrid>
  );
}
