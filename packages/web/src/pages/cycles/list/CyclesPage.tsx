import { Stack } from '@mantine/core';
import { IconTargetArrow } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCycles } from '../../../api/cycles';
import { useVendors } from '../../../api/vendors';
import { EmptyBlock } from '../../../components/EmptyBlock';
import { LoadGate } from '../../../components/LoadGate';
import { PageHeader } from '../../../components/PageHeader';
import { useCan, useWorkspace } from '../../../hooks/workspace';
import { NewCycleButton } from '../new/NewCycleButton';
import { vendorTimelines } from '../shared/cycleState';
import { VendorTimelineRow } from './VendorTimelineRow';

/**
 * /cycles: the timeline of coaching cycles, a row per vendor (a vendor user: its own), each cycle
 * in order with its theme and whether it was achieved, the themes achieved and the next focus.
 */
export function CyclesPage() {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const canCreate = useCan()('create', 'cycle');
  const cycles = useCycles(workspaceId);
  const vendors = useVendors(workspaceId);
  const rows = useMemo(() => {
    const names = new Map((vendors.data ?? []).map((v) => [v.id, v.name]));
    return cycles.data ? vendorTimelines(cycles.data, (id) => names.get(id) ?? id) : [];
  }, [cycles.data, vendors.data]);
  const newButton = canCreate ? <NewCycleButton /> : null;

  return (
    <>
      <PageHeader
        title={t('cycles.list.title')}
        description={t('cycles.list.intro')}
        actions={rows.length > 0 ? newButton : null}
      />
      <LoadGate loads={[cycles, vendors]}>
        {() =>
          rows.length > 0 ? (
            <Stack gap="md" data-testid="cycle-timeline">
              {rows.map((row) => (
                <VendorTimelineRow key={row.vendorId} row={row} />
              ))}
            </Stack>
          ) : (
            <EmptyBlock
              icon={<IconTargetArrow size={28} />}
              title={t('cycles.list.emptyTitle')}
              description={canCreate ? t('cycles.list.emptyText') : t('cycles.list.emptyReadOnly')}
              action={newButton}
            />
          )
        }
      </LoadGate>
    </>
  );
}
