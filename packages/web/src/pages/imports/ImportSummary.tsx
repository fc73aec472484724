import { Alert, Button, Group, Stack, Table } from '@mantine/core';
import { IconChartBar, IconCircleCheck, IconList } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportJob } from '../../api/imports';
import { formatNumber } from '../../format';
import { useWsHref } from '../../hooks/workspace';
import { ProblemsList } from './ProblemsList';

/** What a stored import changed, and where to see its figures. */
export function ImportSummary({ job }: { readonly job: ImportJob }) {
  const { t } = useTranslation();
  const href = useWsHref();
  const counts: readonly [string, number][] = [
    [t('imports.summary.imported'), job.rowsImported],
    [t('imports.summary.duplicates'), job.rowsDuplicate],
    [t('imports.summary.quarantined'), job.rowsRejected],
    [t('imports.summary.warnings'), job.warnings],
  ];
  return (
    <Stack gap="lg">
      <Alert color="teal" icon={<IconCircleCheck size={18} />} title={t('imports.summary.title')}>
        {job.rowsImported > 0 ? t('imports.summary.stored') : t('imports.summary.nothingNew')}
      </Alert>
      <Table maw={420} data-testid="import-summary">
        <Table.Tbody>
          {counts.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row">{label}</Table.Th>
              <Table.Td ta="right">{formatNumber(value)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {job.errors + job.warnings > 0 ? <ProblemsList job={job} /> : null}
      <Group>
        <Button component={Link} to={href('dashboards')} leftSection={<IconChartBar size={16} aria-hidden />}>
          {t('imports.summary.dashboards')}
        </Button>
        <Button
          component={Link}
          to={href('imports')}
          variant="default"
          leftSection={<IconList size={16} aria-hidden />}
        >
          {t('imports.summary.list')}
        </Button>
      </Group>
    </Stack>
  );
}
