import { Code, Table, Text } from '@mantine/core';
import type { InvoiceRecord } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '../../format';

interface InvoiceLinesTableProps {
  readonly lines: InvoiceRecord['lines'];
  readonly currency: string;
}

/** The invoice's lines as read from the vendor's file, with their row in it. */
export function InvoiceLinesTable({ lines, currency }: InvoiceLinesTableProps) {
  const { t } = useTranslation();
  if (lines.length === 0) return <Text c="dimmed">{t('invoices.lines.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table data-testid="invoice-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('invoices.upload.row')}</Table.Th>
            <Table.Th>{t('statements.expected.code')}</Table.Th>
            <Table.Th>{t('statements.lines.label')}</Table.Th>
            <Table.Th ta="right">{t('statements.lines.quantity')}</Table.Th>
            <Table.Th ta="right">{t('statements.lines.unitPrice')}</Table.Th>
            <Table.Th ta="right">{t('statements.lines.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={l.row}>
              <Table.Td>{l.row}</Table.Td>
              <Table.Td>
                <Code>{l.code}</Code>
              </Table.Td>
              <Table.Td>{l.label}</Table.Td>
              <Table.Td ta="right">{l.quantity === null ? '—' : formatNumber(l.quantity, 4)}</Table.Td>
              <Table.Td ta="right">
                {l.unitPriceCents === null ? '—' : formatMoney(l.unitPriceCents, currency)}
              </Table.Td>
              <Table.Td ta="right" fw={600}>
                {formatMoney(l.amountCents, currency)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
