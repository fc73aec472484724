import type { TFunction } from 'i18next';
import type { RunFilter } from '../../../api/analysis';
import { formatDate } from '../../../format';

/**
 * What a run analysed, in words: "Atlas · from 1 Oct 2026 · agent Nadia B.", "the calls of a drawn
 * sample", or "all stored calls".
 */
export function filterSummary(
  t: TFunction,
  filter: RunFilter,
  names: { readonly vendor: (id: string) => string; readonly activity: (id: string) => string },
): string {
  const parts: string[] = [];
  if (filter.sampleId) parts.push(t('analysis.filter.sample'));
  if (filter.vendorId) parts.push(names.vendor(filter.vendorId));
  if (filter.activityId) parts.push(names.activity(filter.activityId));
  if (filter.from && filter.to)
    parts.push(t('analysis.filter.between', { from: formatDate(filter.from), to: formatDate(filter.to) }));
  else if (filter.from) parts.push(t('analysis.filter.since', { from: formatDate(filter.from) }));
  else if (filter.to) parts.push(t('analysis.filter.until', { to: formatDate(filter.to) }));
  if (filter.agent) parts.push(t('analysis.filter.agent', { agent: filter.agent }));
  return parts.length > 0 ? parts.join(' · ') : t('analysis.filter.all');
}
