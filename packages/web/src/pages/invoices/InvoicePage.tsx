import { Alert, Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCheck, IconLock, IconSend, IconTrash } from '@tabler/icons-react';
import type { InvoiceDifferenceRecord } from '@vigie/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { useContract } from '../../api/contracts';
import {
  useAgreeInvoice,
  useAnswerDifference,
  useDecideDifference,
  useDeleteInvoice,
  useInvoice,
  useIssueInvoice,
} from '../../api/invoices';
import { ConfirmModal } from '../../components/ConfirmModal';
import { EmptyBlock } from '../../components/EmptyBlock';
import { LoadGate } from '../../components/LoadGate';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime, formatMoney } from '../../format';
import { notifyError, notifySuccess } from '../../forms/errors';
import { useWorkspace, useWsHref } from '../../hooks/workspace';
import { formatMonth } from '../contracts/contractFormat';
import { statementPath } from '../contracts/statement/StatementsPanel';
import { type DifferenceAction, DifferenceModal } from './DifferenceModal';
import { DifferencesTable } from './DifferencesTable';
import { InvoiceLinesTable } from './InvoiceLinesTable';
import { InvoiceStatusBadge } from './InvoiceStatusBadge';
import { invoiceActions } from './invoiceActions';

function Figure({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text size="lg" fw={700}>
        {children}
      </Text>
    </Paper>
  );
}

/** /invoices/:invoiceId: the vendor's invoice against the statement, difference by difference. */
export function InvoicePage() {
  const { t } = useTranslation();
  const { invoiceId = '' } = useParams();
  const { workspaceId, me, membership } = useWorkspace();
  const href = useWsHref();
  const navigate = useNavigate();
  const invoice = useInvoice(workspaceId, invoiceId);
  const contract = useContract(workspaceId, invoice.data?.contractId);
  const issue = useIssueInvoice(workspaceId);
  const agree = useAgreeInvoice(workspaceId);
  const remove = useDeleteInvoice(workspaceId);
  const decide = useDecideDifference(workspaceId);
  const answer = useAnswerDifference(workspaceId);
  const [open, setOpen] = useState<{ difference: InvoiceDifferenceRecord; action: DifferenceAction } | null>(
    null,
  );
  const [deleting, setDeleting] = useState(false);

  const back = (
    <Anchor component={Link} to={href('invoices')} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('invoices.back')}
      </Group>
    </Anchor>
  );
  if (invoice.isError && isApiError(invoice.error) && invoice.error.status === 404) {
    return (
      <Stack gap="md">
        {back}
        <EmptyBlock
          icon={<IconLock size={28} />}
          title={t('invoices.notFound')}
          description={t('invoices.notFoundHint')}
        />
      </Stack>
    );
  }

  const data = invoice.data;
  const title = data
    ? t('invoices.pageTitle', { month: formatMonth(data.month), name: contract.data?.name ?? '' })
    : t('invoices.title');
  return (
    <div style={{ maxWidth: 1280 }}>
      {back}
      <PageHeader title={title} description={data ? data.fileName : undefined} />
      <LoadGate loads={[invoice]}>
        {() => {
          if (!data) return null;
          const actions = invoiceActions(
            { userId: me.user.id, role: membership.role, vendorId: membership.vendorId },
            data,
          );
          const money = (cents: number) => formatMoney(cents, data.currency);
          const done = (message: string) => ({
            onSuccess: () => notifySuccess(message),
            onError: (error: Error) => notifyError(t, error),
          });
          const confirm = (text: string) => {
            if (!open) return;
            const ids = { invoiceId: data.id, differenceId: open.difference.id };
            const close = {
              onSuccess: () => setOpen(null),
              onError: (error: Error) => notifyError(t, error),
            };
            if (open.action === 'answer') answer.mutate({ ...ids, answer: text }, close);
            else decide.mutate({ ...ids, decision: open.action, comment: text }, close);
          };
          return (
            <Stack gap="md">
              <Group justify="space-between" align="center">
                <Group gap="sm">
                  <InvoiceStatusBadge status={data.status} />
                  <Text size="sm" c="dimmed">
                    {t('invoices.uploadedAt', { at: formatDateTime(data.uploadedAt) })}
                  </Text>
                  <Anchor component={Link} to={href(statementPath(data.contractId, data.month))} size="sm">
                    {t('invoices.openStatement')}
                  </Anchor>
                </Group>
                <Group gap="xs">
                  {actions.canDelete ? (
                    <Button
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrash size={16} aria-hidden />}
                      onClick={() => setDeleting(true)}
                    >
                      {t('invoices.actions.delete')}
                    </Button>
                  ) : null}
                  {actions.canIssue ? (
                    <Button
                      leftSection={<IconSend size={16} aria-hidden />}
                      loading={issue.isPending}
                      onClick={() => issue.mutate(data.id, done(t('invoices.issued')))}
                    >
                      {t('invoices.actions.issue')}
                    </Button>
                  ) : null}
                  {actions.canAgree ? (
                    <Button
                      color="teal"
                      leftSection={<IconCheck size={16} aria-hidden />}
                      disabled={actions.agreeBlocked}
                      loading={agree.isPending}
                      onClick={() => agree.mutate(data.id, done(t('invoices.agreed')))}
                    >
                      {t('invoices.actions.agree')}
                    </Button>
                  ) : null}
                </Group>
              </Group>
              {actions.canAgree && actions.agreeBlocked ? (
                <Alert color="orange">{t('invoices.agreeBlocked')}</Alert>
              ) : null}
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Figure label={t('invoices.columns.invoiced')}>{money(data.invoicedTotalCents)}</Figure>
                <Figure label={t('invoices.columns.statement')}>{money(data.statementTotalCents)}</Figure>
                <Figure label={t('invoices.totalDelta')}>
                  {money(data.invoicedTotalCents - data.statementTotalCents)}
                </Figure>
              </SimpleGrid>
              <Paper withBorder p="md" component="section" aria-labelledby="invoice-differences">
                <Title order={2} size="h4" mb="sm" id="invoice-differences">
                  {t('invoices.differences.title', { count: data.differences.length })}
                </Title>
                <DifferencesTable
                  differences={data.differences}
                  currency={data.currency}
                  actions={actions}
                  onAction={(difference, action) => setOpen({ difference, action })}
                />
              </Paper>
              <Paper withBorder p="md" component="section" aria-labelledby="invoice-lines">
                <Title order={2} size="h4" mb="sm" id="invoice-lines">
                  {t('invoices.lines.title')}
                </Title>
                <InvoiceLinesTable
                  lines={data.lines}
                  currency={data.currency}
                  testId="invoice-lines"
                  empty={t('invoices.lines.none')}
                />
              </Paper>
              <DifferenceModal
                action={open?.action ?? null}
                difference={open?.difference ?? null}
                saving={decide.isPending || answer.isPending}
                onClose={() => setOpen(null)}
                onConfirm={confirm}
              />
              <ConfirmModal
                opened={deleting}
                title={t('invoices.deleteTitle')}
                confirmLabel={t('common.delete')}
                loading={remove.isPending}
                onClose={() => setDeleting(false)}
                onConfirm={() =>
                  remove.mutate(data.id, {
                    onSuccess: () => {
                      notifySuccess(t('invoices.deleted'));
                      void navigate(href(statementPath(data.contractId, data.month)));
                    },
                    onError: (error) => notifyError(t, error),
                    onSettled: () => setDeleting(false),
                  })
                }
              >
                {t('invoices.deleteConfirm', { name: data.fileName })}
              </ConfirmModal>
            </Stack>
          );
        }}
      </LoadGate>
    </div>
  );
}
