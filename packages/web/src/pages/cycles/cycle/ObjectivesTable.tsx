import { Stack, Table, Text } from '@mantine/core';
import type { Proportion } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import {
  formatCount,
  formatPoints,
  formatPointsInterval,
  formatPValue,
  formatShare,
} from '../../analysis/shared/figures';
import type { ObjectiveView } from '../shared/objectiveViews';
import { ObjectiveBadges } from './ObjectiveBadges';
import { objectiveText } from './objectiveText';

/** A rate with its k / n under it. */
function Rate({ rate }: { readonly rate: Proportion | null }) {
  const { t } = useTranslation();
  if (!rate)
    return (
      <Text size="sm" c="dimmed">
        {t('cycles.objectives.noFigure')}
      </Text>
    );
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {formatShare(rate.value)}
      </Text>
      <Text size="xs" c="dimmed">
        {t('cycles.objectives.calls', { calls: formatCount(rate) })}
      </Text>
    </Stack>
  );
}

/** Each objective: the practice, the target, its rate before and after, the change and its test. */
export function ObjectivesTable({
  views,
  measured,
}: {
  readonly views: readonly ObjectiveView[];
  readonly measured: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table data-testid="objectives-table" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cycles.objectives.practice')}</Table.Th>
            <Table.Th>{t('cycles.objectives.objective')}</Table.Th>
            <Table.Th>{t('cycles.objectives.before')}</Table.Th>
            <Table.Th>{t('cycles.objectives.after')}</Table.Th>
            <Table.Th>{t('cycles.objectives.change')}</Table.Th>
            <Table.Th>{t('cycles.objectives.result')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {views.map((view) => {
            const change = view.progress?.change ?? null;
            return (
              <Table.Tr key={view.objective.practiceId} data-practice-id={view.objective.practiceId}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {view.label}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{objectiveText(t, view.objective)}</Text>
                </Table.Td>
                <Table.Td>
                  <Rate rate={view.before} />
                </Table.Td>
                <Table.Td>
                  {measured ? (
                    <Rate rate={view.after} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('cycles.objectives.awaiting')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {change && change.difference !== null ? (
                    <Stack gap={0}>
                      <Text size="sm" fw={600}>
                        {t('cycles.objectives.points', { points: formatPoints(change.difference) })}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('cycles.objectives.interval', { interval: formatPointsInterval(change.interval) })}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('cycles.objectives.pValue', {
                          p: formatPValue(change.pValue),
                          test: change.test ? t(`cycles.tests.${change.test}`) : '',
                        })}
                      </Text>
                    </Stack>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {measured ? t('cycles.objectives.noBaseline') : '—'}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{view.progress ? <ObjectiveBadges progress={view.progress} /> : null}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
