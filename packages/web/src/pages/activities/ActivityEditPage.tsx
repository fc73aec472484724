import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useActivity } from '../../api/activities';
import { EditFrame } from '../../components/EditFrame';
import { useCan, useWorkspace, useWsHref } from '../../hooks/workspace';
import { ActivityForm } from './ActivityForm';

/** /activities/new and /activities/:activityId/edit */
export function ActivityEditPage() {
  const { t } = useTranslation();
  const { activityId } = useParams();
  const { workspaceId } = useWorkspace();
  const allowed = useCan();
  const href = useWsHref();
  const activity = useActivity(workspaceId, activityId);
  return (
    <EditFrame
      title={
        activityId
          ? t('activities.editTitle', { name: activity.data?.name ?? '' })
          : t('activities.createTitle')
      }
      backTo={href('activities')}
      backLabel={t('activities.back')}
      allowed={allowed(activityId ? 'update' : 'create', 'activity')}
      loads={activityId ? [activity] : []}
    >
      {() => <ActivityForm activity={activity.data ?? null} />}
    </EditFrame>
  );
}
