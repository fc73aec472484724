import {
  Alert,
  Autocomplete,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import type { Activity, Vendor } from '@vigie/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type RunFilter, useStartRun } from '../../../api/analysis';
import { isApiError } from '../../../api/client';
import type { LibrarySummary } from '../../../api/libraries';
import { useTranscriptAgents, useTranscripts } from '../../../api/transcripts';
import { nameOptions } from '../../../components/options';
import { formatNumber } from '../../../format';
import { notifyError } from '../../../forms/errors';
import { useWorkspace, useWsHref } from '../../../hooks/workspace';
import { analysisPaths } from '../shared/paths';

interface NewRunValues {
  libraryId: string | null;
  vendorId: string | null;
  activityId: string | null;
  from: string;
  to: string;
  agent: string;
  name: string;
}

interface NewRunModalProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly libraries: readonly LibrarySummary[];
  readonly vendors: readonly Vendor[];
  readonly activities: readonly Activity[];
}

function toFilter(v: NewRunValues): RunFilter {
  const agent = v.agent.trim();
  return {
    ...(v.vendorId ? { vendorId: v.vendorId } : {}),
    ...(v.activityId ? { activityId: v.activityId } : {}),
    ...(agent ? { agent } : {}),
    ...(v.from ? { from: v.from } : {}),
    ...(v.to ? { to: v.to } : {}),
  };
}

/** Starts an analysis: a library over the stored calls of a vendor, period, activity or agent. */
export function NewRunModal({ opened, onClose, libraries, vendors, activities }: NewRunModalProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const navigate = useNavigate();
  const start = useStartRun(workspaceId);
  const [refused, setRefused] = useState<string | null>(null);
  const form = useForm<NewRunValues>({
    initialValues: {
      libraryId: libraries.find((l) => l.id === 'fr')?.id ?? libraries[0]?.id ?? null,
      vendorId: null,
      activityId: null,
      from: '',
      to: '',
      agent: '',
      name: '',
    },
    validate: {
      libraryId: (v) => (v ? null : t('validation.choose')),
      to: (v, values) => (v && values.from && v < values.from ? t('rules.dates.end_before_start') : null),
    },
  });
  const [filter] = useDebouncedValue(toFilter(form.values), 300);
  const matching = useTranscripts(workspaceId, { ...filter, limit: 1 }, opened);
  const count = matching.data?.total;
  const agents = useTranscriptAgents(workspaceId, form.values.vendorId, opened);
  const agentNames = [...new Set((agents.data ?? []).map((a) => a.agent))];

  const submit = form.onSubmit((values) => {
    setRefused(null);
    const name = values.name.trim();
    start.mutate(
      { libraryId: values.libraryId ?? '', filter: toFilter(values), ...(name ? { name } : {}) },
      {
        onSuccess: (run) => {
          onClose();
          form.reset();
          void navigate(href(analysisPaths.run(run.id)));
        },
        onError: (error) => {
          const issue = isApiError(error) ? error.issues[0] : undefined;
          if (issue?.code === 'no_calls') setRefused(t('analysis.newRun.noCalls'));
          else if (issue?.code === 'unknown_library')
            form.setFieldError('libraryId', t('analysis.newRun.unknownLibrary'));
          else notifyError(t, error);
        },
      },
    );
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('analysis.newRun.title')} size="lg">
      <form onSubmit={submit} noValidate aria-label={t('analysis.newRun.title')}>
        <Stack gap="sm">
          <Select
            label={t('analysis.newRun.library')}
            data={libraries.map((l) => ({
              value: l.id,
              label: l.builtIn ? t('analysis.libraries.shippedName', { name: l.name }) : l.name,
            }))}
            required
            allowDeselect={false}
            data-autofocus
            {...form.getInputProps('libraryId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('analysis.newRun.vendor')}
              placeholder={t('analysis.newRun.allVendors')}
              data={nameOptions(vendors)}
              clearable
              searchable
              {...form.getInputProps('vendorId')}
            />
            <Select
              label={t('analysis.newRun.activity')}
              placeholder={t('analysis.newRun.allActivities')}
              data={nameOptions(activities)}
              clearable
              searchable
              {...form.getInputProps('activityId')}
            />
            <TextInput type="date" label={t('analysis.newRun.from')} {...form.getInputProps('from')} />
            <TextInput
              type="date"
              label={t('analysis.newRun.to')}
              min={form.values.from || undefined}
              {...form.getInputProps('to')}
            />
          </SimpleGrid>
          <Autocomplete
            label={t('analysis.newRun.agent')}
            description={t('analysis.newRun.agentHint')}
            data={agentNames}
            limit={50}
            {...form.getInputProps('agent')}
          />
          <TextInput
            label={t('analysis.newRun.name')}
            description={t('analysis.newRun.nameHint')}
            maxLength={200}
            {...form.getInputProps('name')}
          />
          <Text
            size="sm"
            c={count === 0 ? 'orange.8' : 'dimmed'}
            role="status"
            aria-live="polite"
            data-testid="new-run-count"
          >
            {count === undefined
              ? t('common.loading')
              : count === 0
                ? t('analysis.newRun.noCalls')
                : t('analysis.newRun.matching', { count, formatted: formatNumber(count) })}
          </Text>
          {refused ? (
            <Alert color="orange" role="alert">
              {refused}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={start.isPending} disabled={count === 0}>
              {t('analysis.newRun.start')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
