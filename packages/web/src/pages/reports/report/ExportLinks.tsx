import { Button, Group } from '@mantine/core';
import { IconFileTypeDocx, IconFileTypePdf, IconMarkdown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { REPORT_EXPORT_FORMATS, type ReportExportFormat, reportExportHref } from '../../../api/reports';
import { useWorkspace } from '../../../hooks/workspace';

const ICONS = { docx: IconFileTypeDocx, pdf: IconFileTypePdf, md: IconMarkdown } as const;

/** The report as an editable Word document, a PDF or Markdown: plain links, the browser downloads. */
export function ExportLinks({ reportId }: { readonly reportId: string }) {
  const { t } = useTranslation();
  const { workspaceId } = useWorkspace();
  return (
    <Group gap={6} role="group" aria-label={t('reports.export.label')}>
      {REPORT_EXPORT_FORMATS.map((format: ReportExportFormat) => {
        const Icon = ICONS[format];
        return (
          <Button
            key={format}
            component="a"
            href={reportExportHref(workspaceId, reportId, format)}
            download
            variant="default"
            size="xs"
            leftSection={<Icon size={14} aria-hidden />}
            aria-label={t('reports.export.download', { format: t(`reports.export.${format}`) })}
            data-testid={`export-${format}`}
          >
            {t(`reports.export.${format}`)}
          </Button>
        );
      })}
    </Group>
  );
}
