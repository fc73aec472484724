import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useSite } from '../../api/sites';
import { useVendors } from '../../api/vendors';
import { EditFrame } from '../../components/EditFrame';
import { useCan, useWorkspace, useWsHref } from '../../hooks/workspace';
import { SiteForm } from './SiteForm';

/** /sites/new (?vendor= preselects the vendor) and /sites/:siteId/edit */
export function SiteEditPage() {
  const { t } = useTranslation();
  const { siteId } = useParams();
  const [params] = useSearchParams();
  const { workspaceId } = useWorkspace();
  const allowed = useCan();
  const href = useWsHref();
  const site = useSite(workspaceId, siteId);
  const vendors = useVendors(workspaceId);
  return (
    <EditFrame
      title={siteId ? t('sites.editTitle', { name: site.data?.name ?? '' }) : t('sites.createTitle')}
      backTo={href('sites')}
      backLabel={t('sites.back')}
      allowed={allowed(siteId ? 'update' : 'create', 'site')}
      loads={siteId ? [site, vendors] : [vendors]}
    >
      {() => (
        <SiteForm
          site={site.data ?? null}
          vendors={vendors.data ?? []}
          defaultVendorId={params.get('vendor')}
        />
      )}
    </EditFrame>
  );
}
