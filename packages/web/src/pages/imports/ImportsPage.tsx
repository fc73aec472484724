import { Anchor, Badge, Button, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { IconColumns, IconFileDownload, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ImportJob, problemsCsvHref, useImports } from '../../api/imports';
import { useMappingProfiles } from '../../api/mapping-profiles';
import { CreateButton } from '../../components/CreateButton';
import { EmptyBlock } from '../../components/EmptyBlock';
import { LoadGate } from '../../components/LoadGate';
import { NoAccess } from '../../components/NoAccess';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime, formatNumber } from '../../format';
import { useCan, useWorkspace, useWsHref } from '../../hooks/workspace';
import { FormatsHelp } from './FormatsHelp';
import { ImportStatusBadge } from './ImportStatusBadge';
import { profileLabel } from './profileLabel';

/** /imports: the contact-record files loaded so far, newest first. */
export function ImportsPage() {
  const allowed = useCan();
  if (!allowed('read', 'import')) return <NoAccess />;
  return <ImportList />;
}

function ImportList() {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const imports = useImports(workspaceId);
  const mappings = useMappingProfiles(workspaceId);
  const hasItems = (imports.data ?? []).length > 0;
  const createButton = <CreateButton to={href('imports/new')} label={t('imports.create')} />;
  const mappingsButton = (
    <Button
      component={Link}
      to={href('imports/mappings')}
      variant="default"
      leftSection={<IconColumns size={16} aria-hidden />}
    >
      {t('mapping.listTitle')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('imports.title')}
        description={t('imports.intro')}
        actions={
          hasItems ? (
            <>
              {mappingsButton}
              {createButton}
            </>
          ) : null
        }
      />
      <LoadGate loads={[imports, mappings]}>
        {() =>
          hasItems ? (
            <ImportTable items={imports.data ?? []} mappings={mappings.data ?? []} />
          ) : (
            <>
              <EmptyBlock
                icon={<IconFileImport size={28} />}
                title={t('imports.emptyTitle')}
                description={t('imports.emptyText')}
                action={
                  <Group justify="center">
                    {mappingsButton}
                    {createButton}
                  </Group>
                }
              />
              <FormatsHelp />
            </>
          )
        }
      </LoadGate>
    </>
  );
}

interface ImportTableProps {
  readonly items: readonly ImportJob[];
  readonly mappings: readonly { readonly id: string; readonly name: string }[];
}

function ImportTable({ items, mappings }: ImportTableProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  // each import is preceded by its dry run: hidden unless asked for, the list would double
  const [withDryRuns, setWithDryRuns] = useState(false);
  const shown = withDryRuns ? items : items.filter((job) => !job.dryRun);
  return (
    <Stack gap="md">
      <Switch
        label={t('imports.showDryRuns')}
        checked={withDryRuns}
        onChange={(e) => setWithDryRuns(e.currentTarget.checked)}
      />
      <Table.ScrollContainer minWidth={960}>
        <Table>
          <Table.Caption ta="left">{t('imports.count', { count: shown.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.fields.file')}</Table.Th>
              <Table.Th>{t('imports.fields.profile')}</Table.Th>
              <Table.Th>{t('imports.fields.who')}</Table.Th>
              <Table.Th>{t('imports.fields.when')}</Table.Th>
              <Table.Th>{t('imports.fields.status')}</Table.Th>
              <Table.Th ta="right">{t('imports.fields.imported')}</Table.Th>
              <Table.Th ta="right">{t('imports.fields.duplicates')}</Table.Th>
              <Table.Th ta="right">{t('imports.fields.rejected')}</Table.Th>
              <Table.Th>{t('imports.fields.problems')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((job) => (
              <Table.Tr key={job.id}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {job.fileName}
                  </Text>
                  {job.dryRun ? (
                    <Badge size="xs" variant="outline" color="gray">
                      {t('imports.dryRunBadge')}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>{profileLabel(t, job.profile, mappings)}</Table.Td>
                <Table.Td>{job.createdBy}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(job.createdAt)}</Table.Td>
                <Table.Td>
                  <ImportStatusBadge status={job.status} />
                </Table.Td>
                <Table.Td ta="right">{formatNumber(job.rowsImported)}</Table.Td>
                <Table.Td ta="right">{formatNumber(job.rowsDuplicate)}</Table.Td>
                <Table.Td ta="right">{formatNumber(job.rowsRejected)}</Table.Td>
                <Table.Td>
                  {job.errors + job.warnings > 0 ? (
                    <Anchor href={problemsCsvHref(workspaceId, job.id)} download size="sm">
                      <Group gap={4} component="span" wrap="nowrap">
                        <IconFileDownload size={14} aria-hidden />
                        {t('imports.problemsCsv', { count: job.errors + job.warnings })}
                      </Group>
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('imports.noProblem')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
