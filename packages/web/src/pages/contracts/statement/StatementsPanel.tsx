import { Anchor, Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconFileInvoice } from '@tabler/icons-react';
import { type ContractRecord, isIsoMonth } from '@vigie/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useStatements } from '../../../api/contracts';
import { EmptyBlock } from '../../../components/EmptyBlock';
import { LoadGate } from '../../../components/LoadGate';
import { formatMoney, formatNumber } from '../../../format';
import { useWorkspace, useWsHref } from '../../../hooks/workspace';
import { InvoiceStatusBadge } from '../../invoices/InvoiceStatusBadge';
import { formatMonth, todayIso } from '../contractFormat';

/** The path of a month's statement inside the workspace. */
export function statementPath(contractId: string, month: string): string {
  return `contracts/${encodeURIComponent(contractId)}/statements/${month}`;
}

/** The contract's months with data, each with its total and invoice, and a way to open any month. */
export function StatementsPanel({ contract }: { readonly contract: ContractRecord }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const navigate = useNavigate();
  const statements = useStatements(workspaceId, contract.id);
  const [month, setMonth] = useState(todayIso().slice(0, 7));
  const open = (event: FormEvent) => {
    event.preventDefault();
    if (isIsoMonth(month)) void navigate(href(statementPath(contract.id, month)));
  };

  return (
    <Stack gap="md">
      <form onSubmit={open} aria-label={t('statements.open.label')}>
        <Group align="flex-end">
          <TextInput
            type="month"
            label={t('statements.open.month')}
            value={month}
            onChange={(event) => setMonth(event.currentTarget.value)}
            error={isIsoMonth(month) ? undefined : t('contracts.preview.monthFormat')}
            w={220}
          />
          <Button type="submit" variant="light">
            {t('statements.open.submit')}
          </Button>
        </Group>
      </form>
      <LoadGate loads={[statements]}>
        {() =>
          (statements.data ?? []).length === 0 ? (
            <EmptyBlock
              icon={<IconFileInvoice size={28} />}
              title={t('statements.list.emptyTitle')}
              description={t('statements.list.emptyText')}
            />
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table data-testid="statement-months">
                <Table.Caption ta="left">
                  {t('statements.list.count', { count: statements.data?.length ?? 0 })}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('statements.list.month')}</Table.Th>
                    <Table.Th ta="right">{t('statements.totals.total')}</Table.Th>
                    <Table.Th>{t('statements.list.warnings')}</Table.Th>
                    <Table.Th>{t('statements.list.invoice')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...(statements.data ?? [])]
                    .sort((a, b) => b.month.localeCompare(a.month))
                    .map((s) => (
                      <Table.Tr key={s.month}>
                        <Table.Td>
                          <Anchor component={Link} to={href(statementPath(contract.id, s.month))} fw={600}>
                            {formatMonth(s.month)}
                          </Anchor>
                        </Table.Td>
                        <Table.Td ta="right">{formatMoney(s.totals.totalCents, s.currency)}</Table.Td>
                        <Table.Td>
                          {s.warningCount > 0 ? (
                            <Badge color="orange" variant="light">
                              {formatNumber(s.warningCount)}
                            </Badge>
                          ) : (
                            <Text span c="dimmed" size="sm">
                              —
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {s.invoice ? (
                            <Group gap="xs">
                              <InvoiceStatusBadge status={s.invoice.status} />
                              <Anchor
                                component={Link}
                                to={href(`invoices/${encodeURIComponent(s.invoice.id)}`)}
                                size="sm"
                              >
                                {formatMoney(s.invoice.invoicedTotalCents, s.invoice.currency)}
                              </Anchor>
                            </Group>
                          ) : (
                            <Text span c="dimmed" size="sm">
                              {t('statements.list.noInvoice')}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </LoadGate>
    </Stack>
  );
}
