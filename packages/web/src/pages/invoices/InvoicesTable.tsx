import { Anchor, Table, Text } from '@mantine/core';
import type { InvoiceSummary } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatMoney, formatNumber } from '../../format';
import { useWsHref } from '../../hooks/workspace';
import { formatMonth } from '../contracts/contractFormat';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';

interface InvoicesTableProps {
  readonly invoices: readonly InvoiceSummary[];
  /** names of contracts and vendors by id; without them (one contract's month) the columns are left out */
  readonly contractNames?: ReadonlyMap<string, string>;
  readonly vendorNames?: ReadonlyMap<string, string>;
}

/** Invoices with their status and totals, each linking to its page. */
export function InvoicesTable({ invoices, contractNames, vendorNames }: InvoicesTableProps) {
  const { t } = useTranslation();
  const href = useWsHref();
  const wide = Boolean(contractNames);
  return (
    <Table.ScrollContainer minWidth={wide ? 980 : 720}>
      <Table data-testid="invoices-table">
        <Table.Caption ta="left">{t('invoices.count', { count: invoices.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('invoices.columns.file')}</Table.Th>
            {wide ? <Table.Th>{t('invoices.columns.contract')}</Table.Th> : null}
            {wide ? <Table.Th>{t('invoices.columns.vendor')}</Table.Th> : null}
            {wide ? <Table.Th>{t('invoices.columns.month')}</Table.Th> : null}
            <Table.Th>{t('invoices.columns.status')}</Table.Th>
            <Table.Th ta="right">{t('invoices.columns.invoiced')}</Table.Th>
            <Table.Th ta="right">{t('invoices.columns.statement')}</Table.Th>
            <Table.Th ta="right">{t('invoices.columns.differences')}</Table.Th>
            <Table.Th>{t('invoices.columns.uploaded')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>
                <Anchor component={Link} to={href(`invoices/${encodeURIComponent(i.id)}`)} fw={600}>
                  {i.fileName}
                </Anchor>
              </Table.Td>
              {wide ? <Table.Td>{contractNames?.get(i.contractId) ?? i.contractId}</Table.Td> : null}
              {wide ? <Table.Td>{vendorNames?.get(i.vendorId) ?? i.vendorId}</Table.Td> : null}
              {wide ? <Table.Td>{formatMonth(i.month)}</Table.Td> : null}
              <Table.Td>
                <InvoiceStatusBadge status={i.status} />
              </Table.Td>
              <Table.Td ta="right">{formatMoney(i.invoicedTotalCents, i.currency)}</Table.Td>
              <Table.Td ta="right">{formatMoney(i.statementTotalCents, i.currency)}</Table.Td>
              <Table.Td ta="right">
                {i.differenceCount > 0 ? (
                  <Text span c="orange.8" fw={600} size="sm">
                    {formatNumber(i.differenceCount)}
                  </Text>
                ) : (
                  <Text span c="teal.8" size="sm">
                    {t('invoices.noDifference')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{formatDateTime(i.uploadedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
