import type { FeedbackReport } from '@vigie/core';
import { reportDocx } from './report-docx.ts';
import { reportMarkdown } from './report-md.ts';
import { reportPdf } from './report-pdf.ts';

export const REPORT_FORMATS = ['docx', 'pdf', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const CONTENT_TYPE: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
};

/** A report exported to a format, with its file name (vendor and date, no characters files refuse). */
export async function reportFile(
  report: FeedbackReport,
  format: ReportFormat,
): Promise<{ bytes: Buffer; contentType: string; name: string }> {
  const bytes =
    format === 'docx'
      ? await reportDocx(report)
      : format === 'pdf'
        ? await reportPdf(report)
        : Buffer.from(reportMarkdown(report), 'utf8');
  const vendor = report.vendor.name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const prefix = report.language === 'fr' ? 'retour-qualite' : 'quality-feedback';
  return { bytes, contentType: CONTENT_TYPE[format], name: `${prefix}-${vendor || 'vendor'}.${format}` };
}
