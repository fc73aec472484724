import { Anchor, Group, Paper, Text } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCycles } from '../../../api/cycles';
import type { FeedbackReportRecord } from '../../../api/reports';
import { useCan, useWorkspace, useWsHref } from '../../../hooks/workspace';
import { NewCycleButton } from '../../cycles/new/NewCycleButton';
import { cyclePaths } from '../../cycles/paths';
import { CycleStateBadge } from '../../cycles/shared/CycleStateBadge';
import { cycleState } from '../../cycles/shared/cycleState';

/**
 * The coaching cycle the report opened, as a link; or, for the client's analysts on a published
 * report that opened none, a button to open one from it (vendor, focus theme and baseline run
 * pre-filled).
 */
export function ReportCycle({ record }: { readonly record: FeedbackReportRecord }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const canCreate = useCan()('create', 'cycle');
  const cycles = useCycles(workspaceId);
  if (!cycles.data) return null;
  const cycle = cycles.data.items.find((c) => c.reportId === record.id);
  if (cycle)
    return (
      <Paper withBorder p="xs" radius="sm" data-testid="report-cycle">
        <Group gap="xs">
          <IconTargetArrow size={18} aria-hidden />
          <Text size="sm">
            {t('cycles.report.opened', { theme: t(`analysis.themes.${cycle.focusTheme}`) })}
          </Text>
          <Anchor component={Link} to={href(cyclePaths.cycle(cycle.id))} size="sm" fw={600}>
            {t('cycles.cycle.number', { number: cycle.number })}
          </Anchor>
          <CycleStateBadge state={cycleState(cycle)} />
        </Group>
      </Paper>
    );
  if (!canCreate || record.status !== 'published') return null;
  return (
    <Group>
      <NewCycleButton
        variant="light"
        label={t('cycles.report.open')}
        preset={{
          vendorId: record.vendorId,
          focusTheme: record.document.focusTheme ?? null,
          baselineRunId: record.runId,
          reportId: record.id,
        }}
      />
    </Group>
  );
}
