import { Badge, Button, Group, Stack, Title } from '@mantine/core';
import { IconChartPie, IconPlus } from '@tabler/icons-react';
import type { Activity, Allocation } from '@vigie/core';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useActivities } from '../../api/activities';
import { useAllocations, useDeleteAllocation } from '../../api/allocations';
import { useSites } from '../../api/sites';
import { useVendors } from '../../api/vendors';
import { CreateButton } from '../../components/CreateButton';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ListPage } from '../../components/ListPage';
import { NameFilter } from '../../components/NameFilter';
import { enumLabel } from '../../components/options';
import { compareText } from '../../format';
import { useDeleteConfirmation } from '../../hooks/useDeleteConfirmation';
import { useSearchParamFilter } from '../../hooks/useSearchParamFilter';
import { useRights, useWorkspace, useWsHref } from '../../hooks/workspace';
import { AllocationCard, periodText } from './AllocationCard';

export function AllocationsPage() {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const { canCreate, canUpdate, canDelete } = useRights('allocation');
  const href = useWsHref();
  const allocations = useAllocations(workspaceId);
  const activities = useActivities(workspaceId);
  const vendors = useVendors(workspaceId);
  const sites = useSites(workspaceId);
  const activityFilter = useSearchParamFilter('activity');

  const vendorMap = useMemo(() => new Map((vendors.data ?? []).map((v) => [v.id, v])), [vendors.data]);
  const siteMap = useMemo(() => new Map((sites.data ?? []).map((s) => [s.id, s])), [sites.data]);
  const activityMap = useMemo(
    () => new Map((activities.data ?? []).map((a) => [a.id, a])),
    [activities.data],
  );
  const deletion = useDeleteConfirmation<Allocation>(useDeleteAllocation(workspaceId), {
    title: t('allocations.deleteTitle'),
    question: (allocation) =>
      t('allocations.deleteConfirm', {
        activity: activityMap.get(allocation.activityId)?.name ?? '',
        period: periodText(t, allocation),
      }),
    deleted: () => t('allocations.deleted'),
    failed: t('allocations.deleteFailed'),
  });
  const groups = useMemo(() => {
    const byActivity = new Map<string, Allocation[]>();
    for (const a of allocations.data ?? []) {
      if (activityFilter.value && a.activityId !== activityFilter.value) continue;
      byActivity.set(a.activityId, [...(byActivity.get(a.activityId) ?? []), a]);
    }
    return [...byActivity.entries()]
      .map(([activityId, items]) => ({
        activity: activityMap.get(activityId),
        activityId,
        items: items.sort((x, y) => y.validFrom.localeCompare(x.validFrom)),
      }))
      .sort((x, y) => compareText(x.activity?.name ?? '', y.activity?.name ?? ''));
  }, [allocations.data, activityMap, activityFilter.value]);

  const newHref = (activityId?: string | null) =>
    href(activityId ? `allocations/new?activity=${encodeURIComponent(activityId)}` : 'allocations/new');
  const createButton = canCreate ? (
    <CreateButton to={newHref(activityFilter.value)} label={t('allocations.create')} />
  ) : null;

  const missing = (activities.data ?? []).length === 0 || (vendors.data ?? []).length === 0;
  return (
    <ListPage
      title={t('allocations.title')}
      description={t('allocations.intro')}
      loads={[allocations, activities, vendors, sites]}
      items={allocations.data}
      createButton={createButton}
      empty={
        <EmptyBlock
          icon={<IconChartPie size={28} />}
          title={t('allocations.emptyTitle')}
          description={
            !canCreate
              ? t('common.emptyReadOnly')
              : missing
                ? t('allocations.needBoth')
                : t('allocations.emptyText')
          }
          action={
            !canCreate ? null : missing ? (
              <Group>
                <Button component={Link} to={href('activities/new')} variant="light">
                  {t('activities.create')}
                </Button>
                <Button component={Link} to={href('vendors/new')} variant="light">
                  {t('vendors.create')}
                </Button>
              </Group>
            ) : (
              createButton
            )
          }
        />
      }
      deletion={deletion}
    >
      {() => (
        <Stack gap="xl">
          <NameFilter
            label={t('allocations.fields.activity')}
            placeholder={t('allocations.allActivities')}
            items={activities.data ?? []}
            filter={activityFilter}
            width={320}
          />
          {groups.map(({ activity, activityId, items }) => (
            <ActivityGroup
              key={activityId}
              activity={activity}
              newTo={canCreate ? newHref(activityId) : undefined}
            >
              {items.map((a) => (
                <AllocationCard
                  key={a.id}
                  allocation={a}
                  vendors={vendorMap}
                  sites={siteMap}
                  editTo={canUpdate ? href(`allocations/${encodeURIComponent(a.id)}/edit`) : undefined}
                  onDelete={canDelete ? () => deletion.ask(a) : undefined}
                />
              ))}
            </ActivityGroup>
          ))}
          {groups.length === 0 ? (
            <EmptyBlock
              icon={<IconChartPie size={28} />}
              title={t('allocations.noneForActivity')}
              action={createButton}
            />
          ) : null}
        </Stack>
      )}
    </ListPage>
  );
}

interface ActivityGroupProps {
  readonly activity: Activity | undefined;
  readonly newTo: string | undefined;
  readonly children: ReactNode;
}

function ActivityGroup({ activity, newTo, children }: ActivityGroupProps) {
  const { t } = useTranslation();
  const name = activity?.name ?? t('allocations.unknownActivity');
  return (
    <section aria-label={name}>
      <Group justify="space-between" mb="xs" gap="xs">
        <Group gap="xs">
          <Title order={2} size="h4">
            {name}
          </Title>
          {activity ? <Badge variant="light">{enumLabel(t, 'channel', activity.channel)}</Badge> : null}
        </Group>
        {newTo ? (
          <Button
            component={Link}
            to={newTo}
            size="compact-sm"
            variant="subtle"
            leftSection={<IconPlus size={14} aria-hidden />}
          >
            {t('allocations.addPeriod')}
          </Button>
        ) : null}
      </Group>
      <Stack gap="sm">{children}</Stack>
    </section>
  );
}
