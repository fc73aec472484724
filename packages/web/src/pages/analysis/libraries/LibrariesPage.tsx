import { Anchor, Badge, Button, Group, Table } from '@mantine/core';
import { IconCopy, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type LibrarySummary, useDeleteLibrary, useLibraries } from '../../../api/libraries';
import { ActionsTh } from '../../../components/ActionsTh';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { LoadGate } from '../../../components/LoadGate';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime, languageName } from '../../../format';
import { notifyError, notifySuccess } from '../../../forms/errors';
import { useCan, useWorkspace, useWsHref } from '../../../hooks/workspace';
import { Crumbs } from '../shared/Crumbs';
import { DASH } from '../shared/figures';
import { analysisPaths } from '../shared/paths';
import { CopyLibraryModal } from './CopyLibraryModal';

/** /analysis/libraries: the shipped libraries (read-only, to copy) and the workspace's own. */
export function LibrariesPage() {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const allowed = useCan();
  const canCreate = allowed('create', 'library');
  const canDelete = allowed('delete', 'library');
  const libraries = useLibraries(workspaceId);
  const remove = useDeleteLibrary(workspaceId);
  const [copying, setCopying] = useState<LibrarySummary | null>(null);
  const [deleting, setDeleting] = useState<LibrarySummary | null>(null);
  const nameOf = (id: string | null) => (id ? (libraries.data?.find((l) => l.id === id)?.name ?? id) : DASH);

  return (
    <>
      <Crumbs
        items={[
          { label: t('analysis.runs.title'), to: href(analysisPaths.runs()) },
          { label: t('analysis.libraries.title') },
        ]}
      />
      <PageHeader title={t('analysis.libraries.title')} description={t('analysis.libraries.intro')} />
      <LoadGate loads={[libraries]}>
        {() => (
          <Table.ScrollContainer minWidth={860}>
            <Table data-testid="libraries-table" verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('analysis.libraries.columns.name')}</Table.Th>
                  <Table.Th>{t('analysis.libraries.columns.kind')}</Table.Th>
                  <Table.Th>{t('analysis.libraries.columns.language')}</Table.Th>
                  <Table.Th ta="right">{t('analysis.libraries.columns.rules')}</Table.Th>
                  <Table.Th>{t('analysis.libraries.columns.basedOn')}</Table.Th>
                  <Table.Th>{t('analysis.libraries.columns.updated')}</Table.Th>
                  <ActionsTh />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(libraries.data ?? []).map((l) => (
                  <Table.Tr key={l.id} data-library-id={l.id}>
                    <Table.Td>
                      <Anchor component={Link} to={href(analysisPaths.library(l.id))} fw={600}>
                        {l.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {l.builtIn ? (
                        <Badge variant="light" color="gray">
                          {t('analysis.libraries.shipped')}
                        </Badge>
                      ) : (
                        <Badge variant="light">{t('analysis.libraries.workspace')}</Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{languageName(l.language)}</Table.Td>
                    <Table.Td ta="right">{l.ruleCount}</Table.Td>
                    <Table.Td>{l.builtIn ? DASH : nameOf(l.basedOn)}</Table.Td>
                    <Table.Td>{l.updatedAt ? formatDateTime(l.updatedAt) : DASH}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        {l.builtIn && canCreate ? (
                          <Button
                            size="xs"
                            variant="light"
                            leftSection={<IconCopy size={14} aria-hidden />}
                            onClick={() => setCopying(l)}
                            aria-label={t('analysis.libraries.copyItem', { name: l.name })}
                          >
                            {t('analysis.libraries.copy')}
                          </Button>
                        ) : null}
                        {!l.builtIn && canDelete ? (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            leftSection={<IconTrash size={14} aria-hidden />}
                            onClick={() => setDeleting(l)}
                            aria-label={t('common.deleteItem', { name: l.name })}
                          >
                            {t('common.delete')}
                          </Button>
                        ) : null}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </LoadGate>
      <CopyLibraryModal source={copying} onClose={() => setCopying(null)} />
      <ConfirmModal
        opened={deleting !== null}
        title={t('analysis.libraries.deleteTitle')}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => notifySuccess(t('analysis.libraries.deleted')),
            onError: (error) => notifyError(t, error),
            onSettled: () => setDeleting(null),
          })
        }
      >
        {t('analysis.libraries.deleteConfirm', { name: deleting?.name ?? '' })}
      </ConfirmModal>
    </>
  );
}
