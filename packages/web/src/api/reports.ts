import { useQuery } from '@tanstack/react-query';
import type { CoachingTheme, FeedbackReport, ReportLanguage } from '@vigie/core';
import { api, type ListResponse, wsPath } from './client';
import { useWorkspaceMutation } from './crud';
import { queryKeys } from './keys';

/** Feedback reports to a vendor: drafted from a finished analysis run, edited, published, answered. */

const REPORTS = 'feedback-reports';

export type ReportStatus = 'draft' | 'published';
export const REPORT_EXPORT_FORMATS = ['docx', 'pdf', 'md'] as const;
export type ReportExportFormat = (typeof REPORT_EXPORT_FORMATS)[number];

export interface FeedbackReportRecord {
  readonly id: string;
  readonly vendorId: string;
  readonly runId: string;
  readonly language: ReportLanguage;
  readonly status: ReportStatus;
  readonly document: FeedbackReport;
  /** e-mails of who drafted and published it */
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly publishedBy: string | null;
  readonly publishedAt: string | null;
}

/** An answer to one of the report's questions, by the vendor or a client's analyst replying. */
export interface ReportAnswer {
  readonly id: string;
  readonly questionId: string;
  readonly text: string;
  readonly answeredBy: string;
  readonly answeredAt: string;
}

export type ReportDetail = FeedbackReportRecord & { readonly answers: readonly ReportAnswer[] };

export interface CreateReportInput {
  readonly runId: string;
  readonly vendorId: string;
  readonly language: ReportLanguage;
  /** absent: the theme where the vendor's practices to reduce weigh most */
  readonly focusTheme?: CoachingTheme;
}

/** Newest first; a vendor user gets its own vendor's published reports only. */
export function useReports(ws: string) {
  return useQuery({
    queryKey: queryKeys.list(ws, REPORTS),
    queryFn: ({ signal }) =>
      api.get<ListResponse<FeedbackReportRecord>>(wsPath(ws, REPORTS), { signal }).then((r) => r.items),
  });
}

/** One report with its answers; 404 when it does not exist or is not in the reader's scope. */
export function useReport(ws: string, reportId: string) {
  return useQuery({
    queryKey: queryKeys.item(ws, REPORTS, reportId),
    queryFn: ({ signal }) => api.get<ReportDetail>(wsPath(ws, REPORTS, reportId), { signal }),
    enabled: Boolean(reportId),
  });
}

/** 201 with the draft; 422 with issues at `runId` (run not done) or `vendorId` (no calls, unknown). */
export function useCreateReport(ws: string) {
  return useWorkspaceMutation(ws, (input: CreateReportInput) =>
    api.post<FeedbackReportRecord>(wsPath(ws, REPORTS), input),
  );
}

/** Saves the analyst's texts of a draft (figures and excerpts stay as drafted); 409 once published. */
export function useSaveReport(ws: string) {
  return useWorkspaceMutation(ws, ({ id, document }: { id: string; document: FeedbackReport }) =>
    api.put<FeedbackReportRecord>(wsPath(ws, REPORTS, id), { document }),
  );
}

/** Publishes a draft to the vendor's users; 409 when already published. */
export function usePublishReport(ws: string) {
  return useWorkspaceMutation(ws, (id: string) =>
    api.post<FeedbackReportRecord>(wsPath(ws, REPORTS, id, 'publish')),
  );
}

/** 201 with the answer; 409 before publication, 422 `unknown_question`. */
export function useAnswerQuestion(ws: string, reportId: string) {
  return useWorkspaceMutation(ws, (input: { questionId: string; text: string }) =>
    api.post<ReportAnswer>(wsPath(ws, REPORTS, reportId, 'answers'), input),
  );
}

/** The report as a file, a plain link: the browser downloads it. */
export function reportExportHref(ws: string, reportId: string, format: ReportExportFormat): string {
  return `${wsPath(ws, REPORTS, reportId, 'export')}?format=${format}`;
}
