/**
 * Test-only: realistic rows of the canonical Vigie CSV format, seeded, in time order, with what
 * real exports hold: accented names (UTF-8), a vendor name with a comma (quoted), a quoted list
 * of outcomes, empty optional cells, `offered` written in several cases, every channel and
 * disposition, customers coming back within and beyond the FCR window.
 */

export const VIGIE_CSV_HEADER =
  'id,channel,direction,activity,vendor,site,agent,customer_id,offered_at,answered_at,ended_at,' +
  'wait_seconds,talk_seconds,hold_seconds,wrap_up_seconds,disposition,offered,outcomes';

const VENDORS = [
  { name: 'Armor Contact', sites: ['Évry', 'Rennes'] },
  { name: '"Sud Relation, SA"', sites: ['Marseille'] },
  { name: 'Atlas Services', sites: ['Rabat', 'Casablanca'] },
];
const ACTIVITIES = ['Service client', 'Réclamations', 'Facturation', 'Ventes'];
const AGENTS = [
  'Léa Martin 1',
  'Inès Haddad 2',
  'Hugo Petit 3',
  'Karim Roux 4',
  'Zoë Brontë 5',
  'Marc Dubois 6',
];
const CHANNELS = ['phone', 'phone', 'phone', 'email', 'chat', 'social', 'mail', 'messaging', 'web_callback'];
const OUTCOMES = [
  '',
  '',
  'resolved',
  'resolved;sale',
  'appointment',
  '"complaint;resolved"',
  'contract_signed',
];
const OFFERED = ['', '', '', '', 'true', 'TRUE', 'false', 'False'];

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:MM:SS` of `seconds` after 2025-01-01T00:00:00 (local, no zone). */
export function testInstant(seconds: number): string {
  const date = new Date(Date.UTC(2025, 0, 1) + seconds * 1000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(
    date.getUTCHours(),
  )}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** `rows` data lines (no header), in time order over `days` days. */
export function vigieCsvRows(rows: number, days: number, seed = 1): string[] {
  let state = seed;
  const rnd = (): number => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const out: string[] = [];
  for (let k = 0; k < rows; k++) {
    const offered = Math.floor((k / rows) * days * 86400);
    const vendor = pick(VENDORS);
    const r = rnd();
    const disposition =
      r < 0.6
        ? 'answered'
        : r < 0.7
          ? 'abandoned'
          : r < 0.75
            ? 'short_abandoned'
            : r < 0.8
              ? 'vru_only'
              : r < 0.85
                ? 'transferred'
                : r < 0.9
                  ? 'callback'
                  : r < 0.95
                    ? 'overflowed'
                    : 'phantom';
    const answered = disposition === 'answered' || (disposition === 'transferred' && rnd() < 0.5);
    const wait = Math.floor(rnd() * 90);
    const talk = answered ? 30 + Math.floor(rnd() * 600) : 0;
    const hold = answered && rnd() < 0.3 ? Math.floor(rnd() * 60) : 0;
    const wrap = answered ? Math.floor(rnd() * 45) : 0;
    const customer = rnd() < 0.85 ? `C-${Math.floor(rnd() * rows * 0.15)}` : '';
    out.push(
      [
        `r-${k}`,
        pick(CHANNELS),
        rnd() < 0.9 ? 'inbound' : 'outbound',
        rnd() < 0.05 ? '' : pick(ACTIVITIES),
        vendor.name,
        pick(vendor.sites),
        answered ? pick(AGENTS) : '',
        customer,
        testInstant(offered),
        answered ? testInstant(offered + wait) : '',
        rnd() < 0.1 ? '' : testInstant(offered + wait + talk + hold),
        String(wait),
        answered || rnd() < 0.5 ? String(talk) : '',
        String(hold),
        String(wrap),
        disposition,
        pick(OFFERED),
        answered ? pick(OUTCOMES) : '',
      ].join(','),
    );
  }
  return out;
}
