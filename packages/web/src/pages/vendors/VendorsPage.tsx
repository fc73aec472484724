import { Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconBuildingSkyscraper, IconPlus } from '@tabler/icons-react';
import type { Vendor } from '@vigie/core';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSites } from '../../api/sites';
import { useDeleteVendor, useVendors } from '../../api/vendors';
import { ConfirmModal } from '../../components/ConfirmModal';
import { EmptyBlock } from '../../components/EmptyBlock';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { RowActions } from '../../components/RowActions';
import { matches, SearchInput } from '../../components/SearchInput';
import { SortableTh } from '../../components/SortableTh';
import { StatusBadge } from '../../components/StatusBadge';
import { compareText, formatNumber } from '../../format';
import { notifyDeleteError, notifySuccess } from '../../forms/errors';
import { useSort } from '../../hooks/useSort';
import { useCan, useWorkspace, useWsHref } from '../../hooks/workspace';

type SortKey = 'name' | 'status' | 'legalEntity' | 'sites';

export function VendorsPage() {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const allowed = useCan();
  const href = useWsHref();
  const vendors = useVendors(workspaceId);
  const sites = useSites(workspaceId);
  const remove = useDeleteVendor(workspaceId);
  const [query, setQuery] = useState('');
  const [toDelete, setToDelete] = useState<Vendor | null>(null);

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
  const { sorted, sort, toggle } = useSort<Vendor, SortKey>(filtered, { key: 'name', order: 'asc' }, compare);

  const canCreate = allowed('create', 'vendor');
  const canUpdate = allowed('update', 'vendor');
  const canDelete = allowed('delete', 'vendor');
  const createButton = canCreate ? (
    <Button component={Link} to={href('vendors/new')} leftSection={<IconPlus size={16} aria-hidden />}>
      {t('vendors.create')}
    </Button>
  ) : null;

  const confirmDelete = () => {
    if (!toDelete) return;
    const { id, name } = toDelete;
    remove.mutate(id, {
      onSuccess: () => notifySuccess(t('vendors.deleted', { name })),
      onError: (error) => notifyDeleteError(t, error, t('vendors.deleteFailed')),
      onSettled: () => setToDelete(null),
    });
  };

  let body: ReactNode;
  if (vendors.isPending) body = <Loading />;
  else if (vendors.isError)
    body = <QueryError error={vendors.error} onRetry={() => void vendors.refetch()} />;
  else if (vendors.data.length === 0) {
    body = (
      <EmptyBlock
        icon={<IconBuildingSkyscraper size={28} />}
        title={t('vendors.emptyTitle')}
        description={canCreate ? t('vendors.emptyText') : t('common.emptyReadOnly')}
        action={createButton}
      />
    );
  } else {
    const th = (key: SortKey, label: string) => (
      <SortableTh label={label} active={sort.key === key} order={sort.order} onSort={() => toggle(key)} />
    );
    body = (
      <Stack gap="md">
        <SearchInput value={query} onChange={setQuery} placeholder={t('vendors.searchPlaceholder')} />
        {sorted.length === 0 ? (
          <Text c="dimmed">{t('common.noMatch', { query })}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <Table.Caption ta="left">{t('vendors.count', { count: sorted.length })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {th('name', t('vendors.fields.name'))}
                  {th('status', t('vendors.fields.status'))}
                  {th('legalEntity', t('vendors.fields.legalEntity'))}
                  {th('sites', t('vendors.fields.sites'))}
                  <Table.Th>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((v) => (
                  <Table.Tr key={v.id}>
                    <Table.Td fw={600}>{v.name}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={v.status} />
                    </Table.Td>
                    <Table.Td>{v.legalEntity || '—'}</Table.Td>
                    <Table.Td>{formatNumber(siteCount.get(v.id) ?? 0)}</Table.Td>
                    <Table.Td>
                      <RowActions
                        itemName={v.name}
                        editTo={canUpdate ? href(`vendors/${encodeURIComponent(v.id)}/edit`) : undefined}
                        onDelete={canDelete ? () => setToDelete(v) : undefined}
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
        title={t('vendors.title')}
        description={t('vendors.intro')}
        actions={vendors.data && vendors.data.length > 0 ? createButton : null}
      />
      {body}
      <ConfirmModal
        opened={toDelete !== null}
        title={t('vendors.deleteTitle')}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={confirmDelete}
        onClose={() => setToDelete(null)}
      >
        {t('vendors.deleteConfirm', { name: toDelete?.name ?? '' })}
      </ConfirmModal>
    </>
  );
}
