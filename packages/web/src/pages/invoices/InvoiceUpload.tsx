import { Alert, Button, Group, Input, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconUpload } from '@tabler/icons-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/client';
import { useUploadInvoice } from '../../api/invoices';
import { errorMessage, notifySuccess } from '../../forms/errors';
import { useWorkspace, useWsHref } from '../../hooks/workspace';
import { uploadProblems } from './uploadProblems';

interface InvoiceUploadProps {
  readonly contractId: string;
  readonly month: string;
}

/**
 * The vendor's invoice for the month (CSV from the template, or XLSX). A refused file is listed
 * row by row and field by field, and nothing is stored; an accepted one opens with its differences.
 */
export function InvoiceUpload({ contractId, month }: InvoiceUploadProps) {
  const { t } = useTranslation();
  const id = useId();
  const href = useWsHref();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const { workspaceId } = useWorkspace();
  const upload = useUploadInvoice(workspaceId);
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissing(true);
      input.current?.focus();
      return;
    }
    upload.mutate(
      { file, contractId, month },
      {
        onSuccess: (invoice) => {
          notifySuccess(t('invoices.upload.done', { name: file.name }));
          void navigate(href(`invoices/${encodeURIComponent(invoice.id)}`));
        },
      },
    );
  };
  const problems = isApiError(upload.error) ? uploadProblems(upload.error.issues) : [];

  return (
    <form noValidate onSubmit={submit} aria-label={t('invoices.upload.title')}>
      <Stack gap="sm">
        <Input.Wrapper
          id={id}
          label={t('invoices.upload.file')}
          description={t('invoices.upload.hint')}
          error={missing ? t('invoices.upload.required') : undefined}
          required
        >
          <input
            ref={input}
            id={id}
            type="file"
            accept=".csv,.xlsx"
            style={{ display: 'block', marginTop: 4 }}
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              setMissing(false);
              upload.reset();
            }}
          />
        </Input.Wrapper>
        <Group>
          <Button type="submit" leftSection={<IconUpload size={16} aria-hidden />} loading={upload.isPending}>
            {t('invoices.upload.submit')}
          </Button>
        </Group>
        {upload.isError ? (
          <Alert
            color="red"
            icon={<IconAlertTriangle size={18} />}
            title={t('invoices.upload.refused')}
            role="alert"
          >
            <Text size="sm">{errorMessage(t, upload.error)}</Text>
            {isApiError(upload.error) && upload.error.issues.length === 0 && upload.error.message ? (
              <Text size="sm">{upload.error.message}</Text>
            ) : null}
            {problems.length > 0 ? (
              <Table mt="xs" fz="sm" data-testid="invoice-upload-problems">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('invoices.upload.row')}</Table.Th>
                    <Table.Th>{t('invoices.upload.field')}</Table.Th>
                    <Table.Th>{t('invoices.upload.problem')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {problems.map((p, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a row and field may carry two problems
                    <Table.Tr key={i}>
                      <Table.Td>{p.row ?? '—'}</Table.Td>
                      <Table.Td>{p.field ?? '—'}</Table.Td>
                      <Table.Td>{p.message || p.code}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : null}
          </Alert>
        ) : null}
      </Stack>
    </form>
  );
}
