import { CONTRACT_KPIS, type ContractKpi } from '@vigie/core';
import type { TFunction } from 'i18next';
import { formatNumber, formatPercent, locale } from '../../format';

/** The decimal separator people of the interface language type: "," in French. */
export function decimalSeparator(): string {
  return locale().startsWith('fr') ? ',' : '.';
}

export function kpiLabel(t: TFunction, kpi: string): string {
  return t(`contracts.kpi.${kpi}`, { defaultValue: kpi });
}

/**
 * The name of an expected invoice line in the interface language: a fee keeps the contract's
 * label; a bonus/malus, credit or earn-back (named by core in English) is named from its code.
 */
export function invoiceLineLabel(t: TFunction, code: string, label: string): string {
  if (code === 'total') return t('invoices.lineLabels.total');
  const m = /^(kpi|credit|earn_back):([a-z_]+)/.exec(code);
  if (!m) return label;
  return t(`invoices.lineLabels.${m[1]}`, { kpi: kpiLabel(t, m[2] as string) });
}

export function isContractKpi(value: string | null | undefined): value is ContractKpi {
  return typeof value === 'string' && value in CONTRACT_KPIS;
}

/** A measured value or target on its KPI's scale: "83 %", "17 pts", "42 s". */
export function formatKpiValue(t: TFunction, kpi: string, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (!isContractKpi(kpi)) return formatNumber(value);
  switch (CONTRACT_KPIS[kpi].scale) {
    case 'ratio':
      return formatPercent(value, 2);
    case 'nps':
      return `${formatNumber(value, 1)} ${t('contracts.units.points')}`;
    case 'seconds':
      return `${formatNumber(value, 1)} s`;
  }
}

/** The unit a KPI's target is typed in, beside the field. */
export function kpiInputUnit(t: TFunction, kpi: ContractKpi | null): string {
  if (!kpi) return '';
  const scale = CONTRACT_KPIS[kpi].scale;
  return scale === 'ratio' ? '%' : scale === 'nps' ? t('contracts.units.points') : 's';
}

/** "2026-10" → "October 2026" / "octobre 2026". */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

/** Today in the browser's time zone, YYYY-MM-DD. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The day after a date YYYY-MM-DD (a calendar, not a clock: computed in UTC). */
export function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return '';
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Every ISO 4217 code the browser knows, with the common ones first if it knows none. */
export function currencyCodes(): string[] {
  try {
    return Intl.supportedValuesOf('currency');
  } catch {
    return ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'MAD', 'TND', 'XOF'];
  }
}

/** "EUR – euro". */
export function currencyLabel(code: string): string {
  try {
    const name = new Intl.DisplayNames([locale()], { type: 'currency' }).of(code);
    return name && name !== code ? `${code} – ${name}` : code;
  } catch {
    return code;
  }
}
