import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useMappingProfile } from '../../api/mapping-profiles';
import { EditFrame } from '../../components/EditFrame';
import { useCan, useWorkspace, useWsHref } from '../../hooks/workspace';
import { draftFromState } from '../imports/importDraft';
import { MappingForm } from './MappingForm';

/** /imports/mappings/new and /imports/mappings/:profileId */
export function MappingEditPage() {
  const { t } = useTranslation();
  const { profileId } = useParams();
  const { workspaceId } = useWorkspace();
  const allowed = useCan();
  const href = useWsHref();
  const location = useLocation();
  const profile = useMappingProfile(workspaceId, profileId);
  return (
    <EditFrame
      title={
        profileId ? t('mapping.editTitle', { name: profile.data?.name ?? '' }) : t('mapping.createTitle')
      }
      backTo={href('imports/mappings')}
      backLabel={t('mapping.back')}
      allowed={allowed(profileId ? 'update' : 'create', 'mapping')}
      loads={profileId ? [profile] : []}
    >
      {() => <MappingForm profile={profile.data ?? null} draft={draftFromState(location.state)} />}
    </EditFrame>
  );
}
