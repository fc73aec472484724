import { CONTRACT_KPIS, type ContractKpi } from '@vigie/core';
import type { StatementLang } from './statement-labels.ts';

/** How the numbers, money and dates of a statement document are written in one language. */
export interface StatementFormat {
  /** Integer cents to "12 345,67 €" (fr, narrow no-break space as Intl gives) or "€12,345.67" (en). */
  money(cents: number): string;
  /** A quantity, at most two decimals: pro-rated quantities are exact fractions. */
  quantity(value: number): string;
  /** A KPI value on its scale: ratios as %, NPS points, seconds. */
  kpiValue(kpi: ContractKpi, value: number): string;
  /** A percentage already in percent (allocations: 150 means 150 %). */
  percent(value: number): string;
  /** "2026-10-01" to "01/10/2026" (fr) or "1 Oct 2026" (en). */
  date(iso: string): string;
  /** "2026-10" to "octobre 2026" or "October 2026". */
  month(yyyyMm: string): string;
}

// en-GB rather than en-US: day-month-year dates read the same way in both documents.
const LOCALES: Record<StatementLang, string> = { fr: 'fr-FR', en: 'en-GB' };

/** The formatter of `lang` for amounts in `currency` (ISO 4217, the statement's). */
export function statementFormat(lang: StatementLang, currency: string): StatementFormat {
  const locale = LOCALES[lang];
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const quantity = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const ratio = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  // Dates are calendar days: formatted in UTC so the server's time zone cannot shift them.
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: lang === 'fr' ? 'short' : 'medium',
    timeZone: 'UTC',
  });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    // Division by 100 is exact enough for display: Intl rounds to the currency's 2 decimals.
    money: (cents) => money.format(cents / 100),
    quantity: (value) => quantity.format(value),
    kpiValue: (kpi, value) => {
      const scale = CONTRACT_KPIS[kpi].scale;
      if (scale === 'ratio') return ratio.format(value);
      // "45 s" in both languages: Intl's en-GB unit style writes "45 secs".
      if (scale === 'seconds') return `${integer.format(value)}\u00a0s`;
      return integer.format(value);
    },
    percent: (value) => ratio.format(value / 100),
    date: (iso) => date.format(new Date(`${iso}T00:00:00Z`)),
    month: (yyyyMm) => month.format(new Date(`${yyyyMm}-01T00:00:00Z`)),
  };
}
