import { Badge, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconHeadset, IconPlus } from '@tabler/icons-react';
import type { Activity } from '@vigie/core';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useActivities, useDeleteActivity } from '../../api/activities';
import { ConfirmModal } from '../../components/ConfirmModal';
import { languageList } from '../../components/countries';
import { EmptyBlock } from '../../components/EmptyBlock';
import { Loading } from '../../components/Loading';
import { enumLabel } from '../../components/options';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { RowActions } from '../../components/RowActions';
import { matches, SearchInput } from '../../components/SearchInput';
import { SortableTh } from '../../components/SortableTh';
import { compareText } from '../../format';
import { notifyDeleteError, notifySuccess } from '../../forms/errors';
import { useSort } from '../../hooks/useSort';
import { useCan, useWorkspace, useWsHref } from '../../hooks/workspace';
import { summarizeOpeningHours } from './openingHours';

type SortKey = 'name' | 'channel' | 'direction';

export function ActivitiesPage() {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const allowed = useCan();
  const href = useWsHref();
  const activities = useActivities(workspaceId);
  const remove = useDeleteActivity(workspaceId);
  const [query, setQuery] = useState('');
  const [toDelete, setToDelete] = useState<Activity | null>(null);

  const compare = useCallback(
    (key: SortKey, a: Activity, b: Activity) => {
      if (key === 'name') return compareText(a.name, b.name);
      const group = key === 'channel' ? 'channel' : 'direction';
      return (
        compareText(enumLabel(t, group, a[key]), enumLabel(t, group, b[key])) || compareText(a.name, b.name)
      );
    },
    [t],
  );
  const filtered = useMemo(
    () => (activities.data ?? []).filter((a) => matches(query, a.name, enumLabel(t, 'channel', a.channel))),
    [activities.data, query, t],
  );
  const { sorted, sort, toggle } = useSort<Activity, SortKey>(
    filtered,
    { key: 'name', order: 'asc' },
    compare,
  );

  const canCreate = allowed('create', 'activity');
  const canUpdate = allowed('update', 'activity');
  const canDelete = allowed('delete', 'activity');
  const createButton = canCreate ? (
    <Button component={Link} to={href('activities/new')} leftSection={<IconPlus size={16} aria-hidden />}>
      {t('activities.create')}
    </Button>
  ) : null;

  const confirmDelete = () => {
    if (!toDelete) return;
    const { id, name } = toDelete;
    remove.mutate(id, {
      onSuccess: () => notifySuccess(t('activities.deleted', { name })),
      onError: (error) => notifyDeleteError(t, error, t('activities.deleteFailed')),
      onSettled: () => setToDelete(null),
    });
  };

  let body: ReactNode;
  if (activities.isPending) body = <Loading />;
  else if (activities.isError) {
    body = <QueryError error={activities.error} onRetry={() => void activities.refetch()} />;
  } else if (activities.data.length === 0) {
    body = (
      <EmptyBlock
        icon={<IconHeadset size={28} />}
        title={t('activities.emptyTitle')}
        description={canCreate ? t('activities.emptyText') : t('common.emptyReadOnly')}
        action={createButton}
      />
    );
  } else {
    const th = (key: SortKey, label: string) => (
      <SortableTh label={label} active={sort.key === key} order={sort.order} onSort={() => toggle(key)} />
    );
    body = (
      <Stack gap="md">
        <SearchInput value={query} onChange={setQuery} placeholder={t('activities.searchPlaceholder')} />
        {sorted.length === 0 ? (
          <Text c="dimmed">{t('common.noMatch', { query })}</Text>
        ) : (
          <Table.ScrollContainer minWidth={820}>
            <Table>
              <Table.Caption ta="left">{t('activities.count', { count: sorted.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {th('name', t('activities.fields.name'))}
                  {th('channel', t('activities.fields.channel'))}
                  {th('direction', t('activities.fields.direction'))}
                  <Table.Th>{t('activities.fields.languages')}</Table.Th>
                  <Table.Th>{t('activities.fields.openingHours')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td fw={600}>{a.name}</Table.Td>
                    <Table.Td>
                      <Badge variant="light">{enumLabel(t, 'channel', a.channel)}</Badge>
                    </Table.Td>
                    <Table.Td>{enumLabel(t, 'direction', a.direction)}</Table.Td>
                    <Table.Td>{languageList(a.languages)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {summarizeOpeningHours(a.openingHours) || t('activities.closedAllWeek')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <RowActions
                        itemName={a.name}
                        editTo={canUpdate ? href(`activities/${encodeURIComponent(a.id)}/edit`) : undefined}
                        onDelete={canDelete ? () => setToDelete(a) : undefined}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        title={t('activities.title')}
        description={t('activities.intro')}
        actions={activities.data && activities.data.length > 0 ? createButton : null}
      />
      {body}
      <ConfirmModal
        opened={toDelete !== null}
        title={t('activities.deleteTitle')}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={confirmDelete}
        onClose={() => setToDelete(null)}
      >
        {t('activities.deleteConfirm', { name: toDelete?.name ?? '' })}
      </ConfirmModal>
    </>
  );
}
