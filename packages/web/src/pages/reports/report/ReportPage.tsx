import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useReport } from '../../../api/reports';
import { LoadGate } from '../../../components/LoadGate';
import { PageHeader } from '../../../components/PageHeader';
import { useCan, useWorkspace, useWsHref } from '../../../hooks/workspace';
import { Crumbs } from '../../analysis/shared/Crumbs';
import { isNotFound } from '../../analysis/shared/isNotFound';
import { NotFoundPage } from '../../misc/NotFoundPage';
import { reportPaths } from '../paths';
import { ReportStatusBadge } from '../shared/ReportStatusBadge';
import { ExportLinks } from './ExportLinks';
import { ReportEditor } from './ReportEditor';
import { ReportView } from './ReportView';

/**
 * /reports/:reportId: a draft to edit and publish (the client's analysts), or the report to read
 * and answer (published; a vendor user sees its own vendor's published reports only).
 */
export function ReportPage() {
  const { t } = useTranslation();
  const { reportId = '' } = useParams();
  const { workspaceId } = useWorkspace();
  const href = useWsHref();
  const allowed = useCan();
  const report = useReport(workspaceId, reportId);
  if (isNotFound(report)) return <NotFoundPage />;
  const data = report.data;
  const canCreate = allowed('create', 'report');
  const title = data?.document.title || t('reports.report.title');

  return (
    <div style={{ maxWidth: 1280 }}>
      <Crumbs
        items={[
          { label: t('reports.list.title'), to: href(reportPaths.list()) },
          { label: data ? title : '…' },
        ]}
      />
      <PageHeader
        title={title}
        description={data ? data.document.vendor.name : undefined}
        actions={
          data ? (
            <Group gap="xs">
              <ReportStatusBadge status={data.status} />
              <ExportLinks reportId={data.id} />
            </Group>
          ) : null
        }
      />
      <LoadGate loads={[report]}>
        {() =>
          data ? (
            data.status === 'draft' && canCreate ? (
              <ReportEditor key={data.id} record={data} />
            ) : (
              <ReportView
                report={data}
                canAnswer={data.status === 'published' && allowed('update', 'report')}
                showExcluded={canCreate}
              />
            )
          ) : null
        }
      </LoadGate>
    </div>
  );
}
