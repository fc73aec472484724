import { Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '../../format';
import { invoiceLineLabel } from '../contracts/contractFormat';

/** A line matched on its code: one the statement expects, or one read from the vendor's file. */
interface CodedLine {
  readonly code: string;
  readonly label: string;
  readonly quantity: number | null;
  readonly unitPriceCents: number | null;
  readonly amountCents: number;
  /** the file's row, for lines read from a file */
  readonly row?: number;
}

interface InvoiceLinesTableProps {
  readonly lines: readonly CodedLine[];
  readonly currency: string;
  readonly testId: string;
  readonly empty: string;
}

/**
 * Invoice lines by code: the statement's expected ones (named in the interface language), or
 * the vendor's as read from its file, with their row there (named as the vendor wrote them).
 */
export function InvoiceLinesTable({ lines, currency, testId, empty }: InvoiceLinesTableProps) {
  const { t } = useTranslation();
  if (lines.length === 0) return <Text c="dimmed">{empty}</Text>;
  const fromFile = lines.some((l) => l.row !== undefined);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {fromFile ? <Table.Th>{t('invoices.upload.row')}</Table.Th> : null}
            <Table.Th>{t('statements.expected.code')}</Table.Th>
            <Table.Th>{t('statements.lines.label')}</Table.Th>
            <Table.Th ta="right">{t('statements.lines.quantity')}</Table.Th>
            <Table.Th ta="right">{t('statements.lines.unitPrice')}</Table.Th>
            <Table.Th ta="right">{t('statements.lines.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={l.row ?? l.code}>
              {fromFile ? <Table.Td>{l.row}</Table.Td> : null}
              <Table.Td>
                <Code>{l.code}</Code>
              </Table.Td>
              <Table.Td>{fromFile ? l.label : invoiceLineLabel(t, l.code, l.label)}</Table.Td>
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
