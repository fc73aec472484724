import { Badge, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { InvoiceDifferenceRecord } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { formatMoney, formatNumber } from '../../format';
import { currentLanguage } from '../../i18n';
import { invoiceLineLabel } from '../contracts/contractFormat';
import type { DifferenceAction } from './DifferenceModal';
import type { InvoiceActions } from './invoiceActions';

interface DifferencesTableProps {
  readonly differences: readonly InvoiceDifferenceRecord[];
  readonly currency: string;
  readonly actions: InvoiceActions;
  readonly onAction: (difference: InvoiceDifferenceRecord, action: DifferenceAction) => void;
}

/** A quantity difference compares quantities; every other kind compares amounts in cents. */
function figure(kind: string, value: number | null, currency: string): string {
  if (value === null) return '—';
  return kind === 'quantity' ? formatNumber(value, 4) : formatMoney(value, currency);
}

const DECISION_COLORS = { accepted: 'teal', disputed: 'orange' } as const;

/** Each difference between the invoice and the statement, its decision and answer, and what may be done. */
export function DifferencesTable({ differences, currency, actions, onAction }: DifferencesTableProps) {
  const { t } = useTranslation();
  if (differences.length === 0) {
    return (
      <Text c="teal.8" fw={500}>
        {t('invoices.differences.none')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={1080}>
      <Table data-testid="differences-table" verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('invoices.differences.kind')}</Table.Th>
            <Table.Th>{t('invoices.differences.label')}</Table.Th>
            <Table.Th ta="right">{t('invoices.differences.expected')}</Table.Th>
            <Table.Th ta="right">{t('invoices.differences.invoiced')}</Table.Th>
            <Table.Th ta="right">{t('invoices.differences.delta')}</Table.Th>
            <Table.Th>{t('invoices.differences.explanation')}</Table.Th>
            <Table.Th>{t('invoices.differences.decision')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {differences.map((d) => (
            <Table.Tr key={d.id} data-testid={`difference-${d.position}`}>
              <Table.Td>{t(`invoices.kinds.${d.kind}`, { defaultValue: d.kind })}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {invoiceLineLabel(t, d.code, d.label)}
                </Text>
                {d.row !== null ? (
                  <Text size="xs" c="dimmed">
                    {t('invoices.differences.row', { row: d.row })}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td ta="right">{figure(d.kind, d.expected, currency)}</Table.Td>
              <Table.Td ta="right">{figure(d.kind, d.invoiced, currency)}</Table.Td>
              <Table.Td
                ta="right"
                fw={600}
                c={d.deltaCents > 0 ? 'red.8' : d.deltaCents < 0 ? 'teal.8' : undefined}
              >
                {formatMoney(d.deltaCents, currency)}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`invoices.explain.${d.kind}`, { defaultValue: d.explanation })}</Text>
                {/* the server's working (English), with the statement's input it read */}
                {currentLanguage() === 'en' ? (
                  <Text size="xs" c="dimmed">
                    {d.explanation}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  {d.decision ? (
                    <Badge color={DECISION_COLORS[d.decision]} variant="light">
                      {t(`invoices.decision.${d.decision}`)}
                    </Badge>
                  ) : (
                    <Badge color="gray" variant="outline">
                      {t('invoices.decision.pending')}
                    </Badge>
                  )}
                  {d.comment ? (
                    <Text size="xs">{t('invoices.differences.clientComment', { comment: d.comment })}</Text>
                  ) : null}
                  {d.answer ? (
                    <Text size="xs">{t('invoices.differences.vendorAnswer', { answer: d.answer })}</Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                {/* stacked: side by side they push the table wider than the page */}
                <Stack gap={4} align="stretch">
                  {actions.canDecide ? (
                    <>
                      <Button
                        size="compact-sm"
                        variant="light"
                        color="teal"
                        onClick={() => onAction(d, 'accepted')}
                      >
                        {t('invoices.actions.accept')}
                        <VisuallyHidden>: {d.label}</VisuallyHidden>
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="light"
                        color="orange"
                        onClick={() => onAction(d, 'disputed')}
                      >
                        {t('invoices.actions.dispute')}
                        <VisuallyHidden>: {d.label}</VisuallyHidden>
                      </Button>
                    </>
                  ) : null}
                  {actions.canAnswer(d) ? (
                    <Button size="compact-sm" variant="light" onClick={() => onAction(d, 'answer')}>
                      {t('invoices.actions.answer')}
                      <VisuallyHidden>: {d.label}</VisuallyHidden>
                    </Button>
                  ) : null}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
