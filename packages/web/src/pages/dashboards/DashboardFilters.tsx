import { Group, Select, Stack, Text } from '@mantine/core';
import { CHANNELS } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { useActivities } from '../../api/activities';
import { NameFilter } from '../../components/NameFilter';
import { enumOptions } from '../../components/options';
import { formatDate } from '../../format';
import type { SearchParamFilter } from '../../hooks/useSearchParamFilter';
import { useWorkspace } from '../../hooks/workspace';
import { PeriodPicker } from './period/PeriodPicker';
import type { DashboardPeriod } from './period/useDashboardPeriod';
import { ALL_CHANNELS } from './useDashboardScope';

interface DashboardFiltersProps {
  readonly period: DashboardPeriod;
  readonly activity: SearchParamFilter;
  readonly channel: SearchParamFilter;
}

/** The period, activity and channel every figure of the page is computed on. */
export function DashboardFilters({ period, activity, channel }: DashboardFiltersProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const activities = useActivities(workspaceId);
  return (
    <Stack gap={4}>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <PeriodPicker state={period} />
        <NameFilter
          label={t('dashboards.activity')}
          placeholder={t('dashboards.allActivities')}
          items={activities.data ?? []}
          filter={activity}
          width={240}
        />
        <Select
          label={t('dashboards.channel')}
          data={[
            ...enumOptions(t, 'channel', CHANNELS),
            { value: ALL_CHANNELS, label: t('dashboards.allChannels') },
          ]}
          value={channel.value ?? 'phone'}
          onChange={(v) => channel.set(v === 'phone' ? null : v)}
          allowDeselect={false}
          w={180}
        />
      </Group>
      {period.reference ? (
        <Text size="xs" c="dimmed">
          {t('dashboards.period.reference', { date: formatDate(period.reference, 'long') })}
        </Text>
      ) : null}
    </Stack>
  );
}
