import { CHANNELS, type Channel, DIRECTIONS, type Direction } from '../../org/vocabulary.ts';
import { DISPOSITIONS, type Disposition, type Interaction, OUTCOMES, type Outcome } from '../interaction.ts';
import { type ImportIssue, type InteractionProfile, importError } from './import-issue.ts';

/** Every column of the canonical Vigie CSV format, in the documented order. */
export const VIGIE_CSV_COLUMNS = [
  'id',
  'channel',
  'direction',
  'activity',
  'vendor',
  'site',
  'agent',
  'customer_id',
  'offered_at',
  'answered_at',
  'ended_at',
  'wait_seconds',
  'talk_seconds',
  'hold_seconds',
  'wrap_up_seconds',
  'disposition',
  'offered',
  'outcomes',
] as const;

/**
 * Columns the header must have. The others may be left out of the header or left empty in a
 * row: text columns then read null, seconds 0, `offered` its default and `outcomes` none.
 */
export const VIGIE_CSV_REQUIRED_COLUMNS = [
  'id',
  'channel',
  'direction',
  'offered_at',
  'disposition',
] as const;

/** Dispositions that are not offered to agents unless the `offered` column says otherwise. */
const NOT_OFFERED: readonly Disposition[] = ['vru_only', 'phantom'];

function isInstant(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return (
    t.getUTCFullYear() === y &&
    t.getUTCMonth() === mo - 1 &&
    t.getUTCDate() === d &&
    h < 24 &&
    mi < 60 &&
    s < 60
  );
}

/**
 * Maps one record of the canonical Vigie CSV format (docs/interactions-csv.md) to an
 * {@link Interaction}. Pure; duplicate ids are detected by the importer.
 *
 * Every problem is an error that rejects the row, with the line and field:
 * `missing_value` (empty id, channel, direction, offered_at or disposition),
 * `unknown_channel`, `unknown_direction`, `unknown_disposition`, `unknown_outcome` (an entry
 * of the semicolon list `outcomes`), `invalid_seconds` (a duration that is not a whole number
 * ≥ 0), `invalid_instant` (not `YYYY-MM-DDTHH:MM:SS`, local time without zone),
 * `invalid_boolean` (`offered` other than true/false). Values are trimmed; empty optional
 * text columns read null, empty seconds 0; `offered` defaults to false for `vru_only` and
 * `phantom`, true otherwise.
 */
export function mapVigieCsvRecord(
  record: Readonly<Record<string, string>>,
  line: number,
): { interaction: Interaction | null; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const get = (field: string) => (record[field] ?? '').trim();
  const fail = (field: string, code: string, message: string) =>
    issues.push(importError(line, field, code, `Line ${line}, ${field}: ${message}`));
  const required = (field: string) => {
    const v = get(field);
    if (v === '') fail(field, 'missing_value', `${field} is required.`);
    return v;
  };
  const optional = (field: string) => {
    const v = get(field);
    return v === '' ? null : v;
  };
  const oneOf = <T extends string>(field: string, allowed: readonly T[], code: string): T => {
    const v = required(field);
    if (v !== '' && !(allowed as readonly string[]).includes(v)) {
      fail(field, code, `unknown ${field} "${v}" (expected one of ${allowed.join(', ')}).`);
    }
    return v as T;
  };
  const instantOf = (field: string, value: string | null) => {
    if (value !== null && !isInstant(value)) {
      fail(field, 'invalid_instant', `"${value}" is not an instant (expected YYYY-MM-DDTHH:MM:SS).`);
    }
    return value;
  };
  const seconds = (field: string) => {
    const v = get(field);
    if (v === '') return 0;
    if (!/^\d+$/.test(v)) {
      fail(field, 'invalid_seconds', `"${v}" is not a whole number of seconds (≥ 0).`);
      return 0;
    }
    return Number(v);
  };

  const id = required('id');
  const channel: Channel = oneOf('channel', CHANNELS, 'unknown_channel');
  const direction: Direction = oneOf('direction', DIRECTIONS, 'unknown_direction');
  const disposition: Disposition = oneOf('disposition', DISPOSITIONS, 'unknown_disposition');
  const offeredAt = instantOf('offered_at', required('offered_at'));
  const answeredAt = instantOf('answered_at', optional('answered_at'));
  const endedAt = instantOf('ended_at', optional('ended_at'));
  const waitSeconds = seconds('wait_seconds');
  const talkSeconds = seconds('talk_seconds');
  const holdSeconds = seconds('hold_seconds');
  const wrapUpSeconds = seconds('wrap_up_seconds');

  let offered = !NOT_OFFERED.includes(disposition);
  const rawOffered = get('offered').toLowerCase();
  if (rawOffered === 'true') offered = true;
  else if (rawOffered === 'false') offered = false;
  else if (rawOffered !== '') fail('offered', 'invalid_boolean', `"${get('offered')}" is not true or false.`);

  const outcomes: Outcome[] = [];
  for (const raw of get('outcomes').split(';')) {
    const o = raw.trim();
    if (o === '') continue;
    if ((OUTCOMES as readonly string[]).includes(o)) {
      if (!outcomes.includes(o as Outcome)) outcomes.push(o as Outcome);
    } else {
      fail('outcomes', 'unknown_outcome', `unknown outcome "${o}" (expected ${OUTCOMES.join(', ')}).`);
    }
  }

  if (issues.length > 0 || offeredAt === null) return { interaction: null, issues };
  return {
    interaction: {
      id,
      channel,
      direction,
      activity: optional('activity'),
      vendor: optional('vendor'),
      site: optional('site'),
      agent: optional('agent'),
      customerId: optional('customer_id'),
      offeredAt,
      answeredAt,
      endedAt,
      waitSeconds,
      talkSeconds,
      holdSeconds,
      wrapUpSeconds,
      disposition,
      offered,
      outcomes,
    },
    issues,
  };
}

/** The canonical Vigie CSV profile, for the importer. */
export const vigieCsvProfile: InteractionProfile = {
  name: 'vigie-csv',
  requiredColumns: VIGIE_CSV_REQUIRED_COLUMNS,
  map: mapVigieCsvRecord,
};
