import type { TFunction } from 'i18next';

/** The list items of the document, named for people ("Version 2", "Price line 1"). */
const ITEMS: Readonly<Record<string, string>> = {
  versions: 'contracts.path.version',
  phases: 'contracts.path.phase',
  priceLines: 'contracts.path.priceLine',
  kpiTerms: 'contracts.path.kpiTerm',
  steps: 'contracts.path.step',
  forceMajeureDays: 'contracts.path.forceMajeureDay',
};

/** Objects that group fields: named once, their fields follow. */
const GROUPS: Readonly<Record<string, string>> = {
  rule: 'contracts.path.rule',
  atRisk: 'contracts.path.atRisk',
  exclusions: 'contracts.path.exclusions',
  earnBack: 'contracts.path.earnBack',
};

/** Records keyed by KPI: the field, then the KPI. */
const BY_KPI: Readonly<Record<string, string>> = {
  kpiAllocationPercent: 'contracts.fields.kpiAllocationPercent',
  targets: 'contracts.fields.earnBackTarget',
};

/**
 * "versions.1.phases.0.priceLines.2.unitPriceCents" → "Version 2 › Phase 1 › Price line 3 ›
 * Unit price": where a problem is, in the words of the editor.
 */
export function pathLabel(t: TFunction, key: string): string {
  const parts = key.split('.').filter((p) => p !== '');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const next = parts[i + 1];
    const item = ITEMS[part];
    if (item && next !== undefined && /^\d+$/.test(next)) {
      out.push(t(item, { n: Number(next) + 1 }));
      i++;
    } else if (item) {
      out.push(t(`contracts.fields.${part}`, { defaultValue: part }));
    } else if (GROUPS[part]) {
      out.push(t(GROUPS[part]));
    } else if (BY_KPI[part] && next !== undefined) {
      out.push(`${t(BY_KPI[part])} (${t(`contracts.kpi.${next}`, { defaultValue: next })})`);
      i++;
    } else {
      out.push(t(`contracts.fields.${part}`, { defaultValue: part }));
    }
  }
  return out.length > 0 ? out.join(' › ') : t('contracts.path.document');
}
