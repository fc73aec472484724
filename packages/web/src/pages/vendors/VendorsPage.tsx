import { Table } from '@mantine/core';
import { IconBuildingSkyscraper } from '@tabler/icons-react';
import type { Vendor } from '@vigie/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSites } from '../../api/sites';
import { useDeleteVendor, useVendors } from '../../api/vendors';
import { CreateButton } from '../../components/CreateButton';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ListPage } from '../../components/ListPage';
import { ListTable } from '../../components/ListTable';
import { matches, SearchInput } from '../../components/SearchInput';
import { StatusBadge } from '../../components/StatusBadge';
import { compareText, formatNumber } from '../../format';
import { useDeleteConfirmation } from '../../hooks/useDeleteConfirmation';
import { useSort } from '../../hooks/useSort';
import { useRights, useWorkspace, useWsHref } from '../../hooks/workspace';

type SortKey = 'name' | 'status' | 'legalEntity' | 'sites';

export function VendorsPage() {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const { canCreate, canUpdate, canDelete } = useRights('vendor');
  const href = useWsHref();
  const vendors = useVendors(workspaceId);
  const sites = useSites(workspaceId);
  const [query, setQuery] = useState('');
  const deletion = useDeleteConfirmation<Vendor>(useDeleteVendor(workspaceId), {
    title: t('vendors.deleteTitle'),
    question: ({ name }) => t('vendors.deleteConfirm', { name }),
    deleted: ({ name }) => t('vendors.deleted', { name }),
    failed: t('vendors.deleteFailed'),
  });

  const siteCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const s of sites.data ?? []) counts.set(s.vendorId, (counts.get(s.vendorId) ?? 0) + 1);
    return counts;
  }, [sites.data]);
  const compare = useCallback(
    (key: SortKey, a: Vendor, b: Vendor) => {
      if (key === 'sites') return (siteCount.get(a.id) ?? 0) - (siteCount.get(b.id) ?? 0);
      if (key === 'status')
        return compareText(t(`enums.vendorStatus.${a.status}`), t(`enums.vendorStatus.${b.status}`));
      return compareText(a[key], b[key]) || compareText(a.name, b.name);
    },
    [siteCount, t],
  );
  const filtered = useMemo(
    () => (vendors.data ?? []).filter((v) => matches(query, v.name, v.legalEntity)),
    [vendors.data, query],
  );
  const sorting = useSort<Vendor, SortKey>(filtered, { key: 'name', order: 'asc' }, compare);
  const createButton = canCreate ? (
    <CreateButton to={href('vendors/new')} label={t('vendors.create')} />
  ) : null;

  return (
    <ListPage
      title={t('vendors.title')}
      description={t('vendors.intro')}
      loads={[vendors]}
      items={vendors.data}
      createButton={createButton}
      empty={
        <EmptyBlock
          icon={<IconBuildingSkyscraper size={28} />}
          title={t('vendors.emptyTitle')}
          description={canCreate ? t('vendors.emptyText') : t('common.emptyReadOnly')}
          action={createButton}
        />
      }
      deletion={deletion}
    >
      {() => (
        <ListTable
          filters={
            <SearchInput value={query} onChange={setQuery} placeholder={t('vendors.searchPlaceholder')} />
          }
          sorting={sorting}
          noMatch={t('common.noMatch', { query })}
          caption={t('vendors.count', { count: sorting.sorted.length })}
          minWidth={640}
          columns={[
            { label: t('vendors.fields.name'), sortKey: 'name' },
            { label: t('vendors.fields.status'), sortKey: 'status' },
            { label: t('vendors.fields.legalEntity'), sortKey: 'legalEntity' },
            { label: t('vendors.fields.sites'), sortKey: 'sites' },
          ]}
          cells={(v) => (
            <>
              <Table.Td fw={600}>{v.name}</Table.Td>
              <Table.Td>
                <StatusBadge status={v.status} />
              </Table.Td>
              <Table.Td>{v.legalEntity || '—'}</Table.Td>
              <Table.Td>{formatNumber(siteCount.get(v.id) ?? 0)}</Table.Td>
            </>
          )}
          editTo={canUpdate ? (v) => href(`vendors/${encodeURIComponent(v.id)}/edit`) : undefined}
          onDelete={canDelete ? deletion.ask : undefined}
        />
      )}
    </ListPage>
  );
}
