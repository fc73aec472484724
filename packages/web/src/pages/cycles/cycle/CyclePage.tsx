import { Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCycle, useCycles } from '../../../api/cycles';
import { useVendors } from '../../../api/vendors';
import { LoadGate } from '../../../components/LoadGate';
import { PageHeader } from '../../../components/PageHeader';
import { useCan, useWorkspace, useWsHref } from '../../../hooks/workspace';
import { Crumbs } from '../../analysis/shared/Crumbs';
import { isNotFound } from '../../analysis/shared/isNotFound';
import { NotFoundPage } from '../../misc/NotFoundPage';
import { cyclePaths } from '../paths';
import { CycleStateBadge } from '../shared/CycleStateBadge';
import { cycleState } from '../shared/cycleState';
import { useRunPractices } from '../shared/useRunPractices';
import { ActionPlan } from './ActionPlan';
import { CloseCycleButton } from './CloseCycleButton';
import { CycleFacts } from './CycleFacts';
import { CycleOutcome } from './CycleOutcome';
import { MeasureRunControl } from './MeasureRunControl';
import { ObjectivesSection } from './ObjectivesSection';

/**
 * /cycles/:cycleId: a vendor's coaching cycle: its theme, dates, runs and report; each objective's
 * progress from the baseline to the measure; and the vendor's action plan. The client's analysts
 * set the measure, edit the objectives and close it; the vendor's users keep the plan.
 */
export function CyclePage() {
  const { t } = useTranslation();
  const { cycleId = '' } = useParams();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const allowed = useCan();
  const cycle = useCycle(workspaceId, cycleId);
  const timeline = useCycles(workspaceId);
  const vendors = useVendors(workspaceId);
  const data = cycle.data;
  const practices = useRunPractices(
    workspaceId,
    data ? (data.baselineRunId ?? data.measureRunId) : null,
    data?.vendorId ?? null,
  );
  if (isNotFound(cycle)) return <NotFoundPage />;
  const vendorName = vendors.data?.find((v) => v.id === data?.vendorId)?.name ?? data?.vendorId ?? '';
  const title = data
    ? t('cycles.cycle.title', { number: data.number, vendor: vendorName })
    : t('cycles.cycle.fallback');
  const inProgress = data?.status === 'in_progress';
  const canSteer = allowed('create', 'cycle') && inProgress;

  return (
    <div style={{ maxWidth: 1280 }}>
      <Crumbs
        items={[
          { label: t('cycles.list.title'), to: href(cyclePaths.list()) },
          { label: data ? title : '…' },
        ]}
      />
      <PageHeader
        title={title}
        description={
          data ? t('cycles.cycle.theme', { theme: t(`analysis.themes.${data.focusTheme}`) }) : undefined
        }
        actions={
          data ? (
            <Group gap="xs">
              <CycleStateBadge state={cycleState(data)} />
              {canSteer ? <CloseCycleButton cycle={data} label={practices.label} /> : null}
            </Group>
          ) : null
        }
      />
      <LoadGate loads={[cycle, vendors]}>
        {() =>
          data ? (
            <Stack gap="md">
              {data.status === 'closed' ? (
                <CycleOutcome
                  cycle={data}
                  vendorName={vendorName}
                  themes={timeline.data?.vendors.find((v) => v.vendorId === data.vendorId) ?? null}
                  timeline={timeline.data?.items ?? []}
                />
              ) : null}
              <CycleFacts cycle={data} vendorName={vendorName} />
              {canSteer ? <MeasureRunControl cycle={data} /> : null}
              <ObjectivesSection cycle={data} practices={practices} canEdit={canSteer} />
              <ActionPlan
                cycleId={data.id}
                actions={data.actions}
                inProgress={inProgress}
                editable={inProgress && allowed('update', 'cycle')}
              />
            </Stack>
          ) : null
        }
      </LoadGate>
    </div>
  );
}
