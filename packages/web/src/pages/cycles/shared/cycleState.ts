import type { CoachingTheme } from '@vigie/core';
import type { CoachingCycle, CycleTimeline } from '../../../api/cycles';
import { compareText } from '../../../format';

/** Where a cycle stands: still running, or closed with its theme achieved or not. */
export type CycleState = 'in_progress' | 'achieved' | 'not_achieved';

export function cycleState(cycle: Pick<CoachingCycle, 'status' | 'outcome'>): CycleState {
  if (cycle.status === 'in_progress') return 'in_progress';
  return cycle.outcome?.achieved ? 'achieved' : 'not_achieved';
}

/** One vendor's row of the timeline: its cycles in order, its themes achieved and next focus. */
export interface VendorTimeline {
  readonly vendorId: string;
  readonly name: string;
  readonly cycles: readonly CoachingCycle[];
  readonly achieved: readonly CoachingTheme[];
  readonly nextFocus: CoachingTheme | null;
  /** the cycle in progress, if any (one at a time) */
  readonly current: CoachingCycle | null;
}

/** The timeline by vendor, vendors by name, each vendor's cycles by number. */
export function vendorTimelines(
  timeline: CycleTimeline,
  name: (vendorId: string) => string,
): VendorTimeline[] {
  const themes = new Map(timeline.vendors.map((v) => [v.vendorId, v]));
  const ids = [...new Set([...timeline.items.map((c) => c.vendorId), ...themes.keys()])];
  return ids
    .map((vendorId) => {
      const cycles = timeline.items
        .filter((c) => c.vendorId === vendorId)
        .sort((a, b) => a.number - b.number);
      return {
        vendorId,
        name: name(vendorId),
        cycles,
        achieved: themes.get(vendorId)?.achieved ?? [],
        nextFocus: themes.get(vendorId)?.nextFocus ?? null,
        current: cycles.find((c) => c.status === 'in_progress') ?? null,
      };
    })
    .sort((a, b) => compareText(a.name, b.name));
}

/** The vendor's cycle in progress, if any: a new cycle waits until it is closed. */
export function cycleInProgress(
  cycles: readonly CoachingCycle[],
  vendorId: string | null,
): CoachingCycle | undefined {
  return vendorId === null
    ? undefined
    : cycles.find((c) => c.vendorId === vendorId && c.status === 'in_progress');
}
