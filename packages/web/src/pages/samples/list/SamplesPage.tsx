import { Button } from '@mantine/core';
import { IconDice5, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSamplePlans } from '../../../api/samples';
import { EmptyBlock } from '../../../components/EmptyBlock';
import { LoadGate } from '../../../components/LoadGate';
import { PageHeader } from '../../../components/PageHeader';
import { useCan, useWorkspace, useWsHref } from '../../../hooks/workspace';
import { samplePaths } from '../paths';
import { useNames } from '../shared/useNames';
import { PlansTable } from './PlansTable';

/** /samples: the sample plans of the workspace (a vendor user: those over its own calls). */
export function SamplesPage() {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const canCreate = useCan()('create', 'sample');
  const plans = useSamplePlans(workspaceId);
  const { names, loads } = useNames(workspaceId);
  const hasPlans = (plans.data ?? []).length > 0;
  const newButton = canCreate ? (
    <Button component={Link} to={href(samplePaths.create())} leftSection={<IconPlus size={16} aria-hidden />}>
      {t('samples.list.new')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('samples.list.title')}
        description={t('samples.list.intro')}
        actions={hasPlans ? newButton : null}
      />
      <LoadGate loads={[plans, ...loads]}>
        {() =>
          hasPlans ? (
            <PlansTable plans={plans.data ?? []} names={names} />
          ) : (
            <EmptyBlock
              icon={<IconDice5 size={28} />}
              title={t('samples.list.emptyTitle')}
              description={canCreate ? t('samples.list.emptyText') : t('samples.list.emptyReadOnly')}
              action={newButton}
            />
          )
        }
      </LoadGate>
    </>
  );
}
