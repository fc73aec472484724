import { useQuery } from '@tanstack/react-query';
import type { CoachingTheme, CycleObjective, ObjectiveProgress } from '@vigie/core';
import { api, wsPath } from './client';
import { useWorkspaceMutation } from './crud';
import { queryKeys } from './keys';

/**
 * Progressive coaching cycles (docs/feedback-reports.md): one focus theme per vendor and cycle, its
 * objectives measured from a baseline run to a measuring run, and the vendor's action plan.
 */

const CYCLES = 'coaching-cycles';

export type CycleStatus = 'in_progress' | 'closed';
export type ActionStatus = 'open' | 'done';

/** Each objective before and after; the theme is achieved when every objective is. */
export interface CycleProgress {
  readonly objectives: readonly ObjectiveProgress[];
  readonly achieved: boolean;
}

export interface CoachingCycle {
  readonly id: string;
  readonly vendorId: string;
  readonly siteId: string | null;
  /** 1, 2, 3… per vendor */
  readonly number: number;
  readonly focusTheme: CoachingTheme;
  /** YYYY-MM-DD */
  readonly startsOn: string;
  readonly endsOn: string;
  readonly status: CycleStatus;
  readonly objectives: readonly CycleObjective[];
  readonly baselineRunId: string | null;
  readonly measureRunId: string | null;
  readonly reportId: string | null;
  /** the progress recorded when the cycle was closed */
  readonly outcome: CycleProgress | null;
  /** the e-mail of who opened it */
  readonly createdBy: string;
  readonly createdAt: string;
  readonly closedAt: string | null;
}

/** A vendor's themes achieved in closed cycles (in the order of the six) and its next focus. */
export interface VendorThemes {
  readonly vendorId: string;
  readonly achieved: readonly CoachingTheme[];
  /** null once every theme is achieved */
  readonly nextFocus: CoachingTheme | null;
}

export interface CycleTimeline {
  /** by vendor, then number */
  readonly items: readonly CoachingCycle[];
  readonly vendors: readonly VendorThemes[];
}

/** One action of a cycle's action plan, kept by the vendor's users. */
export interface ActionItem {
  readonly id: string;
  readonly text: string;
  readonly owner: string;
  /** YYYY-MM-DD */
  readonly dueOn: string;
  readonly status: ActionStatus;
  /** the note left when marking it done */
  readonly comment: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

export type CycleDetail = CoachingCycle & {
  /** measured now from the runs, or the outcome once closed; null until a measuring run is set */
  readonly progress: CycleProgress | null;
  /** by due date */
  readonly actions: readonly ActionItem[];
};

export interface CreateCycleInput {
  readonly vendorId: string;
  readonly siteId?: string;
  readonly focusTheme: CoachingTheme;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly objectives: readonly CycleObjective[];
  readonly baselineRunId?: string;
  readonly reportId?: string;
}

export interface UpdateCycleInput {
  readonly objectives?: readonly CycleObjective[];
  readonly endsOn?: string;
  /** null: no measure any more */
  readonly measureRunId?: string | null;
  readonly reportId?: string | null;
}

export interface CloseCycleResult {
  readonly cycle: CoachingCycle;
  /** the vendor's themes after this cycle */
  readonly achieved: readonly CoachingTheme[];
  readonly nextFocus: CoachingTheme | null;
}

export interface ActionInput {
  readonly text: string;
  readonly owner: string;
  readonly dueOn: string;
}

export type ActionUpdate = Partial<ActionInput> & {
  readonly status?: ActionStatus;
  readonly comment?: string;
};

/** Every cycle in the reader's scope (a vendor user: its own vendor's) and each vendor's themes. */
export function useCycles(ws: string) {
  return useQuery({
    queryKey: queryKeys.list(ws, CYCLES),
    queryFn: ({ signal }) => api.get<CycleTimeline>(wsPath(ws, CYCLES), { signal }),
  });
}

/** One cycle with its progress and action plan; 404 when it is not in the reader's scope. */
export function useCycle(ws: string, cycleId: string) {
  return useQuery({
    queryKey: queryKeys.item(ws, CYCLES, cycleId),
    queryFn: ({ signal }) => api.get<CycleDetail>(wsPath(ws, CYCLES, cycleId), { signal }),
    enabled: Boolean(cycleId),
  });
}

/**
 * 201 with the cycle; 409 while the vendor has a cycle in progress; 422 with issues at `vendorId`,
 * `baselineRunId` (unknown, not done) or `objectives.{i}.practiceId` (not in the run's library).
 */
export function useCreateCycle(ws: string) {
  return useWorkspaceMutation(ws, (input: CreateCycleInput) =>
    api.post<CoachingCycle>(wsPath(ws, CYCLES), input),
  );
}

/** Changes a cycle in progress; 409 once closed, 422 at `measureRunId` when the run is not done. */
export function useUpdateCycle(ws: string, cycleId: string) {
  return useWorkspaceMutation(ws, (input: UpdateCycleInput) =>
    api.put<CoachingCycle>(wsPath(ws, CYCLES, cycleId), input),
  );
}

/** Records the cycle's progress; 422 `not_measured` without a measuring run, 409 when closed. */
export function useCloseCycle(ws: string, cycleId: string) {
  return useWorkspaceMutation(ws, () => api.post<CloseCycleResult>(wsPath(ws, CYCLES, cycleId, 'close')));
}

/** 201 with the action; 409 once the cycle is closed. */
export function useAddAction(ws: string, cycleId: string) {
  return useWorkspaceMutation(ws, (input: ActionInput) =>
    api.post<ActionItem>(wsPath(ws, CYCLES, cycleId, 'actions'), input),
  );
}

/** Changes an action (done with a note, owner, due date); 409 once the cycle is closed. */
export function useUpdateAction(ws: string, cycleId: string) {
  return useWorkspaceMutation(ws, ({ id, input }: { id: string; input: ActionUpdate }) =>
    api.put<ActionItem>(wsPath(ws, CYCLES, cycleId, 'actions', id), input),
  );
}
