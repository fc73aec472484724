import { Alert, Button, Group, Radio, Stack } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconDatabaseImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IMPORT_MODES, type ImportJob, type ImportMode } from '../../api/imports';
import { formatNumber } from '../../format';
import { useWsHref } from '../../hooks/workspace';
import { ApiErrorAlert } from './ApiErrorAlert';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';

interface CommitStepProps {
  readonly job: ImportJob;
  readonly committing: boolean;
  /** the refused commit request, if any */
  readonly error: unknown;
  readonly onCommit: (mode: ImportMode) => void;
  readonly onBack: () => void;
}

/** Step 3: all or nothing, or quarantine; then the import itself and what it stored. */
export function CommitStep({ job, committing, error, onCommit, onBack }: CommitStepProps) {
  const { t } = useTranslation();
  const href = useWsHref();
  const [mode, setMode] = useState<ImportMode>('all_or_nothing');

  if (!job.dryRun) {
    if (job.status === 'running') return <ImportProgress job={job} label={t('imports.progress.commit')} />;
    if (job.status === 'completed') return <ImportSummary job={job} />;
    return (
      <Stack gap="md">
        <Alert
          color="red"
          icon={<IconAlertTriangle size={18} />}
          title={t(`imports.status.${job.status}`)}
          role="alert"
        >
          {job.status === 'rejected'
            ? t('imports.wizard.rejectedText', { count: job.errors })
            : (job.problems[0]?.message ?? t('errors.unexpected'))}
        </Alert>
        <Group>
          <Button component={Link} to={href('imports')} variant="default">
            {t('imports.summary.list')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Radio.Group
        label={t('imports.mode.label')}
        value={mode}
        onChange={(value) => setMode(value === 'quarantine' ? 'quarantine' : 'all_or_nothing')}
      >
        <Stack gap="sm" mt="xs">
          {IMPORT_MODES.map((m) => (
            <Radio
              key={m}
              value={m}
              label={t(`imports.mode.${m}`)}
              description={t(`imports.mode.${m}Help`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {job.errors > 0 && mode === 'all_or_nothing' ? (
        <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={t('imports.mode.willReject')}>
          {t('imports.mode.willRejectText', {
            count: job.rowsRejected,
            valid: formatNumber(job.rowsValid),
          })}
        </Alert>
      ) : null}
      {job.errors > 0 && mode === 'quarantine' ? (
        <Alert color="blue" icon={<IconAlertTriangle size={18} />}>
          {t('imports.mode.quarantineText', {
            count: job.rowsRejected,
            valid: formatNumber(job.rowsValid),
          })}
        </Alert>
      ) : null}
      {error ? <ApiErrorAlert error={error} title={t('imports.wizard.commitFailed')} /> : null}
      <Group justify="space-between">
        <Button variant="default" onClick={onBack} leftSection={<IconArrowLeft size={16} aria-hidden />}>
          {t('imports.wizard.back')}
        </Button>
        <Button
          onClick={() => onCommit(mode)}
          loading={committing}
          leftSection={<IconDatabaseImport size={16} aria-hidden />}
        >
          {t('imports.wizard.commit', { count: job.rowsValid })}
        </Button>
      </Group>
    </Stack>
  );
}
