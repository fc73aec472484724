import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type ImportJob, problemsCsvHref } from '../../api/imports';
import { formatNumber } from '../../format';
import { useWorkspace } from '../../hooks/workspace';

/** Enough lines to see what goes wrong; the CSV holds every one of them. */
const SHOWN = 100;

/** The problems of an import, errors and warnings counted apart, with the full report to download. */
export function ProblemsList({ job }: { readonly job: ImportJob }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const total = job.errors + job.warnings;
  const shown = job.problems.slice(0, SHOWN);
  return (
    <Stack gap="sm" component="section" aria-labelledby="import-problems">
      <Group justify="space-between" align="baseline">
        <Title order={3} size="h5" id="import-problems">
          {t('imports.problems.title')}
        </Title>
        <Group gap="xs">
          <Badge color={job.errors > 0 ? 'red' : 'gray'} variant="light">
            {t('imports.problems.errors', { count: job.errors })}
          </Badge>
          <Badge color={job.warnings > 0 ? 'orange' : 'gray'} variant="light">
            {t('imports.problems.warnings', { count: job.warnings })}
          </Badge>
        </Group>
      </Group>
      {total === 0 ? (
        <Text size="sm" c="dimmed">
          {t('imports.problems.none')}
        </Text>
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table fz="sm" data-testid="problems-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('imports.problems.line')}</Table.Th>
                  <Table.Th>{t('imports.problems.field')}</Table.Th>
                  <Table.Th>{t('imports.problems.severity')}</Table.Th>
                  <Table.Th>{t('imports.problems.message')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((p) => (
                  <Table.Tr key={`${p.line}:${p.field ?? ''}:${p.code}`}>
                    <Table.Td>{formatNumber(p.line)}</Table.Td>
                    <Table.Td>{p.field ?? '—'}</Table.Td>
                    <Table.Td>
                      <Badge size="sm" variant="light" color={p.severity === 'error' ? 'red' : 'orange'}>
                        {t(`imports.problems.${p.severity}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{p.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {total > shown.length ? (
            <Text size="sm" c="dimmed">
              {t('imports.problems.more', { shown: formatNumber(shown.length), total: formatNumber(total) })}
            </Text>
          ) : null}
          <Anchor href={problemsCsvHref(workspaceId, job.id)} download size="sm">
            <Group gap={4} component="span">
              <IconFileDownload size={16} aria-hidden />
              {t('imports.problems.download')}
            </Group>
          </Anchor>
        </>
      )}
    </Stack>
  );
}
