import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CoachingCycle } from '../../../api/cycles';
import { formatDate } from '../../../format';
import { useWsHref } from '../../../hooks/workspace';
import { cyclePaths } from '../paths';
import { CycleStateBadge } from '../shared/CycleStateBadge';
import { cycleState } from '../shared/cycleState';

/** A cycle of the timeline, a link to its page: number, theme, dates and where it stands. */
export function CycleCard({ cycle }: { readonly cycle: CoachingCycle }) {
  const { t } = useTranslation();
  const href = useWsHref();
  const state = cycleState(cycle);
  return (
    <Paper
      component={Link}
      to={href(cyclePaths.cycle(cycle.id))}
      withBorder
      p="sm"
      radius="md"
      // Mantine's focus ring, as its buttons and links show it
      className="mantine-focus-auto"
      style={{
        display: 'block',
        minWidth: '13rem',
        height: '100%',
        color: 'inherit',
        textDecoration: 'none',
      }}
      data-testid="cycle-card"
      data-cycle-id={cycle.id}
      data-state={state}
    >
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text fw={700}>{t('cycles.cycle.number', { number: cycle.number })}</Text>
          <CycleStateBadge state={state} />
        </Group>
        <Text size="sm">{t(`analysis.themes.${cycle.focusTheme}`)}</Text>
        <Text size="xs" c="dimmed">
          {t('cycles.dates', { start: formatDate(cycle.startsOn), end: formatDate(cycle.endsOn) })}
        </Text>
      </Stack>
    </Paper>
  );
}
