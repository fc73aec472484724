import { CHANNELS, type Channel, DIRECTIONS, type Direction } from '../../org/vocabulary.ts';
import { DISPOSITIONS, type Disposition, type Interaction, OUTCOMES, type Outcome } from '../interaction.ts';
import { digitsAt, localEpochOf } from '../local-time.ts';
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

/** `offered` when the column is absent or empty: false for `vru_only` and `phantom`, else true. */
export function defaultOffered(disposition: Disposition): boolean {
  return !NOT_OFFERED.includes(disposition);
}

/**
 * `YYYY-MM-DDTHH:MM:SS` naming a real calendar second. Checked by character codes, without a
 * regex or a Date: it runs three times per row on files of millions of rows.
 */
export function isInstant(value: string): boolean {
  return value.length === 19 && !Number.isNaN(localEpochOf(value));
}

const visibleAscii = (code: number): boolean => code > 32 && code < 127;

/**
 * A cell as the mapping reads it: trimmed, '' when the column is absent. Most cells need no
 * trimming: two character tests skip the call (any other edge, e.g. a no-break space, is trimmed).
 */
function cell(value: string | undefined): string {
  if (value === undefined || value === '') return '';
  return visibleAscii(value.charCodeAt(0)) && visibleAscii(value.charCodeAt(value.length - 1))
    ? value
    : value.trim();
}

/**
 * Checks the cells of one record and collects its issues. A class, so that its helpers are
 * created once and not as closures per row; the caller reads each cell by its literal column
 * name (`record.wait_seconds`), which V8 serves from an inline cache, where a lookup by a
 * variable name is a slow generic one (measured: most of the mapping's time on large files).
 */
class RecordChecker {
  readonly issues: ImportIssue[] = [];
  constructor(private readonly line: number) {}

  fail(field: string, code: string, message: string): void {
    this.issues.push(importError(this.line, field, code, `Line ${this.line}, ${field}: ${message}`));
  }

  required(field: string, value: string): string {
    if (value === '') this.fail(field, 'missing_value', `${field} is required.`);
    return value;
  }

  oneOf<T extends string>(field: string, value: string, allowed: readonly T[], code: string): T {
    this.required(field, value);
    if (value !== '' && !(allowed as readonly string[]).includes(value)) {
      this.fail(field, code, `unknown ${field} "${value}" (expected one of ${allowed.join(', ')}).`);
    }
    return value as T;
  }

  instant(field: string, value: string | null): string | null {
    if (value !== null && !isInstant(value)) {
      this.fail(field, 'invalid_instant', `"${value}" is not an instant (expected YYYY-MM-DDTHH:MM:SS).`);
    }
    return value;
  }

  seconds(field: string, value: string): number {
    if (value === '') return 0;
    const n = digitsAt(value, 0, value.length);
    if (n < 0) {
      this.fail(field, 'invalid_seconds', `"${value}" is not a whole number of seconds (≥ 0).`);
      return 0;
    }
    return n;
  }

  outcomes(value: string): Outcome[] {
    const outcomes: Outcome[] = [];
    if (value === '') return outcomes;
    for (const raw of value.split(';')) {
      const o = raw.trim();
      if (o === '') continue;
      if ((OUTCOMES as readonly string[]).includes(o)) {
        if (!outcomes.includes(o as Outcome)) outcomes.push(o as Outcome);
      } else {
        this.fail('outcomes', 'unknown_outcome', `unknown outcome "${o}" (expected ${OUTCOMES.join(', ')}).`);
      }
    }
    return outcomes;
  }
}

const orNull = (value: string): string | null => (value === '' ? null : value);

/**
 * An optional text column's value as the mapping reads it (activity, vendor, site, agent,
 * customer_id): trimmed, null when empty. For a reader that decodes such a cell on its own.
 */
export function vigieTextCell(value: string): string | null {
  return orNull(cell(value));
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
  const r = new RecordChecker(line);
  const id = r.required('id', cell(record.id));
  const channel: Channel = r.oneOf('channel', cell(record.channel), CHANNELS, 'unknown_channel');
  const direction: Direction = r.oneOf('direction', cell(record.direction), DIRECTIONS, 'unknown_direction');
  const disposition: Disposition = r.oneOf(
    'disposition',
    cell(record.disposition),
    DISPOSITIONS,
    'unknown_disposition',
  );
  const offeredAt = r.instant('offered_at', r.required('offered_at', cell(record.offered_at)));
  const answeredAt = r.instant('answered_at', orNull(cell(record.answered_at)));
  const endedAt = r.instant('ended_at', orNull(cell(record.ended_at)));
  const waitSeconds = r.seconds('wait_seconds', cell(record.wait_seconds));
  const talkSeconds = r.seconds('talk_seconds', cell(record.talk_seconds));
  const holdSeconds = r.seconds('hold_seconds', cell(record.hold_seconds));
  const wrapUpSeconds = r.seconds('wrap_up_seconds', cell(record.wrap_up_seconds));

  let offered = defaultOffered(disposition);
  const rawOffered = cell(record.offered);
  if (rawOffered !== '') {
    const lower = rawOffered.toLowerCase();
    if (lower === 'true') offered = true;
    else if (lower === 'false') offered = false;
    else r.fail('offered', 'invalid_boolean', `"${rawOffered}" is not true or false.`);
  }
  const outcomes = r.outcomes(cell(record.outcomes));

  const issues = r.issues;
  if (issues.length > 0 || offeredAt === null) return { interaction: null, issues };
  return {
    interaction: {
      id,
      channel,
      direction,
      activity: vigieTextCell(record.activity ?? ''),
      vendor: vigieTextCell(record.vendor ?? ''),
      site: vigieTextCell(record.site ?? ''),
      agent: vigieTextCell(record.agent ?? ''),
      customerId: vigieTextCell(record.customer_id ?? ''),
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
