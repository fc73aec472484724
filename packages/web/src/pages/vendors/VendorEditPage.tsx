import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useVendor } from '../../api/vendors';
import { EditFrame } from '../../components/EditFrame';
import { useCan, useWorkspace, useWsHref } from '../../hooks/workspace';
import { VendorForm } from './VendorForm';

/** /vendors/new and /vendors/:vendorId/edit */
export function VendorEditPage() {
  const { t } = useTranslation();
  const { vendorId } = useParams();
  const { workspaceId } = useWorkspace();
  const allowed = useCan();
  const href = useWsHref();
  const vendor = useVendor(workspaceId, vendorId);
  return (
    <EditFrame
      title={vendorId ? t('vendors.editTitle', { name: vendor.data?.name ?? '' }) : t('vendors.createTitle')}
      backTo={href('vendors')}
      backLabel={t('vendors.back')}
      allowed={allowed(vendorId ? 'update' : 'create', 'vendor')}
      loads={vendorId ? [vendor] : []}
    >
      {() => <VendorForm vendor={vendor.data ?? null} />}
    </EditFrame>
  );
}
