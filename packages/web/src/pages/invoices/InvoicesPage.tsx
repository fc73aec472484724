import { Group, Select, Stack, Text } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import { INVOICE_STATUSES, type InvoiceStatus } from '@vigie/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useContracts } from '../../api/contracts';
import { useInvoices } from '../../api/invoices';
import { useVendors } from '../../api/vendors';
import { EmptyBlock } from '../../components/EmptyBlock';
import { LoadGate } from '../../components/LoadGate';
import { NameFilter } from '../../components/NameFilter';
import { PageHeader } from '../../components/PageHeader';
import { useSearchParamFilter } from '../../hooks/useSearchParamFilter';
import { useWorkspace } from '../../hooks/workspace';
import { InvoicesTable } from './InvoicesTable';

const isStatus = (v: string | null): v is InvoiceStatus =>
  (INVOICE_STATUSES as readonly (string | null)[]).includes(v);

/** /invoices: every vendor invoice, newest first, filtered by vendor, contract and status. */
export function InvoicesPage() {
  const { t } = useTranslation();
  const { workspaceId, membership } = useWorkspace();
  const vendorFilter = useSearchParamFilter('vendor');
  const contractFilter = useSearchParamFilter('contract');
  const statusFilter = useSearchParamFilter('status');
  const status = isStatus(statusFilter.value) ? statusFilter.value : null;
  const invoices = useInvoices(workspaceId, {
    vendorId: vendorFilter.value,
    contractId: contractFilter.value,
    status,
  });
  const contracts = useContracts(workspaceId);
  const vendors = useVendors(workspaceId);
  const contractNames = useMemo(
    () => new Map((contracts.data ?? []).map((c) => [c.id, c.name])),
    [contracts.data],
  );
  const vendorNames = useMemo(() => new Map((vendors.data ?? []).map((v) => [v.id, v.name])), [vendors.data]);
  const filtered = Boolean(vendorFilter.value || contractFilter.value || status);
  const sorted = useMemo(
    () =>
      [...(invoices.data ?? [])].sort(
        (a, b) => b.month.localeCompare(a.month) || b.uploadedAt.localeCompare(a.uploadedAt),
      ),
    [invoices.data],
  );

  return (
    <>
      <PageHeader title={t('invoices.title')} description={t('invoices.intro')} />
      <Stack gap="md">
        <Group align="flex-end" gap="sm">
          {membership.vendorId === null ? (
            <NameFilter
              label={t('invoices.columns.vendor')}
              placeholder={t('contracts.allVendors')}
              items={vendors.data ?? []}
              filter={vendorFilter}
              width={220}
            />
          ) : null}
          <NameFilter
            label={t('invoices.columns.contract')}
            placeholder={t('invoices.allContracts')}
            items={contracts.data ?? []}
            filter={contractFilter}
            width={260}
          />
          <Select
            label={t('invoices.columns.status')}
            placeholder={t('invoices.allStatuses')}
            clearable
            data={INVOICE_STATUSES.map((s) => ({ value: s, label: t(`invoices.status.${s}`) }))}
            value={status}
            onChange={statusFilter.set}
            w={{ base: '100%', sm: 200 }}
          />
        </Group>
        <LoadGate loads={[invoices, contracts, vendors]}>
          {() =>
            sorted.length > 0 ? (
              <InvoicesTable invoices={sorted} contractNames={contractNames} vendorNames={vendorNames} />
            ) : filtered ? (
              <Text c="dimmed">{t('invoices.noMatch')}</Text>
            ) : (
              <EmptyBlock
                icon={<IconFileInvoice size={28} />}
                title={t('invoices.emptyTitle')}
                description={t('invoices.emptyText')}
              />
            )
          }
        </LoadGate>
      </Stack>
    </>
  );
}
