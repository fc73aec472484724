import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRuns } from '../../../api/analysis';
import { useCycles } from '../../../api/cycles';
import { useReports } from '../../../api/reports';
import { useVendors } from '../../../api/vendors';
import { LoadGate } from '../../../components/LoadGate';
import { useWorkspace } from '../../../hooks/workspace';
import type { CyclePreset } from './cycleForm';
import { NewCycleForm } from './NewCycleForm';

interface NewCycleModalProps {
  readonly onClose: () => void;
  /** from a published report, or the vendor's next cycle once one is closed */
  readonly preset?: CyclePreset | undefined;
}

/** Opens a vendor's next coaching cycle, once the vendors, cycles, runs and reports are known. */
export function NewCycleModal({ onClose, preset }: NewCycleModalProps) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const vendors = useVendors(workspaceId);
  const cycles = useCycles(workspaceId);
  const runs = useRuns(workspaceId);
  const reports = useReports(workspaceId);
  return (
    <Modal opened onClose={onClose} title={t('cycles.new.title')} size="xl">
      <LoadGate loads={[vendors, cycles, runs, reports]}>
        {() => (
          <NewCycleForm
            vendors={vendors.data ?? []}
            timeline={cycles.data ?? { items: [], vendors: [] }}
            runs={(runs.data ?? []).filter((r) => r.status === 'done')}
            reports={reports.data ?? []}
            preset={preset ?? {}}
            onClose={onClose}
          />
        )}
      </LoadGate>
    </Modal>
  );
}
