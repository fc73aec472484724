import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useActivities } from '../../api/activities';
import { useAllocation } from '../../api/allocations';
import { useSites } from '../../api/sites';
import { useVendors } from '../../api/vendors';
import { EditFrame } from '../../components/EditFrame';
import { useCan, useWorkspace, useWsHref } from '../../hooks/workspace';
import { AllocationForm } from './AllocationForm';

/** /allocations/new (?activity= preselects the activity) and /allocations/:allocationId/edit */
export function AllocationEditPage() {
  const { t } = useTranslation();
  const { allocationId } = useParams();
  const [params] = useSearchParams();
  const { workspaceId } = useWorkspace();
  const allowed = useCan();
  const href = useWsHref();
  const allocation = useAllocation(workspaceId, allocationId);
  const activities = useActivities(workspaceId);
  const vendors = useVendors(workspaceId);
  const sites = useSites(workspaceId);
  const loads = [activities, vendors, sites];
  return (
    <EditFrame
      title={allocationId ? t('allocations.editTitle') : t('allocations.createTitle')}
      backTo={href('allocations')}
      backLabel={t('allocations.back')}
      allowed={allowed(allocationId ? 'update' : 'create', 'allocation')}
      loads={allocationId ? [allocation, ...loads] : loads}
    >
      {() => (
        <AllocationForm
          allocation={allocation.data ?? null}
          defaultActivityId={params.get('activity')}
          activities={activities.data ?? []}
          vendors={vendors.data ?? []}
          sites={sites.data ?? []}
        />
      )}
    </EditFrame>
  );
}
