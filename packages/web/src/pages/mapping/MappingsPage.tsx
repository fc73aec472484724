import { Table } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MappingProfile, useDeleteMappingProfile, useMappingProfiles } from '../../api/mapping-profiles';
import { CreateButton } from '../../components/CreateButton';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ListPage } from '../../components/ListPage';
import { ListTable } from '../../components/ListTable';
import { NoAccess } from '../../components/NoAccess';
import { matches, SearchInput } from '../../components/SearchInput';
import { compareText, formatDateTime } from '../../format';
import { useDeleteConfirmation } from '../../hooks/useDeleteConfirmation';
import { useSort } from '../../hooks/useSort';
import { useCan, useRights, useWorkspace, useWsHref } from '../../hooks/workspace';

type SortKey = 'name' | 'format' | 'updatedAt';

/** /imports/mappings: the saved column mappings, each usable by the import wizard. */
export function MappingsPage() {
  const allowed = useCan();
  if (!allowed('read', 'mapping')) return <NoAccess />;
  return <MappingList />;
}

function MappingList() {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const { canCreate, canUpdate, canDelete } = useRights('mapping');
  const href = useWsHref();
  const mappings = useMappingProfiles(workspaceId);
  const [query, setQuery] = useState('');
  const deletion = useDeleteConfirmation<MappingProfile>(useDeleteMappingProfile(workspaceId), {
    title: t('mapping.deleteTitle'),
    question: ({ name }) => t('mapping.deleteConfirm', { name }),
    deleted: ({ name }) => t('mapping.deleted', { name }),
    failed: t('mapping.deleteFailed'),
  });
  const compare = useCallback((key: SortKey, a: MappingProfile, b: MappingProfile) => {
    if (key === 'format') return compareText(a.format, b.format) || compareText(a.name, b.name);
    if (key === 'updatedAt') return a.updatedAt.localeCompare(b.updatedAt);
    return compareText(a.name, b.name);
  }, []);
  const filtered = useMemo(
    () => (mappings.data ?? []).filter((m) => matches(query, m.name)),
    [mappings.data, query],
  );
  const sorting = useSort<MappingProfile, SortKey>(filtered, { key: 'name', order: 'asc' }, compare);
  const createButton = canCreate ? (
    <CreateButton to={href('imports/mappings/new')} label={t('mapping.create')} />
  ) : null;

  return (
    <ListPage
      title={t('mapping.listTitle')}
      description={t('mapping.intro')}
      loads={[mappings]}
      items={mappings.data}
      createButton={createButton}
      empty={
        <EmptyBlock
          icon={<IconColumns size={28} />}
          title={t('mapping.emptyTitle')}
          description={t('mapping.emptyText')}
          action={createButton}
        />
      }
      deletion={deletion}
    >
      {() => (
        <ListTable
          filters={
            <SearchInput value={query} onChange={setQuery} placeholder={t('mapping.searchPlaceholder')} />
          }
          sorting={sorting}
          noMatch={t('common.noMatch', { query })}
          caption={t('mapping.count', { count: sorting.sorted.length })}
          minWidth={560}
          columns={[
            { label: t('mapping.name'), sortKey: 'name' },
            { label: t('mapping.format.file'), sortKey: 'format' },
            { label: t('mapping.updatedAt'), sortKey: 'updatedAt' },
          ]}
          cells={(m) => (
            <>
              <Table.Td fw={600}>{m.name}</Table.Td>
              <Table.Td>{t(`mapping.format.files.${m.format}`)}</Table.Td>
              <Table.Td>{formatDateTime(m.updatedAt)}</Table.Td>
            </>
          )}
          editTo={canUpdate ? (m) => href(`imports/mappings/${encodeURIComponent(m.id)}`) : undefined}
          onDelete={canDelete ? deletion.ask : undefined}
        />
      )}
    </ListPage>
  );
}
