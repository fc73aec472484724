import { Anchor, Group, Stack } from '@mantine/core';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useActivities } from '../../api/activities';
import { isApiError } from '../../api/client';
import { useContract } from '../../api/contracts';
import { useVendors } from '../../api/vendors';
import { EmptyBlock } from '../../components/EmptyBlock';
import { LoadGate } from '../../components/LoadGate';
import { NoAccess } from '../../components/NoAccess';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../format';
import { useCan, useWorkspace, useWsHref } from '../../hooks/workspace';
import { ContractEditor } from './editor/ContractEditor';

/** /contracts/new (?vendor= preselects the vendor) and /contracts/:contractId */
export function ContractPage() {
  const { t } = useTranslation();
  const { contractId } = useParams();
  const [params] = useSearchParams();
  const { workspaceId } = useWorkspace();
  const allowed = useCan();
  const href = useWsHref();
  const contract = useContract(workspaceId, contractId);
  const vendors = useVendors(workspaceId);
  const activities = useActivities(workspaceId);
  const canWrite = allowed(contractId ? 'update' : 'create', 'contract');
  const record = contract.data ?? null;
  const vendorName = vendors.data?.find((v) => v.id === record?.vendorId)?.name;

  const back = (
    <Anchor component={Link} to={href('contracts')} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('contracts.back')}
      </Group>
    </Anchor>
  );
  const title = contractId ? (record?.name ?? t('contracts.title')) : t('contracts.createTitle');
  const description = record
    ? [
        vendorName,
        record.end
          ? t('contracts.period', { from: formatDate(record.start), to: formatDate(record.end) })
          : t('contracts.periodOpen', { from: formatDate(record.start) }),
      ]
        .filter(Boolean)
        .join(' · ')
    : t('contracts.createIntro');

  if (contract.isError && isApiError(contract.error) && contract.error.status === 404) {
    return (
      <Stack gap="md">
        {back}
        <EmptyBlock
          icon={<IconLock size={28} />}
          title={t('contracts.notFound')}
          description={t('contracts.notFoundHint')}
        />
      </Stack>
    );
  }

  return (
    <div style={{ maxWidth: 1180 }}>
      {back}
      <PageHeader title={title} description={description} />
      {!contractId && !canWrite ? (
        <NoAccess />
      ) : (
        <LoadGate loads={contractId ? [contract, vendors, activities] : [vendors, activities]}>
          {() => (
            <ContractEditor
              key={contractId ?? 'new'}
              record={record}
              vendors={vendors.data ?? []}
              activities={activities.data ?? []}
              canWrite={canWrite}
              defaultVendorId={params.get('vendor')}
            />
          )}
        </LoadGate>
      )}
    </div>
  );
}
