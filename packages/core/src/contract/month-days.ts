const ISO_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a month written YYYY-MM. */
export function isIsoMonth(value: string): boolean {
  return ISO_MONTH.test(value);
}

/** Every day of a month, YYYY-MM-DD, in order. Computed in UTC: a calendar, not a clock. */
export function daysOfMonth(month: string): string[] {
  const m = ISO_MONTH.exec(month);
  if (!m) throw new Error(`Expected a month written YYYY-MM, got "${month}"`);
  const year = Number(m[1]);
  const index = Number(m[2]) - 1;
  const count = new Date(Date.UTC(year, index + 1, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/** The month `n` months after (or before, n < 0) `month`. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}
