import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ContactClass, KpiRateName, ServiceLevelVariant, TargetKpi, TargetStatus } from '@vigie/core';
import { api, wsPath } from './client';
import { queryKeys } from './keys';

/** The figures and contacts of docs/kpi-api.md. Days are local `YYYY-MM-DD`, both ends inclusive. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/** `GET /kpi/settings`: the formula options the rollups use. */
export interface KpiSettings {
  readonly serviceLevelThresholdSeconds: number;
  readonly serviceLevelVariant: ServiceLevelVariant;
  readonly shortAbandonSeconds: number;
  readonly excludeShortAbandons: boolean;
  readonly fcrWindowDays: number;
}

/** Narrows every figure; absent means all. */
export interface KpiFilters {
  readonly vendorId?: string | undefined;
  readonly siteId?: string | undefined;
  readonly activityId?: string | undefined;
  readonly channel?: string | undefined;
  readonly agent?: string | undefined;
}

export type KpiDimension = 'vendor' | 'site' | 'activity' | 'channel' | 'agent';
export type KpiTimeBucket = 'interval15' | 'interval30' | 'hour' | 'day' | 'week' | 'month';
export type KpiGroupKey = KpiDimension | KpiTimeBucket;

export interface RowTarget {
  readonly target: number;
  /** null when the figure is null: nothing to judge */
  readonly status: TargetStatus | null;
}

/** One row of `GET /kpi/summary`: its group keys, counts and figures (rates 0..1, ASA/AHT seconds). */
export interface KpiRow extends Partial<Record<KpiGroupKey, string | null>> {
  readonly contacts: number;
  readonly offered: number;
  readonly answered: number;
  readonly abandoned: number;
  readonly shortAbandoned: number;
  readonly handled: number;
  readonly answerRate: number | null;
  readonly abandonRate: number | null;
  readonly serviceLevel: number | null;
  readonly serviceLevelN: number;
  readonly asaSeconds: number | null;
  readonly ahtSeconds: number | null;
  readonly fcr: number | null;
  readonly fcrN: number;
  readonly conversion: number | null;
  readonly nps: number | null;
  readonly npsN: number;
  readonly csat: number | null;
  readonly csatN: number;
  /** why a figure is null, by figure name */
  readonly reasons: Partial<Record<KpiRateName | 'nps' | 'csat', string>>;
  /** rows grouped by vendor: every KPI with a target in force */
  readonly targets?: Partial<Record<TargetKpi, RowTarget>>;
}

export interface KpiSummary {
  readonly period: Period;
  /** the formulas in words (English), as `vigie kpi` gives them */
  readonly definitions: Readonly<Record<string, string>>;
  /** names of the ids found in the rows, by dimension */
  readonly labels: Partial<Record<'vendor' | 'site' | 'activity', Readonly<Record<string, string>>>>;
  readonly rows: readonly KpiRow[];
}

export type HeatmapInterval = 15 | 30 | 60;

export interface HeatmapCell {
  readonly day: string;
  /** start of the interval, `HH:MM` */
  readonly time: string;
  readonly offered: number;
  readonly serviceLevel: number | null;
  readonly serviceLevelN: number;
}

export interface Heatmap {
  readonly interval: HeatmapInterval;
  readonly cells: readonly HeatmapCell[];
}

/** One bar of a histogram, in seconds; `to` is null on the last, open bin. */
export interface HistogramBin {
  readonly from: number;
  readonly to: number | null;
  readonly count: number;
}

export interface Distributions {
  /** wait of answered contacts */
  readonly wait: readonly HistogramBin[];
  readonly handle: readonly HistogramBin[];
}

/** The contacts behind a figure: the summary's filters and, optionally, a day, an interval, a class. */
export interface ContactFilters extends KpiFilters {
  readonly day?: string | undefined;
  /** `HH:MM`, with `interval` */
  readonly time?: string | undefined;
  readonly interval?: HeatmapInterval | undefined;
  readonly class?: ContactClass | undefined;
}

export interface ContactItem {
  readonly id: string;
  readonly vendorId: string | null;
  readonly siteId: string | null;
  readonly activityId: string | null;
  readonly channel: string | null;
  readonly agent: string | null;
  readonly customerId: string | null;
  /** local wall-clock `YYYY-MM-DDTHH:MM:SS` */
  readonly offeredAt: string;
  readonly answeredAt: string | null;
  readonly waitSeconds: number;
  readonly talkSeconds: number;
  readonly holdSeconds: number;
  readonly wrapUpSeconds: number;
  readonly disposition: string;
  readonly class: ContactClass;
  readonly outcomes: readonly string[];
}

