import type { Disposition, Interaction } from '../interaction.ts';
import { type ImportIssue, type InteractionProfile, importError, importWarning } from './import-issue.ts';

/**
 * Columns the header of an "Anonymous Bank" call log must have (Technion SEE lab data).
 * `priority` is not used by the mapping and is therefore not required.
 */
export const ANONYMOUS_BANK_REQUIRED_COLUMNS = [
  'vru+line',
  'call_id',
  'customer_id',
  'type',
  'date',
  'vru_entry',
  'vru_exit',
  'vru_time',
  'q_start',
  'q_exit',
  'q_time',
  'outcome',
  'ser_start',
  'ser_exit',
  'ser_time',
  'server',
] as const;

/** Service types of the source (PS regular, PE English, IN internet, NE stock exchange, NW prospect, TT call-back). */
export const ANONYMOUS_BANK_TYPES = ['PS', 'PE', 'IN', 'NE', 'NW', 'TT'] as const;

const DAY = 86_400;
const HALF_DAY = 43_200;
const NOT_SET = '0:00:00';

function parseDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return value;
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** `H:MM:SS` or `HH:MM:SS` to seconds after midnight; null when not a time of day. */
function parseClock(value: string): number | null {
  const m = /^(\d{1,2}):(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (h > 23 || mi > 59 || s > 59) return null;
  return h * 3600 + mi * 60 + s;
}

function parseInteger(value: string): number | null {
  return /^-?\d+$/.test(value) ? Number(value) : null;
}

/**
 * Places a clock time on the call's time line: it is read on the same day as `previous`
 * (seconds from the midnight of `date`, possibly ≥ 86,400), or on the next day when it reads
 * more than 12 hours earlier than `previous` (the call crossed midnight: 23:58:54 → 0:04:25).
 * A time less than 12 hours earlier stays earlier: it is a defect the caller reports.
 */
function after(previous: number, clock: number): number {
  const day = Math.floor(previous / DAY) * DAY;
  const candidate = day + clock;
  return candidate < previous - HALF_DAY ? candidate + DAY : candidate;
}

function instant(date: string, seconds: number): string {
  const day = Math.floor(seconds / DAY);
  const s = seconds - day * DAY;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day === 0 ? date : addDays(date, day)}T${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

/**
 * Maps one record of the "Anonymous Bank" call log (Technion SEE lab, one row per call that
 * entered the voice-response unit) to an {@link Interaction}. Pure: duplicate ids across rows
 * are detected by the importer, not here.
 *
 * Semantics:
 * - A call joined the agent queue when `q_start` is not `0:00:00`. It is offered to agents
 *   when it joined the queue or was served (`outcome` AGENT).
 * - AGENT: disposition `answered`, offered. `waitSeconds` = `q_time`, `talkSeconds` =
 *   `ser_time` (the whole handle time; hold 0, wrap-up 0), `agent` = `server` (null when
 *   NO_SERVER, with a warning), `answeredAt` = `ser_start`, `endedAt` = `ser_exit`.
 * - HANG after joining the queue: disposition `abandoned`, offered; `waitSeconds` = `q_time`,
 *   `endedAt` = `q_exit`. Service times on a HANG row are ignored with a warning.
 * - HANG without queueing: disposition `vru_only`, not offered; wait 0, `endedAt` = `vru_exit`.
 * - PHANTOM: disposition `phantom`, not offered (counted apart, excluded from offered);
 *   `waitSeconds` = `q_time`, talk 0, `endedAt` = `q_exit` when queued, else `vru_exit`.
 * - `offeredAt` (which sets the interval) is `q_start`; `ser_start` for a call served
 *   without queueing; `vru_entry` for calls never offered (VRU-only, phantom).
 * - Instants are `${date}T${HH:MM:SS}` with zero-padded hours (the source writes `0:10:10`).
 *   `date` is the day of `vru_entry`; a later time of the call that reads more than 12 hours
 *   earlier than the one before it (vru_entry → vru_exit → q_start → q_exit → ser_start →
 *   ser_exit) is on the next day: calls crossing midnight are kept whole, without an issue.
 * - `id` = `${date}/${vru}/${call_id}` where `vru` is the VRU part of `vru+line` (AA0204 →
 *   AA02): `call_id` is unique within a day and VRU only (the real file repeats 228
 *   (date, call_id) pairs, always across two VRUs, never within one).
 * - `customerId` = `customer_id`, null when `0` or empty; `activity` = `type` (PS, PE, IN,
 *   NE, NW, TT; another value is kept with a warning); channel `phone`, direction `inbound`,
 *   vendor and site null, no outcomes.
 *
 * Issues (each names the line and field):
 * - errors, row rejected: missing `call_id`, `vru+line` or `date`; unparsable `date` or time
 *   of day (any of the six time columns); non-integer `q_time` or `ser_time`; unknown
 *   `outcome`.
 * - warnings, row kept: negative `vru_time` or `vru_exit` before `vru_entry` (VRU times are
 *   not used); negative `q_time` (wait taken as 0); negative `ser_time` (talk taken as 0);
 *   `q_exit` before `q_start` (abandon end taken as `q_start` + wait); `ser_exit` before
 *   `ser_start` (end taken as `ser_start` + talk); a served call without `ser_start` (answer
 *   taken at `q_exit`, or `vru_exit` when it never queued, talk 0); a served call with
 *   NO_SERVER (agent null); service times on a HANG row (ignored); non-integer `vru_time`;
 *   unknown `type`.
 */
export function mapAnonymousBankRecord(
  record: Readonly<Record<string, string>>,
  line: number,
): { interaction: Interaction | null; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const errors = () => issues.some((i) => i.severity === 'error');
  const get = (field: string) => (record[field] ?? '').trim();
  const warn = (field: string, code: string, message: string) =>
    issues.push(importWarning(line, field, code, `Line ${line}, ${field}: ${message}`));
  const fail = (field: string, code: string, message: string) =>
    issues.push(importError(line, field, code, `Line ${line}, ${field}: ${message}`));

  const callId = get('call_id');
  if (callId === '') fail('call_id', 'missing_value', 'call_id is empty.');
  const vruLine = get('vru+line');
  if (vruLine === '') fail('vru+line', 'missing_value', 'vru+line is empty.');
  const rawDate = get('date');
  const date = parseDate(rawDate);
  if (date === null) fail('date', 'invalid_date', `"${rawDate}" is not a date (expected YYYY-MM-DD).`);

  const clocks: Record<string, number> = {};
  for (const field of ['vru_entry', 'vru_exit', 'q_start', 'q_exit', 'ser_start', 'ser_exit']) {
    const raw = get(field);
    const clock = parseClock(raw);
    if (clock === null) fail(field, 'invalid_time', `"${raw}" is not a time of day (expected H:MM:SS).`);
    else clocks[field] = clock;
  }
  const integers: Record<string, number> = {};
  for (const field of ['vru_time', 'q_time', 'ser_time']) {
    const raw = get(field);
    const n = parseInteger(raw);
    if (n !== null) integers[field] = n;
    else if (field === 'vru_time') warn(field, 'invalid_integer', `"${raw}" is not a whole number; ignored.`);
    else fail(field, 'invalid_integer', `"${raw}" is not a whole number of seconds.`);
  }
  const outcome = get('outcome');
  if (outcome !== 'AGENT' && outcome !== 'HANG' && outcome !== 'PHANTOM') {
    fail('outcome', 'unknown_outcome', `unknown outcome "${outcome}" (expected AGENT, HANG or PHANTOM).`);
  }
  if (errors() || date === null) return { interaction: null, issues };

  const clock = (field: string) => clocks[field] ?? 0;
  const queued = get('q_start') !== NOT_SET;
  const hasService = get('ser_start') !== NOT_SET;
  const served = outcome === 'AGENT';
  const offered = outcome !== 'PHANTOM' && (queued || served);
  const disposition: Disposition = served
    ? 'answered'
    : outcome === 'PHANTOM'
      ? 'phantom'
      : queued
        ? 'abandoned'
        : 'vru_only';

  // Time line of the call, in seconds from the midnight of `date`.
  const vruEntry = clock('vru_entry');
  const vruExit = after(vruEntry, clock('vru_exit'));
  const qStart = queued ? after(vruExit, clock('q_start')) : null;
  const qExit = qStart === null ? null : after(qStart, clock('q_exit'));
  const serStart = hasService ? after(qExit ?? vruExit, clock('ser_start')) : null;
  const serExit = serStart === null ? null : after(serStart, clock('ser_exit'));

  const vruTime = integers.vru_time;
  if ((vruTime !== undefined && vruTime < 0) || vruExit < vruEntry) {
    warn(
      'vru_time',
      'negative_duration',
      `vru_exit (${get('vru_exit')}) is before vru_entry (${get('vru_entry')}), vru_time ${get('vru_time')}; VRU times are not used.`,
    );
  }
  const qTime = integers.q_time ?? 0;
  let waitSeconds = qTime;
  if (qTime < 0) {
    warn('q_time', 'negative_duration', `q_time is negative (${qTime}); wait taken as 0.`);
    waitSeconds = 0;
  }
  const serTime = integers.ser_time ?? 0;
  let talkSeconds = 0;
  if (served) {
    talkSeconds = serTime;
    if (serTime < 0) {
      warn('ser_time', 'negative_duration', `ser_time is negative (${serTime}); talk taken as 0.`);
      talkSeconds = 0;
    }
  } else if (outcome === 'HANG' && (hasService || serTime !== 0)) {
    warn(
      'ser_start',
      'service_on_unserved_call',
      `a HANG call carries service times (ser_start ${get('ser_start')}, ser_time ${get('ser_time')}); ignored.`,
    );
  }

  const server = get('server');
  const agent = server === '' || server === 'NO_SERVER' ? null : server;
  if (served && agent === null) {
    warn(
      'server',
      'served_without_agent',
      'the call was served (AGENT) but has no server; agent left empty.',
    );
  }
  const type = get('type');
  if (type !== '' && !(ANONYMOUS_BANK_TYPES as readonly string[]).includes(type)) {
    warn('type', 'unknown_type', `unknown service type "${type}"; kept as the activity.`);
  }

  let offeredAt: number;
  let answeredAt: number | null = null;
  let endedAt: number;
  if (served) {
    if (serStart !== null) {
      answeredAt = serStart;
    } else {
      answeredAt = qExit ?? vruExit;
      warn(
        'ser_start',
        'missing_service_start',
        `the call was served (AGENT) but ser_start is ${NOT_SET}; answer taken at ${queued ? 'q_exit' : 'vru_exit'}.`,
      );
    }
    offeredAt = qStart ?? answeredAt;
    if (serExit !== null && serStart !== null && serExit < serStart) {
      warn(
        'ser_exit',
        'end_before_start',
        `ser_exit (${get('ser_exit')}) is before ser_start (${get('ser_start')}); end taken as ser_start + talk.`,
      );
      endedAt = answeredAt + talkSeconds;
    } else {
      endedAt = serExit ?? answeredAt + talkSeconds;
    }
  } else if (disposition === 'abandoned' && qStart !== null && qExit !== null) {
    offeredAt = qStart;
    if (qExit < qStart) {
      warn(
        'q_exit',
        'end_before_start',
        `q_exit (${get('q_exit')}) is before q_start (${get('q_start')}); end taken as q_start + wait.`,
      );
      endedAt = qStart + waitSeconds;
    } else {
      endedAt = qExit;
    }
  } else {
    offeredAt = vruEntry;
    endedAt = disposition === 'phantom' && qExit !== null ? qExit : vruExit;
    if (disposition === 'vru_only') waitSeconds = 0;
  }

  const customer = get('customer_id');
  const interaction: Interaction = {
    id: `${date}/${vruLine.slice(0, 4)}/${callId}`,
    channel: 'phone',
    direction: 'inbound',
    activity: type === '' ? null : type,
    vendor: null,
    site: null,
    agent,
    customerId: customer === '' || customer === '0' ? null : customer,
    offeredAt: instant(date, offeredAt),
    answeredAt: answeredAt === null ? null : instant(date, answeredAt),
    endedAt: instant(date, endedAt),
    waitSeconds,
    talkSeconds,
    holdSeconds: 0,
    wrapUpSeconds: 0,
    disposition,
    offered,
    outcomes: [],
  };
  return { interaction, issues };
}

/** The "Anonymous Bank" profile, for the importer. */
export const anonymousBankProfile: InteractionProfile = {
  name: 'anonymous-bank',
  requiredColumns: ANONYMOUS_BANK_REQUIRED_COLUMNS,
  map: mapAnonymousBankRecord,
};
