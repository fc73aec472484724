import { Table, Text } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import type { Target } from '@vigie/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivities } from '../../api/activities';
import { useDeleteTarget, useTargets } from '../../api/targets';
import { useVendors } from '../../api/vendors';
import { CreateButton } from '../../components/CreateButton';
import { EmptyBlock } from '../../components/EmptyBlock';
import { ListPage } from '../../components/ListPage';
import { ListTable } from '../../components/ListTable';
import { NameFilter } from '../../components/NameFilter';
import { compareText, formatDate } from '../../format';
import { useDeleteConfirmation } from '../../hooks/useDeleteConfirmation';
import { useSearchParamFilter } from '../../hooks/useSearchParamFilter';
import { useSort } from '../../hooks/useSort';
import { useRights, useWorkspace, useWsHref } from '../../hooks/workspace';
import { formatTarget } from '../dashboards/figures/kpiFormat';
import { ContractTargetsSection } from './ContractTargetsSection';

type SortKey = 'vendor' | 'activity' | 'kpi' | 'validFrom';

/** A target with the names the table shows and sorts on. */
interface TargetRow extends Target {
  /** names the row for screen readers and in the delete confirmation */
  readonly name: string;
  readonly vendorName: string;
  readonly activityName: string;
  readonly kpiName: string;
}

export function TargetsPage() {
  const { t } = useTranslation();
  const { workspaceId, membership } = useWorkspace();
  const { canCreate, canUpdate, canDelete } = useRights('target');
  const href = useWsHref();
  const targets = useTargets(workspaceId);
  const vendors = useVendors(workspaceId);
  const activities = useActivities(workspaceId);
  const vendorFilter = useSearchParamFilter('vendor');
  const deletion = useDeleteConfirmation<TargetRow>(useDeleteTarget(workspaceId), {
    title: t('targets.deleteTitle'),
    question: ({ name }) => t('targets.deleteConfirm', { name }),
    deleted: ({ name }) => t('targets.deleted', { name }),
    failed: t('targets.deleteFailed'),
  });

  const rows = useMemo(() => {
    const vendorName = new Map((vendors.data ?? []).map((v) => [v.id, v.name]));
    const activityName = new Map((activities.data ?? []).map((a) => [a.id, a.name]));
    return (
      (targets.data ?? [])
        // the server narrows a vendor user's targets to its vendor; this keeps it so whatever comes
        .filter((target) => membership.vendorId === null || target.vendorId === membership.vendorId)
        .map((target): TargetRow => {
          const kpiName = t(`dashboards.kpi.${target.kpi}`);
          const vendor = vendorName.get(target.vendorId) ?? '—';
          return {
            ...target,
            vendorName: vendor,
            activityName: target.activityId
              ? (activityName.get(target.activityId) ?? '—')
              : t('targets.allActivities'),
            kpiName,
            name: `${kpiName} – ${vendor}`,
          };
        })
    );
  }, [targets.data, vendors.data, activities.data, membership.vendorId, t]);
  const compare = useCallback((key: SortKey, a: TargetRow, b: TargetRow) => {
    const byKey = {
      vendor: compareText(a.vendorName, b.vendorName),
      activity: compareText(a.activityName, b.activityName),
      kpi: compareText(a.kpiName, b.kpiName),
      validFrom: a.validFrom.localeCompare(b.validFrom),
    }[key];
    return byKey || compareText(a.vendorName, b.vendorName) || compareText(a.kpiName, b.kpiName);
  }, []);
  const vendorId = vendorFilter.value;
  const filtered = useMemo(() => rows.filter((r) => !vendorId || r.vendorId === vendorId), [rows, vendorId]);
  const sorting = useSort<TargetRow, SortKey>(filtered, { key: 'vendor', order: 'asc' }, compare);
  const newHref = href(vendorId ? `targets/new?vendor=${encodeURIComponent(vendorId)}` : 'targets/new');
  const createButton = canCreate ? <CreateButton to={newHref} label={t('targets.create')} /> : null;

  return (
    <>
      <ListPage
        title={t('targets.title')}
        description={t('targets.intro')}
        loads={[targets, vendors, activities]}
        items={rows}
        createButton={createButton}
        empty={
          <EmptyBlock
            icon={<IconTargetArrow size={28} />}
            title={t('targets.emptyTitle')}
            description={
              canCreate
                ? vendors.data?.length === 0
                  ? t('targets.needVendor')
                  : t('targets.emptyText')
                : t('common.emptyReadOnly')
            }
            action={vendors.data?.length === 0 ? null : createButton}
          />
        }
        deletion={deletion}
      >
        {() => (
          <ListTable
            filters={
              <NameFilter
                label={t('targets.fields.vendor')}
                placeholder={t('targets.allVendors')}
                items={vendors.data ?? []}
                filter={vendorFilter}
                width={260}
              />
            }
            sorting={sorting}
            noMatch={t('targets.noMatch')}
            caption={t('targets.count', { count: sorting.sorted.length })}
            minWidth={760}
            columns={[
              { label: t('targets.fields.vendor'), sortKey: 'vendor' },
              { label: t('targets.fields.activity'), sortKey: 'activity' },
              { label: t('targets.fields.kpi'), sortKey: 'kpi' },
              { label: t('targets.fields.target') },
              { label: t('targets.fields.period'), sortKey: 'validFrom' },
            ]}
            cells={(r) => (
              <>
                <Table.Td fw={600}>{r.vendorName}</Table.Td>
                <Table.Td>
                  {r.activityId ? (
                    r.activityName
                  ) : (
                    <Text span c="dimmed" size="sm">
                      {r.activityName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{r.kpiName}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatTarget(r.kpi, r.target)}</Table.Td>
                <Table.Td>
                  {r.validTo
                    ? t('targets.period', { from: formatDate(r.validFrom), to: formatDate(r.validTo) })
                    : t('targets.periodOpen', { from: formatDate(r.validFrom) })}
                </Table.Td>
              </>
            )}
            editTo={canUpdate ? (r) => href(`targets/${encodeURIComponent(r.id)}/edit`) : undefined}
            onDelete={canDelete ? deletion.ask : undefined}
          />
        )}
      </ListPage>
      <ContractTargetsSection vendors={vendors.data ?? []} />
    </>
  );
}
