import { Code, Table, Text } from '@mantine/core';
import type { ExpectedInvoiceLine } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '../../../format';
import { invoiceLineLabel } from '../contractFormat';

interface ExpectedLinesTableProps {
  readonly lines: readonly ExpectedInvoiceLine[];
  readonly currency: string;
}

/** The lines the vendor's invoice is expected to hold, by the code the template carries. */
export function ExpectedLinesTable({ lines, currency }: ExpectedLinesTableProps) {
  const { t } = useTranslation();
  if (lines.length === 0) return <Text c="dimmed">{t('statements.expected.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table data-testid="statement-expected">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('statements.expected.code')}</Table.Th>
            <Table.Th>{t('statements.lines.label')}</Table.Th>
            <Table.Th ta="right">{t('statements.lines.quantity')}</Table.Th>
            <Table.Th ta="right">{t('statements.lines.unitPrice')}</Table.Th>
            <Table.Th ta="right">{t('statements.lines.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={l.code}>
              <Table.Td>
                <Code>{l.code}</Code>
              </Table.Td>
              <Table.Td>{invoiceLineLabel(t, l.code, l.label)}</Table.Td>
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
