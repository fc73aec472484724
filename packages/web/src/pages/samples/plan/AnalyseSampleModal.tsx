import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useStartRun } from '../../../api/analysis';
import { isApiError } from '../../../api/client';
import { useLibraries } from '../../../api/libraries';
import type { SamplePlan } from '../../../api/samples';
import { LoadGate } from '../../../components/LoadGate';
import { notifyError } from '../../../forms/errors';
import { useWorkspace, useWsHref } from '../../../hooks/workspace';
import { analysisPaths } from '../../analysis/shared/paths';

/** Chooses a practice library and starts its run over the sample's calls, then opens the run. */
export function AnalyseSampleModal({
  plan,
  onClose,
}: {
  readonly plan: SamplePlan;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const navigate = useNavigate();
  const libraries = useLibraries(workspaceId);
  const start = useStartRun(workspaceId);
  const [libraryId, setLibraryId] = useState<string | null>(null);
  const [name, setName] = useState(t('samples.analyse.defaultName', { name: plan.name }));
  const [error, setError] = useState<string | null>(null);
  const chosen =
    libraryId ?? libraries.data?.find((l) => l.id === 'fr')?.id ?? libraries.data?.[0]?.id ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) {
      setError(t('validation.choose'));
      return;
    }
    setError(null);
    start.mutate(
      { libraryId: chosen, filter: { sampleId: plan.id }, ...(name.trim() ? { name: name.trim() } : {}) },
      {
        onSuccess: (run) => void navigate(href(analysisPaths.run(run.id))),
        onError: (e) => {
          const issue = isApiError(e) ? e.issues[0] : undefined;
          if (issue?.code === 'no_calls') setError(t('samples.analyse.noCalls'));
          else if (issue?.code === 'unknown_library') setError(t('analysis.newRun.unknownLibrary'));
          else notifyError(t, e);
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('samples.analyse.title')}>
      <LoadGate loads={[libraries]}>
        {() => (
          <form onSubmit={submit} noValidate aria-label={t('samples.analyse.title')}>
            <Stack gap="sm">
              <Text size="sm">{t('samples.analyse.intro', { count: plan.draw?.size ?? 0 })}</Text>
              <Select
                label={t('analysis.newRun.library')}
                data={(libraries.data ?? []).map((l) => ({
                  value: l.id,
                  label: l.builtIn ? t('analysis.libraries.shippedName', { name: l.name }) : l.name,
                }))}
                value={chosen}
                onChange={setLibraryId}
                allowDeselect={false}
                required
                error={error}
                data-autofocus
              />
              <TextInput
                label={t('analysis.newRun.name')}
                maxLength={200}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={start.isPending}>
                  {t('analysis.newRun.start')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </LoadGate>
    </Modal>
  );
}
