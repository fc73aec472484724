import { Badge, Button, Group, Select, Stack, Title } from '@mantine/core';
import { IconChartPie, IconPlus } from '@tabler/icons-react';
import type { Activity, Allocation } from '@vigie/core';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useActivities } from '../../api/activities';
import { useAllocations, useDeleteAllocation } from '../../api/allocations';
import { useSites } from '../../api/sites';
import { useVendors } from '../../api/vendors';
import { ConfirmModal } from '../../components/ConfirmModal';
import { EmptyBlock } from '../../components/EmptyBlock';
import { Loading } from '../../components/Loading';
import { enumLabel, nameOptions } from '../../components/options';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { compareText } from '../../format';
import { notifyDeleteError, notifySuccess } from '../../forms/errors';
import { useCan, useWorkspace, useWsHref } from '../../hooks/workspace';
import { AllocationCard, periodText } from './AllocationCard';

export function AllocationsPage() {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const allowed = useCan();
  const href = useWsHref();
  const allocations = useAllocations(workspaceId);
  const activities = useActivities(workspaceId);
  const vendors = useVendors(workspaceId);
  const sites = useSites(workspaceId);
  const remove = useDeleteAllocation(workspaceId);
  const [params, setParams] = useSearchParams();
  const activityFilter = params.get('activity');
  const [toDelete, setToDelete] = useState<Allocation | null>(null);

  const vendorMap = useMemo(() => new Map((vendors.data ?? []).map((v) => [v.id, v])), [vendors.data]);
  const siteMap = useMemo(() => new Map((sites.data ?? []).map((s) => [s.id, s])), [sites.data]);
  const activityMap = useMemo(
    () => new Map((activities.data ?? []).map((a) => [a.id, a])),
    [activities.data],
  );
  const groups = useMemo(() => {
    const byActivity = new Map<string, Allocation[]>();
    for (const a of allocations.data ?? []) {
      if (activityFilter && a.activityId !== activityFilter) continue;
      byActivity.set(a.activityId, [...(byActivity.get(a.activityId) ?? []), a]);
    }
    return [...byActivity.entries()]
      .map(([activityId, items]) => ({
        activity: activityMap.get(activityId),
        activityId,
        items: items.sort((x, y) => y.validFrom.localeCompare(x.validFrom)),
      }))
      .sort((x, y) => compareText(x.activity?.name ?? '', y.activity?.name ?? ''));
  }, [allocations.data, activityMap, activityFilter]);

  const canCreate = allowed('create', 'allocation');
  const canUpdate = allowed('update', 'allocation');
  const canDelete = allowed('delete', 'allocation');
  const newHref = (activityId?: string | null) =>
    href(activityId ? `allocations/new?activity=${encodeURIComponent(activityId)}` : 'allocations/new');
  const createButton = canCreate ? (
    <Button component={Link} to={newHref(activityFilter)} leftSection={<IconPlus size={16} aria-hidden />}>
      {t('allocations.create')}
    </Button>
  ) : null;

  const confirmDelete = () => {
    if (!toDelete) return;
    remove.mutate(toDelete.id, {
      onSuccess: () => notifySuccess(t('allocations.deleted')),
      onError: (error) => notifyDeleteError(t, error, t('allocations.deleteFailed')),
      onSettled: () => setToDelete(null),
    });
  };

  const loads = [allocations, activities, vendors, sites];
  const failed = loads.find((l) => l.isError);
  let body: ReactNode;
  if (failed) body = <QueryError error={failed.error} onRetry={() => void failed.refetch()} />;
  else if (loads.some((l) => l.isPending)) body = <Loading />;
  else if ((allocations.data ?? []).length === 0) {
    const missing = (activities.data ?? []).length === 0 || (vendors.data ?? []).length === 0;
    body = (
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
    );
  } else {
    body = (
      <Stack gap="xl">
        <Select
          label={t('allocations.fields.activity')}
          placeholder={t('allocations.allActivities')}
          data={nameOptions(activities.data ?? [])}
          value={activityFilter}
          clearable
          searchable
          w={{ base: '100%', sm: 320 }}
          onChange={(value) => {
            const next = new URLSearchParams(params);
            if (value) next.set('activity', value);
            else next.delete('activity');
            setParams(next, { replace: true });
          }}
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
                onDelete={canDelete ? () => setToDelete(a) : undefined}
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
    );
  }

  const deleteActivity = toDelete ? (activityMap.get(toDelete.activityId)?.name ?? '') : '';
  return (
    <>
      <PageHeader
        title={t('allocations.title')}
        description={t('allocations.intro')}
        actions={(allocations.data ?? []).length > 0 ? createButton : null}
      />
      {body}
      <ConfirmModal
        opened={toDelete !== null}
        title={t('allocations.deleteTitle')}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={confirmDelete}
        onClose={() => setToDelete(null)}
      >
        {toDelete
          ? t('allocations.deleteConfirm', { activity: deleteActivity, period: periodText(t, toDelete) })
          : ''}
      </ConfirmModal>
    </>
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
