import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../api/imports';
import { formatNumber } from '../../format';
import { ImportProgress } from './ImportProgress';
import { type PreviewNames, PreviewTable } from './PreviewTable';
import { ProblemsList } from './ProblemsList';

interface DryRunStepProps {
  readonly job: ImportJob;
  /** the preview's vendors and activities are ids: the server has matched them already */
  readonly names: PreviewNames;
  readonly onBack: () => void;
  readonly onNext: () => void;
}

/** Step 2: the file read through without storing anything; what would be imported, and what is wrong. */
export function DryRunStep({ job, names, onBack, onNext }: DryRunStepProps) {
  const { t } = useTranslation();
  const back = (
    <Button variant="default" onClick={onBack} leftSection={<IconArrowLeft size={16} aria-hidden />}>
      {t('imports.wizard.back')}
    </Button>
  );
  if (job.status === 'running') return <ImportProgress job={job} label={t('imports.progress.dryRun')} />;
  if (job.status === 'failed') {
    return (
      <Stack gap="md">
        <Alert
          color="red"
          icon={<IconAlertTriangle size={18} />}
          title={t('imports.wizard.unreadable')}
          role="alert"
        >
          {job.problems[0]?.message ?? t('errors.unexpected')}
        </Alert>
        <Group>{back}</Group>
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <Text size="sm">
        {t('imports.wizard.dryRunDone', {
          read: formatNumber(job.rowsRead),
          valid: formatNumber(job.rowsValid),
          rejected: formatNumber(job.rowsRejected),
        })}
      </Text>
      {job.preview.length > 0 ? (
        <PreviewTable
          caption={t('imports.preview.caption', { count: job.preview.length })}
          names={names}
          rows={job.preview.map((interaction, index) => ({
            key: `${index}:${interaction.id}`,
            line: null,
            interaction,
            issues: [],
          }))}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t('imports.preview.empty')}
        </Text>
      )}
      <ProblemsList job={job} />
      <Group justify="space-between">
        {back}
        <Button onClick={onNext} rightSection={<IconArrowRight size={16} aria-hidden />}>
          {t('imports.wizard.toCommit')}
        </Button>
      </Group>
    </Stack>
  );
}
