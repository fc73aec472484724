import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useActivities } from '../../api/activities';
import { useTarget } from '../../api/targets';
import { useVendors } from '../../api/vendors';
import { EditFrame } from '../../components/EditFrame';
import { useCan, useWorkspace, useWsHref } from '../../hooks/workspace';
import { TargetForm } from './TargetForm';

/** /targets/new (?vendor= preselects the vendor) and /targets/:targetId/edit */
export function TargetEditPage() {
  const { t } = useTranslation();
  const { targetId } = useParams();
  const [params] = useSearchParams();
  const { workspaceId } = useWorkspace();
  const allowed = useCan();
  const href = useWsHref();
  const target = useTarget(workspaceId, targetId);
  const vendors = useVendors(workspaceId);
  const activities = useActivities(workspaceId);
  const loads = [vendors, activities];
  return (
    <EditFrame
      title={targetId ? t('targets.editTitle') : t('targets.createTitle')}
      backTo={href('targets')}
      backLabel={t('targets.back')}
      allowed={allowed(targetId ? 'update' : 'create', 'target')}
      loads={targetId ? [target, ...loads] : loads}
    >
      {() => (
        <TargetForm
          target={target.data ?? null}
          defaultVendorId={params.get('vendor')}
          vendors={vendors.data ?? []}
          activities={activities.data ?? []}
        />
      )}
    </EditFrame>
  );
}
