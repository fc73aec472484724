import { Alert, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconRepeat } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CoachingCycle, CycleDetail, VendorThemes } from '../../../api/cycles';
import { formatDateTime } from '../../../format';
import { useCan } from '../../../hooks/workspace';
import { NewCycleButton } from '../new/NewCycleButton';
import { cycleInProgress } from '../shared/cycleState';

interface CycleOutcomeProps {
  readonly cycle: CycleDetail;
  readonly vendorName: string;
  /** the vendor's themes achieved and next focus, once the timeline is known */
  readonly themes: VendorThemes | null;
  readonly timeline: readonly CoachingCycle[];
}

/**
 * What a closed cycle recorded: its theme achieved or not, and where the vendor goes next (the next
 * theme not yet achieved, or the same one again); the client's analysts may open that next cycle.
 */
export function CycleOutcome({ cycle, vendorName, themes, timeline }: CycleOutcomeProps) {
  const { t } = useTranslation();
  const canCreate = useCan()('create', 'cycle');
  const achieved = cycle.outcome?.achieved ?? false;
  const theme = t(`analysis.themes.${cycle.focusTheme}`);
  const last = Math.max(...timeline.filter((c) => c.vendorId === cycle.vendorId).map((c) => c.number));
  const canOpenNext =
    canCreate &&
    themes !== null &&
    themes.nextFocus !== null &&
    cycle.number === last &&
    !cycleInProgress(timeline, cycle.vendorId);
  return (
    <Alert
      color={achieved ? 'teal' : 'orange'}
      variant="light"
      icon={achieved ? <IconCircleCheck size={20} /> : <IconRepeat size={20} />}
      title={achieved ? t('cycles.outcome.achieved', { theme }) : t('cycles.outcome.notAchieved', { theme })}
      data-testid="cycle-outcome"
    >
      <Stack gap={6}>
        <Text size="sm">
          {cycle.closedAt ? t('cycles.outcome.closedOn', { date: formatDateTime(cycle.closedAt) }) : null}{' '}
          {achieved ? t('cycles.outcome.achievedText') : t('cycles.outcome.notAchievedText')}
        </Text>
        {themes ? (
          <Text size="sm" data-testid="vendor-next-focus">
            {themes.nextFocus
              ? t('cycles.outcome.nextFocus', {
                  vendor: vendorName,
                  theme: t(`analysis.themes.${themes.nextFocus}`),
                })
              : t('cycles.outcome.allDone', { vendor: vendorName })}
          </Text>
        ) : null}
        {canOpenNext ? (
          <Group>
            <NewCycleButton
              label={t('cycles.outcome.openNext')}
              variant="light"
              preset={{
                vendorId: cycle.vendorId,
                focusTheme: themes?.nextFocus ?? null,
                ...(cycle.measureRunId ? { baselineRunId: cycle.measureRunId } : {}),
              }}
            />
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}
