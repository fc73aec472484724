import { useTranslation } from 'react-i18next';
import { useAllocations } from '../../../api/allocations';
import { LoadGate } from '../../../components/LoadGate';
import { NoAccess } from '../../../components/NoAccess';
import { PageHeader } from '../../../components/PageHeader';
import { useCan, useWorkspace, useWsHref } from '../../../hooks/workspace';
import { Crumbs } from '../../analysis/shared/Crumbs';
import { samplePaths } from '../paths';
import { useNames } from '../shared/useNames';
import { PlanForm } from './PlanForm';

/** /samples/new: a new sample plan (its population, size, strata and seed), drawn later. */
export function NewPlanPage() {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const canCreate = useCan()('create', 'sample');
  const { vendors, sites, activities } = useNames(workspaceId);
  const allocations = useAllocations(workspaceId);
  return (
    <div style={{ maxWidth: 960 }}>
      <Crumbs
        items={[
          { label: t('samples.list.title'), to: href(samplePaths.list()) },
          { label: t('samples.form.title') },
        ]}
      />
      <PageHeader title={t('samples.form.title')} description={t('samples.form.intro')} />
      {canCreate ? (
        <LoadGate loads={[vendors, sites, activities, allocations]}>
          {() => (
            <PlanForm
              vendors={vendors.data ?? []}
              sites={sites.data ?? []}
              activities={activities.data ?? []}
              allocations={allocations.data ?? []}
            />
          )}
        </LoadGate>
      ) : (
        <NoAccess />
      )}
    </div>
  );
}
