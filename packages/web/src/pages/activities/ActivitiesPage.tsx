import { Badge, Table, Text } from '@mantine/core';
import { IconHeadset } from '@tabler/icons-react';
import type { Activity } from '@vigie/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivities, useDeleteActivity } from '../../api/activities';
import { CreateButton } from '../../components/CreateButton';
import { languageList } from '../../components/countries';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ListPage } from '../../components/ListPage';
import { ListTable } from '../../components/ListTable';
import { enumLabel } from '../../components/options';
import { matches, SearchInput } from '../../components/SearchInput';
import { compareText } from '../../format';
import { useDeleteConfirmation } from '../../hooks/useDeleteConfirmation';
import { useSort } from '../../hooks/useSort';
import { useRights, useWorkspace, useWsHref } from '../../hooks/workspace';
import { summarizeOpeningHours } from './openingHours';

type SortKey = 'name' | 'channel' | 'direction';

export function ActivitiesPage() {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const { canCreate, canUpdate, canDelete } = useRights('activity');
  const href = useWsHref();
  const activities = useActivities(workspaceId);
  const [query, setQuery] = useState('');
  const deletion = useDeleteConfirmation<Activity>(useDeleteActivity(workspaceId), {
    title: t('activities.deleteTitle'),
    question: ({ name }) => t('activities.deleteConfirm', { name }),
    deleted: ({ name }) => t('activities.deleted', { name }),
    failed: t('activities.deleteFailed'),
  });

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
  const sorting = useSort<Activity, SortKey>(filtered, { key: 'name', order: 'asc' }, compare);
  const createButton = canCreate ? (
    <CreateButton to={href('activities/new')} label={t('activities.create')} />
  ) : null;

  return (
    <ListPage
      title={t('activities.title')}
      description={t('activities.intro')}
      loads={[activities]}
      items={activities.data}
      createButton={createButton}
      empty={
        <EmptyBlock
          icon={<IconHeadset size={28} />}
          title={t('activities.emptyTitle')}
          description={canCreate ? t('activities.emptyText') : t('common.emptyReadOnly')}
          action={createButton}
        />
      }
      deletion={deletion}
    >
      {() => (
        <ListTable
          filters={
            <SearchInput value={query} onChange={setQuery} placeholder={t('activities.searchPlaceholder')} />
          }
          sorting={sorting}
          noMatch={t('common.noMatch', { query })}
          caption={t('activities.count', { count: sorting.sorted.length })}
          minWidth={820}
          columns={[
            { label: t('activities.fields.name'), sortKey: 'name' },
            { label: t('activities.fields.channel'), sortKey: 'channel' },
            { label: t('activities.fields.direction'), sortKey: 'direction' },
            { label: t('activities.fields.languages') },
            { label: t('activities.fields.openingHours') },
          ]}
          cells={(a) => (
            <>
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
            </>
          )}
          editTo={canUpdate ? (a) => href(`activities/${encodeURIComponent(a.id)}/edit`) : undefined}
          onDelete={canDelete ? deletion.ask : undefined}
        />
      )}
    </ListPage>
  );
}
