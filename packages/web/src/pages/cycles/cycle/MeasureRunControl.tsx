import { Anchor, Button, Group, Select, Text } from '@mantine/core';
import { IconRuler2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRuns } from '../../../api/analysis';
import { type CycleDetail, useUpdateCycle } from '../../../api/cycles';
import { notifyError, notifySuccess } from '../../../forms/errors';
import { useWorkspace, useWsHref } from '../../../hooks/workspace';
import { Section } from '../../analysis/shared/Section';
import { samplePaths } from '../../samples/paths';
import { cycleIssueErrors } from '../shared/cycleErrors';
import { runOption } from '../shared/runOption';

/**
 * The run that measures the cycle (the client's analysts, while it is in progress): a finished run
 * over a new sample of the vendor's calls, other than the baseline.
 */
export function MeasureRunControl({ cycle }: { readonly cycle: CycleDetail }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const runs = useRuns(workspaceId);
  const update = useUpdateCycle(workspaceId, cycle.id);
  const [choice, setChoice] = useState<string | null>(cycle.measureRunId);
  const [error, setError] = useState<string | null>(null);
  const options = (runs.data ?? [])
    .filter((r) => r.status === 'done' && r.id !== cycle.baselineRunId)
    .map((r) => ({ value: r.id, label: runOption(t, r) }));
  const changed = choice !== cycle.measureRunId;

  const save = () => {
    setError(null);
    update.mutate(
      { measureRunId: choice },
      {
        onSuccess: () => notifySuccess(choice ? t('cycles.measure.saved') : t('cycles.measure.cleared')),
        onError: (e) => {
          const placed = cycleIssueErrors(t, e);
          if (placed?.measureRunId) setError(placed.measureRunId);
          else notifyError(t, e);
        },
      },
    );
  };

  return (
    <Section id="cycle-measure" title={t('cycles.measure.title')}>
      <Text size="sm" c="dimmed" mb="xs">
        {t('cycles.measure.intro')}{' '}
        <Anchor component={Link} to={href(samplePaths.create())} inherit>
          {t('cycles.measure.newSample')}
        </Anchor>
      </Text>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('cycles.fields.measureRun')}
          placeholder={options.length === 0 ? t('cycles.measure.noRuns') : t('cycles.measure.choose')}
          data={options}
          value={choice}
          onChange={setChoice}
          error={error}
          clearable
          searchable
          disabled={runs.isPending}
          style={{ flex: '1 1 24rem' }}
        />
        <Button
          leftSection={<IconRuler2 size={16} aria-hidden />}
          onClick={save}
          loading={update.isPending}
          disabled={!changed}
        >
          {t('cycles.measure.save')}
        </Button>
      </Group>
      {cycle.measureRunId && cycle.progress === null ? (
        <Text size="sm" c="orange.8" mt="xs" role="status">
          {t('cycles.measure.noCalls')}
        </Text>
      ) : null}
    </Section>
  );
}
