import { Anchor, Table } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import type { ContractSummary } from '@vigie/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useContracts, useDeleteContract } from '../../api/contracts';
import { useVendors } from '../../api/vendors';
import { CreateButton } from '../../components/CreateButton';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ListPage } from '../../components/ListPage';
import { ListTable } from '../../components/ListTable';
import { NameFilter } from '../../components/NameFilter';
import { compareText, formatDate, formatNumber } from '../../format';
import { useDeleteConfirmation } from '../../hooks/useDeleteConfirmation';
import { useSearchParamFilter } from '../../hooks/useSearchParamFilter';
import { useSort } from '../../hooks/useSort';
import { useRights, useWorkspace, useWsHref } from '../../hooks/workspace';

type SortKey = 'name' | 'vendor' | 'start' | 'lastAmendedFrom';

interface ContractRow extends ContractSummary {
  readonly vendorName: string;
}

/** /contracts: every contract with its vendor, dates, versions and last amendment. */
export function ContractsPage() {
  const { t } = useTranslation();
  const { workspaceId, membership } = useWorkspace();
  const { canCreate, canUpdate, canDelete } = useRights('contract');
  const href = useWsHref();
  const contracts = useContracts(workspaceId);
  const vendors = useVendors(workspaceId);
  const vendorFilter = useSearchParamFilter('vendor');
  const deletion = useDeleteConfirmation<ContractRow>(useDeleteContract(workspaceId), {
    title: t('contracts.deleteTitle'),
    question: ({ name }) => t('contracts.deleteConfirm', { name }),
    deleted: ({ name }) => t('contracts.deleted', { name }),
    failed: t('contracts.deleteFailed'),
  });

  const rows = useMemo(() => {
    const vendorName = new Map((vendors.data ?? []).map((v) => [v.id, v.name]));
    return (contracts.data ?? []).map(
      (c): ContractRow => ({ ...c, vendorName: vendorName.get(c.vendorId) ?? c.vendorId }),
    );
  }, [contracts.data, vendors.data]);
  const compare = useCallback((key: SortKey, a: ContractRow, b: ContractRow) => {
    const byKey = {
      name: compareText(a.name, b.name),
      vendor: compareText(a.vendorName, b.vendorName),
      start: a.start.localeCompare(b.start),
      lastAmendedFrom: a.lastAmendedFrom.localeCompare(b.lastAmendedFrom),
    }[key];
    return byKey || compareText(a.name, b.name);
  }, []);
  const vendorId = vendorFilter.value;
  const filtered = useMemo(() => rows.filter((r) => !vendorId || r.vendorId === vendorId), [rows, vendorId]);
  const sorting = useSort<ContractRow, SortKey>(filtered, { key: 'vendor', order: 'asc' }, compare);
  const newHref = href(vendorId ? `contracts/new?vendor=${encodeURIComponent(vendorId)}` : 'contracts/new');
  const createButton = canCreate ? <CreateButton to={newHref} label={t('contracts.create')} /> : null;
  // a vendor user sees its own vendor's contracts only: no vendor to choose
  const showVendorFilter = membership.vendorId === null;

  return (
    <ListPage
      title={t('contracts.title')}
      description={t('contracts.intro')}
      loads={[contracts, vendors]}
      items={rows}
      createButton={createButton}
      empty={
        <EmptyBlock
          icon={<IconFileText size={28} />}
          title={t('contracts.emptyTitle')}
          description={
            canCreate
              ? vendors.data?.length === 0
                ? t('contracts.needVendor')
                : t('contracts.emptyText')
              : t('contracts.emptyReadOnly')
          }
          action={vendors.data?.length === 0 ? null : createButton}
        />
      }
      deletion={deletion}
    >
      {() => (
        <ListTable
          filters={
            showVendorFilter ? (
              <NameFilter
                label={t('contracts.fields.vendorId')}
                placeholder={t('contracts.allVendors')}
                items={vendors.data ?? []}
                filter={vendorFilter}
                width={260}
              />
            ) : null
          }
          sorting={sorting}
          noMatch={t('contracts.noMatch')}
          caption={t('contracts.count', { count: sorting.sorted.length })}
          minWidth={860}
          columns={[
            { label: t('contracts.fields.name'), sortKey: 'name' },
            { label: t('contracts.fields.vendorId'), sortKey: 'vendor' },
            { label: t('contracts.columns.dates'), sortKey: 'start' },
            { label: t('contracts.columns.versions') },
            { label: t('contracts.columns.lastAmendment'), sortKey: 'lastAmendedFrom' },
          ]}
          cells={(r) => (
            <>
              <Table.Td>
                <Anchor component={Link} to={href(`contracts/${encodeURIComponent(r.id)}`)} fw={600}>
                  {r.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{r.vendorName}</Table.Td>
              <Table.Td>
                {r.end
                  ? t('contracts.period', { from: formatDate(r.start), to: formatDate(r.end) })
                  : t('contracts.periodOpen', { from: formatDate(r.start) })}
              </Table.Td>
              <Table.Td>{formatNumber(r.versionCount)}</Table.Td>
              <Table.Td>
                {r.versionCount > 1 ? formatDate(r.lastAmendedFrom) : t('contracts.columns.noAmendment')}
              </Table.Td>
            </>
          )}
          editTo={canUpdate ? (r) => href(`contracts/${encodeURIComponent(r.id)}`) : undefined}
          onDelete={canDelete ? deletion.ask : undefined}
        />
      )}
    </ListPage>
  );
}
