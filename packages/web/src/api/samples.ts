import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type ListResponse, wsPath } from './client';
import { useWorkspaceMutation } from './crud';
import { queryKeys } from './keys';
import type { TranscriptSummary } from './transcripts';

/** Sample plans: which calls the client samples, how many, how stratified, and their draw. */

const PLANS = 'sample-plans';

/** Which stored calls a plan samples from (dates YYYY-MM-DD, durations in seconds). */
export interface SamplePopulation {
  readonly vendorId?: string;
  readonly siteIds?: readonly string[];
  readonly activityIds?: readonly string[];
  readonly agents?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  readonly minSeconds?: number;
  readonly maxSeconds?: number;
  readonly dispositions?: readonly string[];
  readonly outcomes?: readonly string[];
  /** leave out calls already drawn by an earlier sample of the workspace */
  readonly excludeSampled: boolean;
}

/** A given number of calls, or enough for a margin of error (ratios 0..1). */
export type SampleSizeSpec =
  | { readonly mode: 'fixed'; readonly size: number }
  | { readonly mode: 'margin'; readonly margin: number; readonly confidence: number };

export const STRATA_BY = ['none', 'vendor', 'site', 'activity', 'agent'] as const;
export type StrataBy = (typeof STRATA_BY)[number];
export type StrataMode = 'proportional' | 'equal';

export interface StrataSpec {
  readonly by: StrataBy;
  readonly mode: StrataMode;
  readonly minPerStratum: number;
}

export type SizeDetail =
  | { readonly mode: 'fixed'; readonly requested: number }
  | {
      readonly mode: 'margin';
      readonly margin: number;
      readonly confidence: number;
      readonly z: number;
      readonly exact: number;
      readonly infiniteSize: number;
    };

export type ComparedDimension = 'vendor' | 'site' | 'agent' | 'hour' | 'duration';

export interface ComparisonRow {
  readonly value: string;
  readonly population: number;
  readonly sample: number;
  readonly populationShare: number;
  readonly sampleShare: number;
}

export interface DimensionComparison {
  readonly dimension: ComparedDimension;
  readonly rows: readonly ComparisonRow[];
  readonly chiSquare: number;
  readonly degreesOfFreedom: number;
  readonly pValue: number | null;
  readonly representative: boolean;
  /** English sentences from core, naming raw values (ids) */
  readonly warnings: readonly string[];
}

export interface SampleDraw {
  readonly id: string;
  readonly planId: string;
  readonly seed: number;
  readonly populationSize: number;
  readonly populationSha256: string;
  readonly size: number;
  readonly sizeDetail: SizeDetail;
  readonly allocation: readonly {
    readonly stratum: string;
    readonly population: number;
    readonly drawn: number;
  }[];
  readonly comparisons: readonly DimensionComparison[];
  readonly representative: boolean;
  /** the e-mail of who drew it */
  readonly drawnBy: string;
  readonly drawnAt: string;
}

export interface SamplePlan {
  readonly id: string;
  readonly name: string;
  readonly vendorId: string | null;
  readonly population: SamplePopulation;
  readonly size: SampleSizeSpec;
  readonly strata: StrataSpec;
  readonly seed: number;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly draw: SampleDraw | null;
}

export interface CreatePlanInput {
  readonly name: string;
  readonly population: SamplePopulation;
  readonly size: SampleSizeSpec;
  readonly strata: StrataSpec;
  readonly seed?: number;
}

export type SampledCall = TranscriptSummary & { readonly stratum: string };

export function useSamplePlans(ws: string) {
  return useQuery({
    queryKey: queryKeys.list(ws, PLANS),
    queryFn: ({ signal }) =>
      api.get<ListResponse<SamplePlan>>(wsPath(ws, PLANS), { signal }).then((r) => r.items),
  });
}

/** One plan with its draw; 404 when it does not exist or is not in the reader's scope. */
export function useSamplePlan(ws: string, planId: string) {
  return useQuery({
    queryKey: queryKeys.item(ws, PLANS, planId),
    queryFn: ({ signal }) => api.get<SamplePlan>(wsPath(ws, PLANS, planId), { signal }),
    enabled: Boolean(planId),
  });
}

/** 201 with the plan; 400 or 422 with issues at their paths (`population.to`, `size.margin`…). */
export function useCreatePlan(ws: string) {
  return useWorkspaceMutation(ws, (input: CreatePlanInput) => api.post<SamplePlan>(wsPath(ws, PLANS), input));
}

/** 201 with the draw; 409 when already drawn, 422 `no_calls` when the population is empty. */
export function useDrawPlan(ws: string) {
  return useWorkspaceMutation(ws, (planId: string) =>
    api.post<SampleDraw>(wsPath(ws, PLANS, planId, 'draw')),
  );
}

/** A page of the drawn calls in the reader's scope, by stratum then call id. */
export function useSampledCalls(ws: string, planId: string, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...queryKeys.item(ws, PLANS, planId), 'calls', page] as const,
    queryFn: ({ signal }) =>
      api.get<{ items: SampledCall[]; total: number }>(wsPath(ws, PLANS, planId, 'calls'), {
        signal,
        query: page,
      }),
    enabled: Boolean(planId),
    placeholderData: keepPreviousData,
  });
}

/** The drawn plan's population (call_id,stratum), a plain link: the browser downloads it. */
export function populationCsvHref(ws: string, planId: string): string {
  return wsPath(ws, PLANS, planId, 'population.csv');
}