export interface ContactsPage {
  readonly total: number;
  readonly items: readonly ContactItem[];
}

/** The largest page `GET /kpi/contacts` serves. */
export const CONTACTS_MAX_LIMIT = 500;

type Query = Record<string, string>;

/** Drops the empty filters so that equal queries share one cache entry. */
function toQuery(values: Readonly<Record<string, string | number | null | undefined>>): Query {
  const query: Query = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== '') query[key] = String(value);
  }
  return query;
}

/** A KPI read under the workspace's keys, so that a finished import (which invalidates them) refreshes it. */
function useKpiQuery<T>(workspaceId: string, route: string, query: Query, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.list(workspaceId, `kpi/${route}`, query),
    queryFn: ({ signal }) => api.get<T>(wsPath(workspaceId, 'kpi', route), { signal, query }),
    enabled,
    // a new period or filter keeps the former figures on screen until the new ones arrive
    placeholderData: keepPreviousData,
  });
}

export function useKpiSettings(workspaceId: string) {
  return useQuery({
    queryKey: queryKeys.list(workspaceId, 'kpi/settings'),
    queryFn: ({ signal }) => api.get<KpiSettings>(wsPath(workspaceId, 'kpi', 'settings'), { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useKpiSummary(
  workspaceId: string,
  period: Period | null,
  by: readonly KpiGroupKey[],
  filters: KpiFilters = {},
  enabled = true,
) {
  const query = toQuery({ ...period, by: by.join(','), ...filters });
  return useKpiQuery<KpiSummary>(workspaceId, 'summary', query, enabled && period !== null);
}

export function useKpiHeatmap(
  workspaceId: string,
  period: Period | null,
  filters: KpiFilters,
  interval: HeatmapInterval,
  enabled = true,
) {
  const query = toQuery({ ...period, ...filters, interval });
  return useKpiQuery<Heatmap>(workspaceId, 'heatmap', query, enabled && period !== null);
}

export function useKpiDistributions(
  workspaceId: string,
  period: Period | null,
  filters: KpiFilters,
  enabled = true,
) {
  const query = toQuery({ ...period, ...filters });
  return useKpiQuery<Distributions>(workspaceId, 'distributions', query, enabled && period !== null);
}

export interface ContactsPageRequest {
  readonly period: Period;
  readonly filters: ContactFilters;
  readonly limit: number;
  readonly offset: number;
}

function contactsQuery({ period, filters, limit, offset }: ContactsPageRequest): Query {
  return toQuery({ ...period, ...filters, limit, offset });
}

/** One page of the contacts behind a figure, newest first (used by the drill-down and its export). */
export function fetchContacts(
  workspaceId: string,
  request: ContactsPageRequest,
  signal?: AbortSignal,
): Promise<ContactsPage> {
  return api.get<ContactsPage>(wsPath(workspaceId, 'kpi', 'contacts'), {
    signal,
    query: contactsQuery(request),
  });
}

/** Idle while there is no request (the drill-down is closed). */
export function useKpiContacts(workspaceId: string, request: ContactsPageRequest | null) {
  const query = request ? contactsQuery(request) : {};
  return useQuery({
    queryKey: queryKeys.list(workspaceId, 'kpi/contacts', query),
    queryFn: ({ signal }) => api.get<ContactsPage>(wsPath(workspaceId, 'kpi', 'contacts'), { signal, query }),
    enabled: request !== null,
    placeholderData: keepPreviousData,
  });
}

/**
 * The last day that has contact records in the year before `today`, or null: the server reads
 * it from its rollups.
 */
export function useLastDataDay(workspaceId: string, today: string, yearAgo: string) {
  return useQuery({
    queryKey: queryKeys.list(workspaceId, 'kpi/last-day', { today }),
    queryFn: async ({ signal }) => {
      const { last } = await api.get<{ first: string | null; last: string | null }>(
        wsPath(workspaceId, 'kpi', 'range'),
        { signal },
      );
      return last !== null && last >= yearAgo && last <= today ? last : null;
    },
    staleTime: 5 * 60_000,
  });
}
