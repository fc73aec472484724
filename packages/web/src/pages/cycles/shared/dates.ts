/** Calendar days as the API writes them (YYYY-MM-DD), in the reader's own time zone. */

function iso(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today, as the reader's calendar says. */
export function today(now: Date = new Date()): string {
  return iso(now);
}

/** The day `days` after (or before) a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return iso(new Date(y, m - 1, d + days));
}

/** Is an open action past its due date? */
export function isOverdue(action: { readonly status: string; readonly dueOn: string }, day: string): boolean {
  return action.status === 'open' && action.dueOn < day;
}
