import { Badge, Button, Group, Table } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import type { Site } from '@vigie/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDeleteSite, useSites } from '../../api/sites';
import { useVendors } from '../../api/vendors';
import { CreateButton } from '../../components/CreateButton';
import { languageList } from '../../components/countries';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ListPage } from '../../components/ListPage';
import { ListTable } from '../../components/ListTable';
import { NameFilter } from '../../components/NameFilter';
import { enumLabel } from '../../components/options';
import { matches, SearchInput } from '../../components/SearchInput';
import { compareText, countryName, formatNumber } from '../../format';
import { useDeleteConfirmation } from '../../hooks/useDeleteConfirmation';
import { useSearchParamFilter } from '../../hooks/useSearchParamFilter';
import { useSort } from '../../hooks/useSort';
import { useCan, useRights, useWorkspace, useWsHref } from '../../hooks/workspace';

type SortKey = 'name' | 'vendor' | 'city' | 'country' | 'shore' | 'seats';

export function SitesPage() {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const allowed = useCan();
  const { canCreate, canUpdate, canDelete } = useRights('site');
  const href = useWsHref();
  const sites = useSites(workspaceId);
  const vendors = useVendors(workspaceId);
  const vendorFilter = useSearchParamFilter('vendor');
  const [query, setQuery] = useState('');
  const deletion = useDeleteConfirmation<Site>(useDeleteSite(workspaceId), {
    title: t('sites.deleteTitle'),
    question: ({ name }) => t('sites.deleteConfirm', { name }),
    deleted: ({ name }) => t('sites.deleted', { name }),
    failed: t('sites.deleteFailed'),
  });

  const vendorName = useMemo(() => new Map((vendors.data ?? []).map((v) => [v.id, v.name])), [vendors.data]);
  const compare = useCallback(
    (key: SortKey, a: Site, b: Site) => {
      switch (key) {
        case 'seats':
          return a.seats - b.seats;
        case 'vendor':
          return compareText(vendorName.get(a.vendorId) ?? '', vendorName.get(b.vendorId) ?? '');
        case 'country':
          return compareText(countryName(a.country), countryName(b.country));
        case 'shore':
          return compareText(t(`enums.shore.${a.shore}`), t(`enums.shore.${b.shore}`));
        default:
          return compareText(a[key], b[key]) || compareText(a.name, b.name);
      }
    },
    [vendorName, t],
  );
  const vendorId = vendorFilter.value;
  const filtered = useMemo(
    () =>
      (sites.data ?? []).filter(
        (s) =>
          (!vendorId || s.vendorId === vendorId) &&
          matches(query, s.name, s.city, countryName(s.country), vendorName.get(s.vendorId)),
      ),
    [sites.data, vendorId, query, vendorName],
  );
  const sorting = useSort<Site, SortKey>(filtered, { key: 'name', order: 'asc' }, compare);
  const newHref = href(vendorId ? `sites/new?vendor=${encodeURIComponent(vendorId)}` : 'sites/new');
  const createButton = canCreate ? <CreateButton to={newHref} label={t('sites.create')} /> : null;

  return (
    <ListPage
      title={t('sites.title')}
      description={t('sites.intro')}
      loads={[sites, vendors]}
      items={sites.data}
      createButton={createButton}
      empty={
        // a site belongs to a vendor: with none yet, the first step is to create one
        vendors.data?.length === 0 ? (
          <EmptyBlock
            icon={<IconMapPin size={28} />}
            title={t('sites.emptyTitle')}
            description={t('sites.needVendor')}
            action={
              allowed('create', 'vendor') ? (
                <Button component={Link} to={href('vendors/new')}>
                  {t('vendors.create')}
                </Button>
              ) : null
            }
          />
        ) : (
          <EmptyBlock
            icon={<IconMapPin size={28} />}
            title={t('sites.emptyTitle')}
            description={canCreate ? t('sites.emptyText') : t('common.emptyReadOnly')}
            action={createButton}
          />
        )
      }
      deletion={deletion}
    >
      {() => (
        <ListTable
          filters={
            <Group align="flex-end" gap="sm">
              <SearchInput value={query} onChange={setQuery} placeholder={t('sites.searchPlaceholder')} />
              <NameFilter
                label={t('sites.fields.vendor')}
                placeholder={t('sites.allVendors')}
                items={vendors.data ?? []}
                filter={vendorFilter}
                width={260}
              />
            </Group>
          }
          sorting={sorting}
          noMatch={t('sites.noMatch')}
          caption={t('sites.count', { count: sorting.sorted.length })}
          minWidth={820}
          columns={[
            { label: t('sites.fields.name'), sortKey: 'name' },
            { label: t('sites.fields.vendor'), sortKey: 'vendor' },
            { label: t('sites.fields.city'), sortKey: 'city' },
            { label: t('sites.fields.country'), sortKey: 'country' },
            { label: t('sites.fields.shore'), sortKey: 'shore' },
            { label: t('sites.fields.languages') },
            { label: t('sites.fields.seats'), sortKey: 'seats' },
          ]}
          cells={(s) => (
            <>
              <Table.Td fw={600}>{s.name}</Table.Td>
              <Table.Td>{vendorName.get(s.vendorId) ?? '—'}</Table.Td>
              <Table.Td>{s.city}</Table.Td>
              <Table.Td>{countryName(s.country)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color="gray">
                  {enumLabel(t, 'shore', s.shore)}
                </Badge>
              </Table.Td>
              <Table.Td>{languageList(s.languages)}</Table.Td>
              <Table.Td>{formatNumber(s.seats)}</Table.Td>
            </>
          )}
          editTo={canUpdate ? (s) => href(`sites/${encodeURIComponent(s.id)}/edit`) : undefined}
          onDelete={canDelete ? deletion.ask : undefined}
        />
      )}
    </ListPage>
  );
}
