import { Paper, Stepper } from '@mantine/core';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { useActivities } from '../../api/activities';
import { type ImportJob, useCommitImport, useImport, useStartImport } from '../../api/imports';
import { useMappingProfiles } from '../../api/mapping-profiles';
import { useVendors } from '../../api/vendors';
import { LoadGate } from '../../components/LoadGate';
import { Loading } from '../../components/Loading';
import { NoAccess } from '../../components/NoAccess';
import { PageHeader } from '../../components/PageHeader';
import { QueryError } from '../../components/QueryError';
import { useCan, useWorkspace } from '../../hooks/workspace';
import { ApiErrorAlert } from './ApiErrorAlert';
import { ChooseFileStep, type ImportChoice } from './ChooseFileStep';
import { CommitStep } from './CommitStep';
import { DryRunStep } from './DryRunStep';
import { draftFromState } from './importDraft';
import { StepHeading } from './StepHeading';

/** /imports/new: choose the file, dry run, then store it. */
export function NewImportPage() {
  const allowed = useCan();
  const { t } = useTranslation();
  if (!allowed('create', 'import')) return <NoAccess />;
  return (
    <>
      <PageHeader title={t('imports.wizard.title')} description={t('imports.wizard.intro')} />
      <ImportWizard />
    </>
  );
}

function ImportWizard() {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const location = useLocation();
  const [params] = useSearchParams();
  const vendors = useVendors(workspaceId);
  const activities = useActivities(workspaceId);
  const mappings = useMappingProfiles(workspaceId);
  const start = useStartImport(workspaceId);
  const commit = useCommitImport(workspaceId);
  const [step, setStep] = useState(0);
  // the step headings take the focus once the user has moved between steps, not on arrival
  const [moved, setMoved] = useState(false);
  const go = (next: number) => {
    setMoved(true);
    setStep(next);
  };
  const [choice, setChoice] = useState<ImportChoice | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const imported = useImport(workspaceId, importId);
  const job = imported.data;
  // once the import is sent, the earlier steps describe a file that is already stored
  const committed = job !== undefined && !job.dryRun;

  const names = useMemo(
    () => ({
      vendor: new Map((vendors.data ?? []).map((v) => [v.id, v.name])),
      activity: new Map((activities.data ?? []).map((a) => [a.id, a.name])),
    }),
    [vendors.data, activities.data],
  );

  const carried = draftFromState(location.state);
  const initial = choice ?? {
    file: carried?.file ?? null,
    vendorId: carried?.vendorId ?? null,
    activityId: carried?.activityId ?? null,
    profile: params.get('profile'),
  };

  // a step about the import shows once its first answer is in
  const withJob = (render: (j: ImportJob) => ReactNode) => {
    if (job) return render(job);
    if (imported.isError)
      return <QueryError error={imported.error} onRetry={() => void imported.refetch()} />;
    return <Loading />;
  };

  const onStart = (next: ImportChoice) => {
    setChoice(next);
    commit.reset();
    start.mutate(
      { ...next, dryRun: true, mode: 'all_or_nothing' },
      {
        onSuccess: (created) => {
          setImportId(created.id);
          go(1);
        },
      },
    );
  };

  return (
    <LoadGate loads={[vendors, activities, mappings]}>
      {() => (
        <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
          <Stepper
            active={step}
            onStepClick={committed ? undefined : go}
            allowNextStepsSelect={false}
            size="sm"
          >
            <Stepper.Step label={t('imports.wizard.step1')} description={t('imports.wizard.step1Help')}>
              <StepHeading focus={moved}>{t('imports.wizard.step1')}</StepHeading>
              {start.isError ? (
                <ApiErrorAlert error={start.error} title={t('imports.wizard.startFailed')} />
              ) : null}
              <ChooseFileStep
                initial={initial}
                vendors={vendors.data ?? []}
                activities={activities.data ?? []}
                mappings={mappings.data ?? []}
                starting={start.isPending}
                onStart={onStart}
              />
            </Stepper.Step>
            <Stepper.Step label={t('imports.wizard.step2')} description={t('imports.wizard.step2Help')}>
              <StepHeading focus={moved}>{t('imports.wizard.step2')}</StepHeading>
              {withJob((j) => (
                <DryRunStep job={j} names={names} onBack={() => go(0)} onNext={() => go(2)} />
              ))}
            </Stepper.Step>
            <Stepper.Step label={t('imports.wizard.step3')} description={t('imports.wizard.step3Help')}>
              <StepHeading focus={moved}>{t('imports.wizard.step3')}</StepHeading>
              {withJob((j) => (
                <CommitStep
                  job={j}
                  committing={commit.isPending}
                  error={commit.error}
                  onCommit={(mode) =>
                    // the stored import is a new one, made from the dry run's kept upload
                    commit.mutate({ id: j.id, mode }, { onSuccess: (stored) => setImportId(stored.id) })
                  }
                  onBack={() => go(1)}
                />
              ))}
            </Stepper.Step>
          </Stepper>
        </Paper>
      )}
    </LoadGate>
  );
}
