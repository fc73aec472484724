import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { VendorTimeline } from '../shared/cycleState';
import { CycleCard } from './CycleCard';
import { ThemeTrack } from './ThemeTrack';

/** One vendor: its six themes (achieved, next focus), then its cycles in order, oldest first. */
export function VendorTimelineRow({ row }: { readonly row: VendorTimeline }) {
  const { t } = useTranslation();
  const titleId = `vendor-timeline-${row.vendorId}`;
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={titleId}
      data-testid="vendor-timeline"
      data-vendor-id={row.vendorId}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" align="baseline">
          <Title order={2} size="h4" id={titleId}>
            {row.name}
          </Title>
          <Text size="sm" c="dimmed">
            {t('cycles.list.cycleCount', { count: row.cycles.length })}
          </Text>
        </Group>
        <ThemeTrack achieved={row.achieved} nextFocus={row.nextFocus} inProgress={row.current !== null} />
        {row.cycles.length > 0 ? (
          <Group
            component="ol"
            gap="xs"
            align="stretch"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
            aria-label={t('cycles.list.cyclesOf', { vendor: row.name })}
          >
            {row.cycles.map((cycle, i) => (
              <Fragment key={cycle.id}>
                {i > 0 ? (
                  <IconChevronRight
                    size={18}
                    aria-hidden
                    style={{ alignSelf: 'center', color: 'var(--mantine-color-dimmed)' }}
                  />
                ) : null}
                <li>
                  <CycleCard cycle={cycle} />
                </li>
              </Fragment>
            ))}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
