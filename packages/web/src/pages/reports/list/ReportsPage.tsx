import { IconMessageReport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useReports } from '../../../api/reports';
import { EmptyBlock } from '../../../components/EmptyBlock';
import { LoadGate } from '../../../components/LoadGate';
import { PageHeader } from '../../../components/PageHeader';
import { useCan, useWorkspace } from '../../../hooks/workspace';
import { NewReportButton } from '../new/NewReportButton';
import { ReportsTable } from './ReportsTable';

/** /reports: the feedback reports of the workspace (a vendor user: its own vendor's published ones). */
export function ReportsPage() {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  const canCreate = useCan()('create', 'report');
  const reports = useReports(workspaceId);
  const hasReports = (reports.data ?? []).length > 0;
  const newButton = canCreate ? <NewReportButton /> : null;

  return (
    <>
      <PageHeader
        title={t('reports.list.title')}
        description={t('reports.list.intro')}
        actions={hasReports ? newButton : null}
      />
      <LoadGate loads={[reports]}>
        {() =>
          hasReports ? (
            <ReportsTable reports={reports.data ?? []} />
          ) : (
            <EmptyBlock
              icon={<IconMessageReport size={28} />}
              title={t('reports.list.emptyTitle')}
              description={canCreate ? t('reports.list.emptyText') : t('reports.list.emptyReadOnly')}
              action={newButton}
            />
          )
        }
      </LoadGate>
    </>
  );
}
