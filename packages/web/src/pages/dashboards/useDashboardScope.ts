import { useLocation } from 'react-router';
import type { KpiFilters } from '../../api/kpi';
import { useSearchParamFilter } from '../../hooks/useSearchParamFilter';
import { useDashboardPeriod } from './period/useDashboardPeriod';

/** `?channel=all` shows every channel; no parameter means the phone. */
export const ALL_CHANNELS = 'all';

/**
 * What a dashboard is computed on, all of it in the address: the period, the activity, the
 * channel, and the search string that carries them to the next dashboard page. The channel is
 * the phone unless another is chosen: a service level or an ASA mixing calls answered in seconds
 * with e-mails answered in hours would describe neither.
 */
export function useDashboardScope() {
  const period = useDashboardPeriod();
  const activity = useSearchParamFilter('activity');
  const channel = useSearchParamFilter('channel');
  const { search } = useLocation();
  const chosenChannel = channel.value ?? 'phone';
  const filters: KpiFilters = {
    activityId: activity.value ?? undefined,
    channel: chosenChannel === ALL_CHANNELS ? undefined : chosenChannel,
  };
  return { period, activity, channel, filters, search };
}
