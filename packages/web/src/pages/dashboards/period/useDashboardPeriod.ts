import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { type Period, useLastDataDay } from '../../../api/kpi';
import { useWorkspace } from '../../../hooks/workspace';
import {
  addDays,
  DEFAULT_PRESET,
  localDay,
  matchPreset,
  type PeriodPreset,
  parsePeriod,
  presetPeriod,
  referenceDay,
} from './period';

export interface DashboardPeriod {
  /** null while the default period waits for the last day with data */
  readonly period: Period | null;
  /** the day presets count back from; null while it is being found */
  readonly reference: string | null;
  /** true when the reference is yesterday, so the first preset can be called "Yesterday" */
  readonly referenceIsYesterday: boolean;
  readonly preset: PeriodPreset | 'custom';
  readonly choosePreset: (preset: PeriodPreset) => void;
  readonly chooseRange: (period: Period) => void;
}

/** The address's other parameters (the activity…) with this period. */
function withPeriod(params: URLSearchParams, period: Period): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('from', period.from);
  next.set('to', period.to);
  return next;
}

/**
 * The dashboards' period, kept in the address (?from=…&to=…) so that a link shows the same
 * figures to whoever opens it; without one, the default preset is written there once known.
 */
export function useDashboardPeriod(): DashboardPeriod {
  const { workspaceId } = useWorkspace();
  const [params, setParams] = useSearchParams();
  const today = localDay(new Date());
  const lastDataDay = useLastDataDay(workspaceId, today, addDays(today, -366));
  // a failed look-up (or no data) falls back to yesterday rather than blocking the page
  const reference = lastDataDay.isPending ? null : referenceDay(lastDataDay.data ?? null, today);
  const fromUrl = parsePeriod(params.get('from'), params.get('to'));
  const period = fromUrl ?? (reference ? presetPeriod(DEFAULT_PRESET, reference) : null);

  const setPeriod = (next: Period) => setParams((current) => withPeriod(current, next), { replace: true });

  // the default goes into the address once known, so that the page can be shared as it is
  const defaultFrom = fromUrl === null ? period?.from : undefined;
  const defaultTo = fromUrl === null ? period?.to : undefined;
  useEffect(() => {
    if (!defaultFrom || !defaultTo) return;
    setParams((current) => withPeriod(current, { from: defaultFrom, to: defaultTo }), { replace: true });
  }, [defaultFrom, defaultTo, setParams]);

  return {
    period,
    reference,
    referenceIsYesterday: reference === addDays(today, -1),
    preset: period && reference ? matchPreset(period, reference) : DEFAULT_PRESET,
    choosePreset: (p) => {
      if (reference) setPeriod(presetPeriod(p, reference));
    },
    chooseRange: setPeriod,
  };
}
