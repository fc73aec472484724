import { useQuery } from '@tanstack/react-query';
import type {
  CallResult,
  CallStats,
  CoachingTheme,
  Hit,
  Library,
  LibraryRule,
  PracticeStats,
  Proportion,
  RuleKind,
  Transcript,
} from '@vigie/core';
import { api, type ListResponse, wsPath } from './client';
import { useWorkspaceMutation } from './crud';
import { queryKeys } from './keys';
import type { TranscriptSummary } from './transcripts';

/** Analysis runs of a practice library over stored calls, their figures and their calls. */

const RUNS = 'analysis-runs';
/** how often a running analysis is asked for its progress */
export const RUN_POLL_MS = 1000;

/** the breakdowns the run page shows (the practice page asks the same, to share the cache) */
export const RUN_BREAKDOWN = ['vendor', 'agent'] as const;

export type RunStatus = 'running' | 'done' | 'failed';

/** Which stored calls a run analyses. */
export interface RunFilter {
  readonly vendorId?: string;
  readonly siteId?: string;
  readonly activityId?: string;
  readonly agent?: string;
  /** YYYY-MM-DD, inclusive */
  readonly from?: string;
  readonly to?: string;
  /** the calls a sample plan drew (see api/samples.ts) */
  readonly sampleId?: string;
}

export interface AnalysisRun {
  readonly id: string;
  readonly name: string;
  readonly libraryId: string;
  /** the French name of the library when the run started */
  readonly libraryName: { readonly fr: string; readonly en: string };
  readonly filter: RunFilter;
  readonly status: RunStatus;
  readonly callsTotal: number;
  readonly callsDone: number;
  readonly error: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly finishedAt: string | null;
}

/** A run, the copy of the library it ran, and its figures over the reader's calls (null until done). */
export interface RunDetail {
  readonly run: AnalysisRun;
  readonly library: Library;
  readonly stats: CallStats | null;
}

export interface RunCall {
  readonly transcript: TranscriptSummary;
  /** the hits of the rule asked for (all hits when none was) */
  readonly hits: Hit[];
}

/** A practice's (or reaction's) figures in one group of calls. */
export interface RuleGroupFigures {
  readonly dimension: 'all' | 'vendor' | 'site' | 'agent' | 'period';
  /** the vendor or site id, the agent's name; null: calls whose transcript does not say */
  readonly key: string | null;
  readonly calls: number;
  readonly practice: PracticeStats | null;
  readonly reaction: { readonly reactionId: string; readonly calls: Proportion } | null;
}

export interface PracticeDetail {
  readonly run: AnalysisRun;
  readonly rule: LibraryRule;
  readonly all: RuleGroupFigures | null;
  readonly byVendor: readonly RuleGroupFigures[];
  readonly byAgent: readonly RuleGroupFigures[];
  readonly bySite: readonly RuleGroupFigures[];
  readonly examples: readonly RunCall[];
  readonly exampleTotal: number;
}

/** A reported rule as the call viewer gets it. */
export interface ReportedRule {
  readonly id: string;
  readonly kind: RuleKind;
  readonly theme?: CoachingTheme;
  readonly polarity?: 'good' | 'bad';
  readonly label: { readonly fr: string; readonly en: string };
}

export interface RunCallView {
  readonly run: AnalysisRun;
  readonly rules: readonly ReportedRule[];
  readonly summary: TranscriptSummary;
  readonly transcript: Transcript;
  readonly result: CallResult;
}

export interface StartRunInput {
  readonly libraryId: string;
  readonly filter: RunFilter;
  readonly name?: string;
}

export function useRuns(ws: string) {
  return useQuery({
    queryKey: queryKeys.list(ws, RUNS),
    queryFn: ({ signal }) =>
      api.get<ListResponse<AnalysisRun>>(wsPath(ws, RUNS), { signal }).then((r) => r.items),
  });
}

const running = (data: RunDetail | undefined) => data?.run.status === 'running';

/**
 * `GET /analysis-runs/{id}?by=…`: asked again every second while the run is running. Without
 * `by`, only the figures of all calls come (what the list's progress needs).
 */
export function useRun(
  ws: string,
  runId: string,
  by: readonly ('vendor' | 'site' | 'agent' | 'period')[] = [],
) {
  const params: Record<string, string> = by.length > 0 ? { by: by.join(',') } : {};
  return useQuery({
    queryKey: [...queryKeys.item(ws, RUNS, runId), params] as const,
    queryFn: ({ signal }) => api.get<RunDetail>(wsPath(ws, RUNS, runId), { signal, query: params }),
    enabled: Boolean(runId),
    refetchInterval: (query) => (running(query.state.data) ? RUN_POLL_MS : false),
  });
}

/** Starts a run: 202 with the run, still running; 422 when no stored call matches. */
export function useStartRun(ws: string) {
  return useWorkspaceMutation(ws, (input: StartRunInput) => api.post<AnalysisRun>(wsPath(ws, RUNS), input));
}

export function usePractice(ws: string, runId: string, ruleId: string) {
  return useQuery({
    queryKey: [...queryKeys.item(ws, RUNS, runId), 'practice', ruleId] as const,
    queryFn: ({ signal }) =>
      api.get<PracticeDetail>(wsPath(ws, RUNS, runId, 'practices', ruleId), { signal }),
    enabled: Boolean(runId && ruleId),
  });
}

export interface RunCallsQuery {
  readonly ruleId?: string | undefined;
  readonly vendorId?: string | undefined;
  readonly agent?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

/** A run's calls in the reader's scope, optionally those where a rule matched, newest first. */
export function useRunCalls(ws: string, runId: string, query: RunCallsQuery, enabled = true) {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params[key] = String(value);
  return useQuery({
    queryKey: [...queryKeys.item(ws, RUNS, runId), 'calls', params] as const,
    queryFn: ({ signal }) =>
      api.get<{ items: RunCall[]; total: number }>(wsPath(ws, RUNS, runId, 'calls'), {
        signal,
        query: params,
      }),
    enabled: enabled && Boolean(runId),
  });
}

/** One call of a run for the call viewer; 404 when it is not in the reader's scope. */
export function useRunCall(ws: string, runId: string, transcriptId: string) {
  return useQuery({
    queryKey: [...queryKeys.item(ws, RUNS, runId), 'call', transcriptId] as const,
    queryFn: ({ signal }) => api.get<RunCallView>(wsPath(ws, RUNS, runId, 'calls', transcriptId), { signal }),
    enabled: Boolean(runId && transcriptId),
  });
}
