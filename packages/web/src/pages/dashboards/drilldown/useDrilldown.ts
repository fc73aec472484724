import { useState } from 'react';
import type { ContactFilters } from '../../../api/kpi';

/** The figure a person clicked: what to call it, and the filters that find its contacts. */
export interface Drilldown {
  readonly title: string;
  readonly filters: ContactFilters;
}

/** Which figure's contacts the drawer lists; null while it is closed. */
export function useDrilldown() {
  const [current, setCurrent] = useState<Drilldown | null>(null);
  return { current, open: setCurrent, close: () => setCurrent(null) };
}
