import i18n from 'i18next';

/** The Intl locale of the current interface language. */
export function locale(): string {
  return i18n.resolvedLanguage === 'fr' ? 'fr-FR' : 'en-GB';
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day written YYYY-MM-DD, shown as a day (no time zone shift). */
export function formatDate(isoDate: string, style: 'medium' | 'long' | 'short' = 'medium'): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) return isoDate;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale(), { dateStyle: style, timeZone: 'UTC' }).format(date);
}

/** An instant (ISO 8601), shown in the browser's time zone. */
export function formatDateTime(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits }).format(value);
}

/** A ratio 0..1 as a percentage ("12,5 %" / "12.5%"). */
export function formatPercent(ratio: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits }).format(ratio);
}

/** A share already in percent (allocation `sharePercent`), e.g. 33.33 → "33,33 %". */
export function formatSharePercent(percent: number): string {
  return formatPercent(percent / 100, 2);
}

/** Money is integer cents everywhere (DESIGN.md); it becomes units only here, at the edge. */
export function formatMoney(amountCents: number, currency = 'EUR'): string {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency }).format(amountCents / 100);
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase(locale()) + text.slice(1);
}

/** "fr" → "Français" / "French". */
export function languageName(code: string): string {
  try {
    return capitalize(new Intl.DisplayNames([locale()], { type: 'language' }).of(code) ?? code);
  } catch {
    return code;
  }
}

/** "MA" → "Maroc" / "Morocco". */
export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([locale()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Sorts strings the way a person of the current language expects. */
export function compareText(a: string, b: string): number {
  return a.localeCompare(b, locale(), { sensitivity: 'base', numeric: true });
}
