import { Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSamplePlan } from '../../../api/samples';
import { LoadGate } from '../../../components/LoadGate';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime } from '../../../format';
import { useCan, useWorkspace, useWsHref } from '../../../hooks/workspace';
import { Crumbs } from '../../analysis/shared/Crumbs';
import { isNotFound } from '../../analysis/shared/isNotFound';
import { NotFoundPage } from '../../misc/NotFoundPage';
import { samplePaths } from '../paths';
import { RepresentativeBadge } from '../shared/RepresentativeBadge';
import { useNames } from '../shared/useNames';
import { AnalyseSampleButton } from './AnalyseSampleButton';
import { DrawButton } from './DrawButton';
import { DrawnSample } from './DrawnSample';
import { NotDrawnBlock } from './NotDrawnBlock';
import { PlanFacts } from './PlanFacts';

/** /samples/:planId: the plan, its draw (who, when, fingerprint, how representative) and its calls. */
export function PlanPage() {
  const { t } = useTranslation();
  const { planId = '' } = useParams();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const canCreate = useCan()('create', 'sample');
  const plan = useSamplePlan(workspaceId, planId);
  const { names, loads } = useNames(workspaceId);
  if (isNotFound(plan)) return <NotFoundPage />;
  const data = plan.data;

  return (
    <div style={{ maxWidth: 1280 }}>
      <Crumbs
        items={[
          { label: t('samples.list.title'), to: href(samplePaths.list()) },
          { label: data?.name ?? '…' },
        ]}
      />
      <PageHeader
        title={data?.name ?? t('samples.plan.title')}
        description={data ? t('samples.plan.createdOn', { date: formatDateTime(data.createdAt) }) : undefined}
        actions={
          data ? (
            <Group gap="xs">
              {data.draw ? <RepresentativeBadge representative={data.draw.representative} /> : null}
              {canCreate && !data.draw ? <DrawButton planId={data.id} /> : null}
              {canCreate && data.draw ? <AnalyseSampleButton plan={data} /> : null}
            </Group>
          ) : null
        }
      />
      <LoadGate loads={[plan, ...loads]}>
        {() =>
          data ? (
            <Stack gap="md">
              <PlanFacts plan={data} names={names} />
              {data.draw ? (
                <DrawnSample plan={data} draw={data.draw} names={names} />
              ) : (
                <NotDrawnBlock canDraw={canCreate} planId={data.id} />
              )}
            </Stack>
          ) : null
        }
      </LoadGate>
    </div>
  );
}
