import { Badge, Button, Group, Select, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconMapPin, IconPlus } from '@tabler/icons-react';
import type { Site } from '@vigie/core';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useDeleteSite, useSites } from '../../api/sites';
import { useVendors } from '../../api/vendors';
import { ConfirmModal } from '../../components/ConfirmModal';
import { languageList } from '../../components/countries';
import { EmptyBlock } from '../../components/EmptyBlock';
import { Loading } from '../../components/Loading';
import { enumLabel, nameOptions } from '../../components/options';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { RowActions } from '../../components/RowActions';
import { matches, SearchInput } from '../../components/SearchInput';
import { SortableTh } from '../../components/SortableTh';
import { compareText, countryName, formatNumber } from '../../format';
import { notifyDeleteError, notifySuccess } from '../../forms/errors';
import { useSort } from '../../hooks/useSort';
import { useCan, useWorkspace, useWsHref } from '../../hooks/workspace';

type SortKey = 'name' | 'vendor' | 'city' | 'country' | 'shore' | 'seats';

export function SitesPage() {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const allowed = useCan();
  const href = useWsHref();
  const sites = useSites(workspaceId);
  const vendors = useVendors(workspaceId);
  const remove = useDeleteSite(workspaceId);
  const [params, setParams] = useSearchParams();
  const vendorFilter = params.get('vendor');
  const [query, setQuery] = useState('');
  const [toDelete, setToDelete] = useState<Site | null>(null);

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
  const filtered = useMemo(
    () =>
      (sites.data ?? []).filter(
        (s) =>
          (!vendorFilter || s.vendorId === vendorFilter) &&
          matches(query, s.name, s.city, countryName(s.country), vendorName.get(s.vendorId)),
      ),
    [sites.data, vendorFilter, query, vendorName],
  );
  const { sorted, sort, toggle } = useSort<Site, SortKey>(filtered, { key: 'name', order: 'asc' }, compare);

  const canCreate = allowed('create', 'site');
  const canUpdate = allowed('update', 'site');
  const canDelete = allowed('delete', 'site');
  const newHref = href(vendorFilter ? `sites/new?vendor=${encodeURIComponent(vendorFilter)}` : 'sites/new');
  const createButton = canCreate ? (
    <Button component={Link} to={newHref} leftSection={<IconPlus size={16} aria-hidden />}>
      {t('sites.create')}
    </Button>
  ) : null;

  const confirmDelete = () => {
    if (!toDelete) return;
    const { id, name } = toDelete;
    remove.mutate(id, {
      onSuccess: () => notifySuccess(t('sites.deleted', { name })),
      onError: (error) => notifyDeleteError(t, error, t('sites.deleteFailed')),
      onSettled: () => setToDelete(null),
    });
  };

  let body: ReactNode;
  if (sites.isPending || vendors.isPending) body = <Loading />;
  else if (sites.isError) body = <QueryError error={sites.error} onRetry={() => void sites.refetch()} />;
  else if (vendors.isError)
    body = <QueryError error={vendors.error} onRetry={() => void vendors.refetch()} />;
  else if (vendors.data.length === 0) {
    body = (
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
    );
  } else if (sites.data.length === 0) {
    body = (
      <EmptyBlock
        icon={<IconMapPin size={28} />}
        title={t('sites.emptyTitle')}
        description={canCreate ? t('sites.emptyText') : t('common.emptyReadOnly')}
        action={createButton}
      />
    );
  } else {
    const th = (key: SortKey, label: string) => (
      <SortableTh label={label} active={sort.key === key} order={sort.order} onSort={() => toggle(key)} />
    );
    body = (
      <Stack gap="md">
        <Group align="flex-end" gap="sm">
          <SearchInput value={query} onChange={setQuery} placeholder={t('sites.searchPlaceholder')} />
          <Select
            label={t('sites.fields.vendor')}
            placeholder={t('sites.allVendors')}
            data={nameOptions(vendors.data ?? [])}
            value={vendorFilter}
            clearable
            searchable
            w={{ base: '100%', sm: 260 }}
            onChange={(value) => {
              const next = new URLSearchParams(params);
              if (value) next.set('vendor', value);
              else next.delete('vendor');
              setParams(next, { replace: true });
            }}
          />
        </Group>
        {sorted.length === 0 ? (
          <Text c="dimmed">{t('sites.noMatch')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={820}>
            <Table>
              <Table.Caption ta="left">{t('sites.count', { count: sorted.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {th('name', t('sites.fields.name'))}
                  {th('vendor', t('sites.fields.vendor'))}
                  {th('city', t('sites.fields.city'))}
                  {th('country', t('sites.fields.country'))}
                  {th('shore', t('sites.fields.shore'))}
                  <Table.Th>{t('sites.fields.languages')}</Table.Th>
                  {th('seats', t('sites.fields.seats'))}
                  <Table.Th>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((s) => (
                  <Table.Tr key={s.id}>
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
                    <Table.Td>
                      <RowActions
                        itemName={s.name}
                        editTo={canUpdate ? href(`sites/${encodeURIComponent(s.id)}/edit`) : undefined}
                        onDelete={canDelete ? () => setToDelete(s) : undefined}
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
        title={t('sites.title')}
        description={t('sites.intro')}
        actions={sites.data && sites.data.length > 0 ? createButton : null}
      />
      {body}
      <ConfirmModal
        opened={toDelete !== null}
        title={t('sites.deleteTitle')}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={confirmDelete}
        onClose={() => setToDelete(null)}
      >
        {t('sites.deleteConfirm', { name: toDelete?.name ?? '' })}
      </ConfirmModal>
    </>
  );
}
