import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CycleDetail } from '../../../api/cycles';
import { achievedCount, objectiveViews } from '../shared/objectiveViews';
import type { useRunPractices } from '../shared/useRunPractices';
import { EditObjectivesModal } from './EditObjectivesModal';
import { ObjectivesTable } from './ObjectivesTable';
import { ProgressChart } from './ProgressChart';

interface ObjectivesSectionProps {
  readonly cycle: CycleDetail;
  /** the practices of the baseline run, with the vendor's rates and their labels */
  readonly practices: ReturnType<typeof useRunPractices>;
  /** the client's analysts, while the cycle is in progress */
  readonly canEdit: boolean;
}

/** The cycle's objectives: where each stands from the baseline to the measure, in figures and drawn. */
export function ObjectivesSection({ cycle, practices, canEdit }: ObjectivesSectionProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const views = useMemo(() => {
    const rates = new Map(practices.practices.map((p) => [p.id, p.rate]));
    return objectiveViews(cycle.objectives, cycle.progress, (id) => rates.get(id) ?? null, practices.label);
  }, [cycle.objectives, cycle.progress, practices.practices, practices.label]);
  const count = achievedCount(views);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="cycle-objectives">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id="cycle-objectives">
            {t('cycles.objectives.title')}
          </Title>
          {canEdit ? (
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {t('cycles.objectives.edit')}
            </Button>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed" data-testid="objectives-summary">
          {cycle.progress
            ? t('cycles.objectives.summary', { achieved: count.achieved, count: count.total })
            : t('cycles.objectives.notMeasured')}
        </Text>
        <ObjectivesTable views={views} measured={cycle.progress !== null} />
        <ProgressChart views={views} />
      </Stack>
      {editing ? (
        <EditObjectivesModal
          cycle={cycle}
          practices={practices.practices}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </Paper>
  );
}
