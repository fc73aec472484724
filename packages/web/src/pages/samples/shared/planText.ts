import type { TFunction } from 'i18next';
import type {
  SampleDraw,
  SamplePopulation,
  SampleSizeSpec,
  StrataBy,
  StrataSpec,
} from '../../../api/samples';
import { formatDate, formatNumber, formatPercent } from '../../../format';
import { requestedSize } from './checkCommand';
import type { Names } from './useNames';

/** How the sample pages put a plan in words. */

/** "Nadia, Youssef" for a few, "12 agents" for more. */
function few(t: TFunction, key: string, items: readonly string[]): string {
  return items.length <= 3 ? items.join(', ') : t(key, { count: items.length });
}

/** The plan's vendor, or "All vendors". */
export function vendorLabel(t: TFunction, vendorId: string | null | undefined, names: Names): string {
  return vendorId ? names.vendor(vendorId) : t('samples.population.allVendors');
}

/**
 * The population's choices other than its vendor: "Casablanca · 1 Oct 2026 to 31 Oct 2026 · 2 to
 * 10 min · not sampled before", or "every stored call".
 */
export function populationSummary(t: TFunction, p: SamplePopulation, names: Names): string {
  const parts: string[] = [];
  if (p.siteIds?.length) parts.push(few(t, 'samples.population.sites', p.siteIds.map(names.site)));
  if (p.activityIds?.length)
    parts.push(few(t, 'samples.population.activities', p.activityIds.map(names.activity)));
  if (p.agents?.length) parts.push(few(t, 'samples.population.agents', p.agents));
  if (p.from && p.to)
    parts.push(t('samples.population.between', { from: formatDate(p.from), to: formatDate(p.to) }));
  else if (p.from) parts.push(t('samples.population.since', { from: formatDate(p.from) }));
  else if (p.to) parts.push(t('samples.population.until', { to: formatDate(p.to) }));
  const minutes = (seconds: number) => formatNumber(seconds / 60, 1);
  if (p.minSeconds !== undefined && p.maxSeconds !== undefined)
    parts.push(
      t('samples.population.durationBetween', { min: minutes(p.minSeconds), max: minutes(p.maxSeconds) }),
    );
  else if (p.minSeconds !== undefined)
    parts.push(t('samples.population.durationAtLeast', { min: minutes(p.minSeconds) }));
  else if (p.maxSeconds !== undefined)
    parts.push(t('samples.population.durationBelow', { max: minutes(p.maxSeconds) }));
  if (p.dispositions?.length) parts.push(p.dispositions.map((d) => dispositionLabel(t, d)).join(', '));
  if (p.outcomes?.length) parts.push(p.outcomes.join(', '));
  if (p.excludeSampled) parts.push(t('samples.population.notSampledBefore'));
  return parts.length > 0 ? parts.join(' · ') : t('samples.population.everything');
}

export function dispositionLabel(t: TFunction, value: string): string {
  return t(`imports.dispositions.${value}`, { defaultValue: value });
}

/** "±5 % at 95 %", "400 calls". */
export function sizeSpecText(t: TFunction, size: SampleSizeSpec): string {
  return size.mode === 'fixed'
    ? t('samples.size.fixedText', { count: size.size, formatted: formatNumber(size.size) })
    : t('samples.size.marginText', {
        margin: formatPercent(size.margin),
        confidence: formatPercent(size.confidence),
      });
}

/** "By agent, proportional, at least 5 per stratum", or "No strata". */
export function strataText(t: TFunction, strata: StrataSpec): string {
  if (strata.by === 'none') return t('samples.strata.noneText');
  const base = t('samples.strata.byText', {
    by: t(`samples.strata.byName.${strata.by}`),
    mode: t(`samples.strata.modeName.${strata.mode}`),
  });
  return strata.minPerStratum > 0
    ? `${base}, ${t('samples.strata.minText', { count: strata.minPerStratum })}`
    : base;
}

/**
 * "370 = ±5 % at 95 % over 10,000 calls, 384 for an unlimited population", and how many were
 * drawn when the minimum per stratum asked for more.
 */
export function sizeDetailText(t: TFunction, draw: SampleDraw): string {
  const d = draw.sizeDetail;
  const asked = requestedSize(draw);
  const size = formatNumber(asked);
  const population = formatNumber(draw.populationSize);
  const base =
    d.mode === 'margin'
      ? t('samples.draw.sizeMargin', {
          size,
          margin: formatPercent(d.margin),
          confidence: formatPercent(d.confidence),
          population,
          infinite: formatNumber(d.infiniteSize),
        })
      : d.requested > draw.populationSize
        ? t('samples.draw.sizeAll', { size, requested: formatNumber(d.requested) })
        : t('samples.draw.sizeFixed', { size });
  return draw.size === asked
    ? base
    : `${base}; ${t('samples.draw.sizeRaised', { count: draw.size, formatted: formatNumber(draw.size) })}`;
}

/** A stratum's value in words: the name of a vendor, site or activity, the agent; '' has none. */
export function stratumLabel(t: TFunction, by: StrataBy, value: string, names: Names): string {
  if (value === '') return by === 'none' ? t('samples.strata.whole') : t('samples.noValue');
  switch (by) {
    case 'vendor':
      return names.vendor(value);
    case 'site':
      return names.site(value);
    case 'activity':
      return names.activity(value);
    case 'agent':
    case 'none':
      return value;
  }
}
