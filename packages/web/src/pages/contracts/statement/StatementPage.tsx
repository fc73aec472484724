import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import {
  IconArrowLeft,
  IconChevronLeft,
  IconChevronRight,
  IconFileSpreadsheet,
  IconFileText,
  IconFileTypePdf,
} from '@tabler/icons-react';
import { addMonths, type ContractInput, isIsoMonth } from '@vigie/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { statementExportHref, useContract, useStatement } from '../../../api/contracts';
import { useInvoices } from '../../../api/invoices';
import { EmptyBlock } from '../../../components/EmptyBlock';
import { LoadGate } from '../../../components/LoadGate';
import { PageHeader } from '../../../components/PageHeader';
import { useCan, useWorkspace, useWsHref } from '../../../hooks/workspace';
import { currentLanguage } from '../../../i18n';
import { InvoiceLinesTable } from '../../invoices/InvoiceLinesTable';
import { InvoicesTable } from '../../invoices/InvoicesTable';
import { InvoiceUpload } from '../../invoices/InvoiceUpload';
import { formatMonth } from '../contractFormat';
import { MonthInputsForm } from './MonthInputsForm';
import { statementPath } from './StatementsPanel';
import { Section, StatementView } from './StatementView';

/** The outcome codes a contract bills (per_outcome lines), for the month inputs form. */
function outcomeCodes(document: Record<string, unknown>): string[] {
  const codes = new Set<string>();
  for (const version of (document as Partial<ContractInput>).versions ?? []) {
    for (const phase of version.phases) {
      for (const line of phase.priceLines) if (line.kind === 'per_outcome') codes.add(line.outcome);
    }
  }
  return [...codes];
}

/** The month's files: the statement to read and file, the invoice template for the vendor. */
const EXPORTS = [
  { format: 'xlsx', icon: IconFileSpreadsheet, label: 'statements.export.xlsx' },
  { format: 'pdf', icon: IconFileTypePdf, label: 'statements.export.pdf' },
  { format: 'csv', icon: IconFileText, label: 'statements.export.template' },
] as const;

/** /contracts/:contractId/statements/:month: the computed invoice of a month, its inputs and invoices. */
export function StatementPage() {
  const { t } = useTranslation();
  const { contractId = '', month = '' } = useParams();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const allowed = useCan();
  const valid = isIsoMonth(month);
  const contract = useContract(workspaceId, contractId);
  const statement = useStatement(workspaceId, contractId, valid ? month : '');
  const invoices = useInvoices(workspaceId, { contractId, month }, valid);
  const lang = currentLanguage();
  const exportHref = (format: 'xlsx' | 'pdf' | 'csv') =>
    statementExportHref(workspaceId, contractId, month, format, lang);
  const back = (
    <Anchor
      component={Link}
      to={`${href(`contracts/${encodeURIComponent(contractId)}`)}?tab=statements`}
      size="sm"
    >
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('statements.back', { name: contract.data?.name ?? t('contracts.title') })}
      </Group>
    </Anchor>
  );

  if (!valid) {
    return (
      <Stack gap="md">
        {back}
        <EmptyBlock icon={<IconFileText size={28} />} title={t('statements.badMonth')} />
      </Stack>
    );
  }

  return (
    <div style={{ maxWidth: 1180 }}>
      {back}
      <PageHeader
        title={t('statements.title', { month: formatMonth(month) })}
        description={contract.data?.name}
        actions={
          <>
            <Button
              component={Link}
              to={href(statementPath(contractId, addMonths(month, -1)))}
              variant="default"
              size="xs"
              leftSection={<IconChevronLeft size={14} aria-hidden />}
            >
              {t('statements.previous')}
            </Button>
            <Button
              component={Link}
              to={href(statementPath(contractId, addMonths(month, 1)))}
              variant="default"
              size="xs"
              rightSection={<IconChevronRight size={14} aria-hidden />}
            >
              {t('statements.next')}
            </Button>
          </>
        }
      />
      <LoadGate loads={[contract, statement]}>
        {() => {
          const detail = statement.data;
          const record = contract.data;
          if (!detail || !record) return null;
          return (
            <Stack gap="md">
              <Group gap="xs">
                {EXPORTS.map(({ format, icon: Icon, label }) => (
                  <Button
                    key={format}
                    component="a"
                    href={exportHref(format)}
                    download
                    variant="light"
                    leftSection={<Icon size={16} aria-hidden />}
                  >
                    {t(label)}
                  </Button>
                ))}
              </Group>
              <StatementView
                statement={detail.statement}
                idPrefix="statement"
                sources={detail.sourcesExplained}
              />
              <Section title={t('statements.sections.expected')} id="statement-expected">
                <Text size="sm" c="dimmed" mb="xs">
                  {t('statements.expected.intro')}
                </Text>
                <InvoiceLinesTable
                  lines={detail.expectedLines}
                  currency={detail.statement.currency}
                  testId="statement-expected"
                  empty={t('statements.expected.none')}
                />
              </Section>
              <Section title={t('statements.inputs.title')} id="statement-inputs">
                <MonthInputsForm
                  vendorId={record.vendorId}
                  month={month}
                  outcomeCodes={outcomeCodes(record.document)}
                  settled={(invoices.data ?? []).some((i) => i.status !== 'draft')}
                />
              </Section>
              <Section title={t('statements.sections.invoices')} id="statement-invoices">
                <Stack gap="md">
                  <LoadGate loads={[invoices]}>
                    {() =>
                      (invoices.data ?? []).length === 0 ? (
                        <Text size="sm" c="dimmed">
                          {t('statements.noInvoice')}
                        </Text>
                      ) : (
                        <InvoicesTable invoices={invoices.data ?? []} />
                      )
                    }
                  </LoadGate>
                  {allowed('create', 'invoice') ? (
                    <InvoiceUpload contractId={contractId} month={month} />
                  ) : null}
                </Stack>
              </Section>
            </Stack>
          );
        }}
      </LoadGate>
    </div>
  );
}
