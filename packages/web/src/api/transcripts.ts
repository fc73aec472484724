import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CallMeasures, Transcript } from '@vigie/core';
import { api, wsPath } from './client';
import { queryKeys } from './keys';

/** Transcribed calls stored in the workspace (imported with `vigie import transcripts`). */

const TRANSCRIPTS = 'transcripts';

/** A stored call without its turns, as lists show it. */
export interface TranscriptSummary {
  readonly id: string;
  readonly callId: string;
  readonly vendorId: string;
  readonly siteId: string | null;
  readonly activityId: string | null;
  readonly agent: string | null;
  readonly interactionId: string | null;
  /** local date and time, ISO 8601 without zone */
  readonly startedAt: string | null;
  readonly language: string;
  readonly durationSeconds: number;
  readonly turnCount: number;
  readonly redactions: Readonly<Record<string, number>> | null;
  readonly sourceFile: string;
  readonly importedAt: string;
}

/** What picks stored calls (the same filter as an analysis run's, plus a search). */
export interface TranscriptQuery {
  readonly vendorId?: string | undefined;
  readonly activityId?: string | undefined;
  readonly agent?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** call id or agent contains */
  readonly q?: string | undefined;
  readonly limit?: number | undefined;
}

export interface TranscriptPage {
  readonly items: TranscriptSummary[];
  readonly total: number;
}

export interface StoredCall {
  readonly summary: TranscriptSummary;
  readonly transcript: Transcript;
  readonly measures: CallMeasures;
}

function queryParams(query: TranscriptQuery): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params[key] = String(value);
  }
  return params;
}

/** `GET /transcripts`: a page of calls in the reader's scope and how many match. */
export function useTranscripts(ws: string, query: TranscriptQuery, enabled = true) {
  const params = queryParams(query);
  return useQuery({
    queryKey: queryKeys.list(ws, TRANSCRIPTS, params),
    queryFn: ({ signal }) => api.get<TranscriptPage>(wsPath(ws, TRANSCRIPTS), { signal, query: params }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export interface TranscriptAgent {
  readonly agent: string;
  readonly vendorId: string;
  readonly calls: number;
}

/** `GET /transcripts/agents`: the agents of the stored calls in the reader's scope, of one vendor or all. */
export function useTranscriptAgents(ws: string, vendorId: string | null, enabled = true) {
  const params: Record<string, string> = vendorId ? { vendorId } : {};
  return useQuery({
    queryKey: queryKeys.list(ws, `${TRANSCRIPTS}/agents`, params),
    queryFn: ({ signal }) =>
      api
        .get<{ items: TranscriptAgent[] }>(wsPath(ws, TRANSCRIPTS, 'agents'), { signal, query: params })
        .then((r) => r.items),
    enabled,
  });
}

/** `GET /transcripts/{id}`: the call's turns and measures; idle while there is no id. */
export function useTranscript(ws: string, id: string | null) {
  return useQuery({
    queryKey: queryKeys.item(ws, TRANSCRIPTS, id ?? ''),
    queryFn: ({ signal }) => api.get<StoredCall>(wsPath(ws, TRANSCRIPTS, id ?? ''), { signal }),
    enabled: Boolean(id),
  });
}
