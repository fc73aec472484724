import { z } from 'zod';
import { CHANNELS, type Channel, DIRECTIONS, type Direction } from '../../org/vocabulary.ts';
import { DISPOSITIONS, type Disposition, type Interaction, OUTCOMES, type Outcome } from '../interaction.ts';
import { type ImportIssue, type InteractionProfile, importError, RECORD_FORMATS } from './import-issue.ts';
import {
  formatLocalSeconds,
  isTimeZone,
  localSecondsIn,
  parseIsoDateTime,
  wallClockSeconds,
} from './zoned-time.ts';

/** How the source writes its date-times. */
export const TIMESTAMP_FORMATS = [
  'iso',
  'YYYY-MM-DD HH:mm:ss',
  'DD/MM/YYYY HH:mm:ss',
  'MM/DD/YYYY HH:mm:ss',
  'epoch-seconds',
] as const;
export type TimestampFormat = (typeof TIMESTAMP_FORMATS)[number];

/** How the source writes its durations. */
export const DURATION_FORMATS = ['seconds', 'hh:mm:ss', 'milliseconds'] as const;
export type DurationFormat = (typeof DURATION_FORMATS)[number];

/** CSV delimiters a mapping may name. */
export const MAPPING_DELIMITERS = [',', ';', '\t', '|'] as const;

const columnSource = z.strictObject({ column: z.string().min(1) });
const dateTimeSource = z.union([
  columnSource,
  z.strictObject({ dateColumn: z.string().min(1), timeColumn: z.string().min(1) }),
]);
const textSource = z.union([columnSource, z.strictObject({ constant: z.string().trim().min(1) })]);
const caseInsensitiveMap = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .record(z.string().trim().min(1), z.enum(values))
    .default({})
    .superRefine((map, ctx) => {
      const seen = new Map<string, string>();
      for (const [key, value] of Object.entries(map)) {
        const k = key.trim().toLowerCase();
        const before = seen.get(k);
        if (before !== undefined && before !== value) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `"${key}" is mapped twice (case is ignored)`,
          });
        }
        seen.set(k, value);
      }
    });

/** When a contact counts as offered to agents. */
const offeredWhenSchema = z.discriminatedUnion('rule', [
  /** inbound and disposition neither vru_only nor phantom (the default) */
  z.strictObject({ rule: z.literal('disposition') }),
  /** every contact */
  z.strictObject({ rule: z.literal('always') }),
  /** when a column is not empty (e.g. a queue-entry time) */
  z.strictObject({ rule: z.literal('column-not-empty'), column: z.string().min(1) }),
  /** when a column holds one of the values (case ignored) */
  z.strictObject({
    rule: z.literal('column-equals'),
    column: z.string().min(1),
    values: z.array(z.string()).min(1),
  }),
]);

/**
 * A mapping saved from the web app's mapping screen: how the columns of a client's own export
 * become interactions. Every Interaction field comes from a column (`{ "column": "Date" }`) or,
 * for channel, direction, activity, vendor and site, from a constant (`{ "constant": "phone" }`).
 * Required: `id`, `offeredAt`, and `disposition` or `answeredAt`.
 */
export const mappingDefinitionSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    format: z.enum(RECORD_FORMATS),
    delimiter: z.enum(MAPPING_DELIMITERS).optional(),
    fields: z.strictObject({
      id: columnSource,
      channel: z.union([columnSource, z.strictObject({ constant: z.enum(CHANNELS) })]).optional(),
      direction: z.union([columnSource, z.strictObject({ constant: z.enum(DIRECTIONS) })]).optional(),
      activity: textSource.optional(),
      vendor: textSource.optional(),
      site: textSource.optional(),
      agent: columnSource.optional(),
      customerId: columnSource.optional(),
      offeredAt: dateTimeSource,
      answeredAt: dateTimeSource.optional(),
      endedAt: dateTimeSource.optional(),
      waitSeconds: columnSource.optional(),
      talkSeconds: columnSource.optional(),
      holdSeconds: columnSource.optional(),
      wrapUpSeconds: columnSource.optional(),
      disposition: columnSource.optional(),
      outcomes: columnSource.optional(),
    }),
    timestampFormat: z.enum(TIMESTAMP_FORMATS).default('iso'),
    /** zone of instants written with an offset (`Z`, `+01:00`) or as epoch seconds */
    timeZone: z
      .string()
      .default('Europe/Paris')
      .refine(isTimeZone, { message: 'Unknown time zone (expected an IANA name such as Europe/Paris)' }),
    durationFormat: z.enum(DURATION_FORMATS).default('seconds'),
    dispositionValues: caseInsensitiveMap(DISPOSITIONS),
    outcomeValues: caseInsensitiveMap(OUTCOMES),
    channelValues: caseInsensitiveMap(CHANNELS),
    directionValues: caseInsensitiveMap(DIRECTIONS),
    offeredWhen: offeredWhenSchema.default({ rule: 'disposition' }),
  })
  .superRefine((def, ctx) => {
    if (!def.fields.disposition && !def.fields.answeredAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['fields', 'disposition'],
        message: 'Map the disposition or the answer time (answeredAt): one of them tells answered calls',
      });
    }
    if (def.timestampFormat === 'epoch-seconds') {
      for (const f of ['offeredAt', 'answeredAt', 'endedAt'] as const) {
        if (def.fields[f] && 'dateColumn' in (def.fields[f] ?? {})) {
          ctx.addIssue({
            code: 'custom',
            path: ['fields', f],
            message: 'Epoch seconds cannot be split into a date column and a time column',
          });
        }
      }
    }
    if (def.delimiter !== undefined && def.format !== 'csv') {
      ctx.addIssue({ code: 'custom', path: ['delimiter'], message: 'A delimiter applies to CSV files only' });
    }
  });

/** A mapping definition as written (defaults may be left out). */
export type MappingDefinitionInput = z.input<typeof mappingDefinitionSchema>;
/** A checked mapping definition, defaults filled in. */
export type MappingDefinition = z.output<typeof mappingDefinitionSchema>;

type DateTimeSource = z.infer<typeof dateTimeSource>;

/** The columns a definition reads. */
export function mappedColumns(def: MappingDefinition): string[] {
  const columns = new Set<string>();
  for (const source of Object.values(def.fields)) {
    if (!source) continue;
    if ('column' in source) columns.add(source.column);
    if ('dateColumn' in source) {
      columns.add(source.dateColumn);
      columns.add(source.timeColumn);
    }
  }
  const rule = def.offeredWhen;
  if (rule.rule === 'column-not-empty' || rule.rule === 'column-equals') columns.add(rule.column);
  return [...columns];
}

const LOCAL_ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})$/;
const TIME_OF_DAY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Lower-cased, trimmed keys. */
function lowerKeys<T>(map: Readonly<Record<string, T>>): Map<string, T> {
  return new Map(Object.entries(map).map(([k, v]) => [k.trim().toLowerCase(), v]));
}

/**
 * Parses a date (and time when `withTime`) in one of the day-first, month-first or year-first
 * layouts; separators `/`, `-` or `.`; hours on one or two digits; seconds optional.
 * Returns [year, month, day, hour, minute, second] or null.
 */
function parseLayout(value: string, format: TimestampFormat, withTime: boolean): number[] | null {
  const date =
    format === 'YYYY-MM-DD HH:mm:ss' || format === 'iso'
      ? '(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})'
      : '(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})';
  const re = new RegExp(`^${date}${withTime ? '[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?' : ''}$`);
  const m = re.exec(value);
  if (!m) return null;
  const n = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  const [a, b, c, h = 0, mi = 0, s = 0] = n as [number, number, number, number?, number?, number?];
  if (format === 'YYYY-MM-DD HH:mm:ss' || format === 'iso') return [a, b, c, h, mi, s];
  if (format === 'DD/MM/YYYY HH:mm:ss') return [c, b, a, h, mi, s];
  return [c, a, b, h, mi, s];
}

/**
 * The profile of a saved mapping. Pure (runs in the browser too). The definition is checked
 * with {@link mappingDefinitionSchema} (a ZodError when invalid). Semantics
 * (docs/import-formats.md):
 *
 * - Date-times are read in `timestampFormat`; the reader's own local form
 *   `YYYY-MM-DDTHH:MM:SS` (what XLSX date cells become; `T` or a space) is accepted whatever
 *   the format (except epoch seconds).
 *   Written without zone they are the contact centre's wall clock; with a zone (`Z`,
 *   `+01:00`) or as epoch seconds they are converted to the wall clock of `timeZone`. A date
 *   column and a time column (`{ dateColumn, timeColumn }`) are joined.
 * - Durations in `durationFormat` (seconds may have decimals: rounded). An unmapped wait is
 *   answeredAt − offeredAt for answered contacts, endedAt − offeredAt for abandoned ones when
 *   both are known, else 0; an unmapped talk is endedAt − answeredAt when both are known
 *   (real seconds for zoned instants, so a DST change does not count); hold and wrap-up 0.
 * - disposition: the column's value through `dispositionValues` (case ignored), or a Vigie
 *   disposition written as is; without a disposition column, answered when answeredAt is set,
 *   abandoned otherwise. Outcomes: the column split on `;`, `,` or `|`, each through
 *   `outcomeValues` or a Vigie outcome; channel and direction likewise (`channelValues`,
 *   `directionValues`), or constants; default channel phone, direction inbound.
 * - offered per `offeredWhen`; the default: inbound and disposition neither vru_only nor phantom.
 *
 * Row errors (English text, stable `code`, naming the line and the source column):
 * `missing_value`, `invalid_timestamp`, `invalid_duration`, `unknown_disposition`,
 * `unknown_outcome`, `unknown_channel`, `unknown_direction`.
 */
export function customProfile(input: MappingDefinitionInput | MappingDefinition): InteractionProfile {
  const def = mappingDefinitionSchema.parse(input);
  const f = def.fields;
  const toLocalSeconds = localSecondsIn(def.timeZone);
  const dispositionValues = lowerKeys(def.dispositionValues);
  const outcomeValues = lowerKeys(def.outcomeValues);
  const channelValues = lowerKeys(def.channelValues);
  const directionValues = lowerKeys(def.directionValues);
  const offeredValues =
    def.offeredWhen.rule === 'column-equals'
      ? new Set(def.offeredWhen.values.map((v) => v.trim().toLowerCase()))
      : null;
  const all = mappedColumns(def);
  // JSON objects may leave out keys (null agent...): only the id and offer time must be in the first one.
  const requiredColumns =
    def.format === 'jsonl'
      ? all.filter(
          (c) =>
            c === f.id.column ||
            ('column' in f.offeredAt
              ? c === f.offeredAt.column
              : c === f.offeredAt.dateColumn || c === f.offeredAt.timeColumn),
        )
      : all;

  const map = (record: Readonly<Record<string, string>>, line: number) => {
    const issues: ImportIssue[] = [];
    const get = (column: string) => (record[column] ?? '').trim();
    const fail = (field: string, column: string, code: string, message: string) =>
      issues.push(importError(line, column, code, `Line ${line}, ${field} (column "${column}"): ${message}`));

    /** Real seconds of each date-time read (Unix seconds for zoned ones), for derived durations. */
    const real = new Map<string, number>();
    /** Wall-clock seconds of a date-time field; null when empty or wrong (then an issue). */
    const dateTime = (
      field: string,
      source: DateTimeSource | undefined,
      required: boolean,
    ): number | null => {
      if (!source) return null;
      let column: string;
      let text: string;
      if ('column' in source) {
        column = source.column;
        text = get(column);
      } else {
        column = source.dateColumn;
        const date = get(source.dateColumn);
        const time = get(source.timeColumn);
        if (date === '' && time === '') text = '';
        else {
          // A date cell of a workbook reads YYYY-MM-DDT00:00:00: keep its date.
          const d = /^\d{4}-\d{2}-\d{2}T00:00:00$/.test(date) ? date.slice(0, 10) : date;
          const t = TIME_OF_DAY.exec(time);
          if (t === null) {
            fail(
              field,
              source.timeColumn,
              'invalid_timestamp',
              `"${time}" is not a time of day (expected HH:mm:ss).`,
            );
            return null;
          }
          text = `${d} ${t[1]?.padStart(2, '0')}:${t[2]}:${t[3] ?? '00'}`;
        }
      }
      if (text === '') {
        if (required) fail(field, column, 'missing_value', `${field} is required.`);
        return null;
      }
      const local = LOCAL_ISO.exec(text);
      if (local && def.timestampFormat !== 'epoch-seconds') {
        const s = wallClockSeconds(
          ...(local.slice(1).map(Number) as [number, number, number, number, number, number]),
        );
        if (s !== null) return s;
      }
      let seconds: number | null = null;
      if (def.timestampFormat === 'epoch-seconds') {
        if (/^\d+(\.\d+)?$/.test(text)) {
          real.set(field, Math.floor(Number(text)));
          seconds = toLocalSeconds(Math.floor(Number(text)));
        }
      } else if (def.timestampFormat === 'iso') {
        const parsed = parseIsoDateTime(text);
        if (parsed !== null && 'utcSeconds' in parsed) {
          real.set(field, parsed.utcSeconds);
          seconds = toLocalSeconds(parsed.utcSeconds);
        } else if (parsed !== null) {
          seconds = parsed.localSeconds;
        }
      } else {
        const parts = parseLayout(text, def.timestampFormat, true);
        if (parts) seconds = wallClockSeconds(...(parts as [number, number, number, number, number, number]));
      }
      if (seconds === null) {
        fail(
          field,
          column,
          'invalid_timestamp',
          `"${text}" is not a date-time in the format ${def.timestampFormat === 'iso' ? 'ISO 8601 (2025-03-03T09:14:05)' : def.timestampFormat}.`,
        );
      }
      return seconds;
    };

    const duration = (field: string, source: { column: string } | undefined): number | null => {
      if (!source) return null;
      const raw = get(source.column);
      if (raw === '') return null;
      let seconds: number | null = null;
      if (def.durationFormat === 'hh:mm:ss') {
        const m = /^(\d+):(\d{2})(?::(\d{2}))?$/.exec(raw);
        if (m) {
          seconds =
            m[3] === undefined
              ? Number(m[1]) * 60 + Number(m[2])
              : Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
        }
      } else if (/^\d+([.,]\d+)?$/.test(raw)) {
        const n = Number(raw.replace(',', '.'));
        seconds = Math.round(def.durationFormat === 'milliseconds' ? n / 1000 : n);
      }
      if (seconds === null) {
        const expected = { seconds: 'seconds ≥ 0', 'hh:mm:ss': 'hh:mm:ss', milliseconds: 'milliseconds ≥ 0' }[
          def.durationFormat
        ];
        fail(field, source.column, 'invalid_duration', `"${raw}" is not a duration in ${expected}.`);
      }
      return seconds;
    };

    const lookup = <T extends string>(
      field: string,
      source: { column: string } | { constant: T } | undefined,
      values: Map<string, T>,
      allowed: readonly T[],
      fallback: T,
      code: string,
    ): T => {
      if (!source) return fallback;
      if ('constant' in source) return source.constant;
      const raw = get(source.column);
      if (raw === '') {
        fail(field, source.column, 'missing_value', `${field} is required.`);
        return fallback;
      }
      const key = raw.toLowerCase();
      const found = values.get(key) ?? (allowed as readonly string[]).find((a) => a === key);
      if (found === undefined) {
        const known = [...values.keys()].map((k) => `"${k}"`);
        fail(
          field,
          source.column,
          code,
          `unknown ${field} "${raw}" (expected ${known.length > 0 ? `${known.join(', ')} or ` : ''}${allowed.join(', ')}).`,
        );
        return fallback;
      }
      return found as T;
    };

    const text = (source: { column: string } | { constant: string } | undefined): string | null => {
      if (!source) return null;
      const v = 'constant' in source ? source.constant : get(source.column);
      return v === '' ? null : v;
    };

    const id = get(f.id.column);
    if (id === '') fail('id', f.id.column, 'missing_value', 'id is required.');
    const channel: Channel = lookup(
      'channel',
      f.channel,
      channelValues,
      CHANNELS,
      'phone',
      'unknown_channel',
    );
    const direction: Direction = lookup(
      'direction',
      f.direction,
      directionValues,
      DIRECTIONS,
      'inbound',
      'unknown_direction',
    );
    const offeredAt = dateTime('offeredAt', f.offeredAt, true);
    const answeredAt = dateTime('answeredAt', f.answeredAt, false);
    const endedAt = dateTime('endedAt', f.endedAt, false);
    let disposition: Disposition;
    if (f.disposition) {
      disposition = lookup(
        'disposition',
        f.disposition,
        dispositionValues,
        DISPOSITIONS,
        'answered',
        'unknown_disposition',
      );
    } else {
      disposition = answeredAt !== null ? 'answered' : 'abandoned';
    }
    const outcomes: Outcome[] = [];
    if (f.outcomes) {
      for (const part of get(f.outcomes.column).split(/[;,|]/)) {
        const raw = part.trim();
        if (raw === '') continue;
        const found =
          outcomeValues.get(raw.toLowerCase()) ??
          (OUTCOMES as readonly string[]).find((o) => o === raw.toLowerCase());
        if (found === undefined) {
          fail(
            'outcomes',
            f.outcomes.column,
            'unknown_outcome',
            `unknown outcome "${raw}" (expected ${[...outcomeValues.keys(), ...OUTCOMES].join(', ')}).`,
          );
        } else if (!outcomes.includes(found as Outcome)) {
          outcomes.push(found as Outcome);
        }
      }
    }
    let waitSeconds = duration('waitSeconds', f.waitSeconds);
    let talkSeconds = duration('talkSeconds', f.talkSeconds);
    const holdSeconds = duration('holdSeconds', f.holdSeconds) ?? 0;
    const wrapUpSeconds = duration('wrapUpSeconds', f.wrapUpSeconds) ?? 0;
    if (issues.length > 0 || offeredAt === null) return { interaction: null, issues };

    // Durations between two instants: in real seconds when both carried a zone (a DST change
    // in between does not count), else on the wall clock.
    const between = (from: string, fromLocal: number, to: string, toLocal: number) => {
      const a = real.get(from);
      const b = real.get(to);
      return Math.max(0, a !== undefined && b !== undefined ? b - a : toLocal - fromLocal);
    };
    if (waitSeconds === null) {
      if (answeredAt !== null) waitSeconds = between('offeredAt', offeredAt, 'answeredAt', answeredAt);
      else if (disposition === 'abandoned' && endedAt !== null)
        waitSeconds = between('offeredAt', offeredAt, 'endedAt', endedAt);
      else waitSeconds = 0;
    }
    if (talkSeconds === null) {
      talkSeconds =
        answeredAt !== null && endedAt !== null ? between('answeredAt', answeredAt, 'endedAt', endedAt) : 0;
    }
    let offered: boolean;
    const rule = def.offeredWhen;
    if (rule.rule === 'always') offered = true;
    else if (rule.rule === 'column-not-empty') offered = get(rule.column) !== '';
    else if (rule.rule === 'column-equals')
      offered = offeredValues?.has(get(rule.column).toLowerCase()) ?? false;
    else offered = direction === 'inbound' && disposition !== 'vru_only' && disposition !== 'phantom';

    const interaction: Interaction = {
      id,
      channel,
      direction,
      activity: text(f.activity),
      vendor: text(f.vendor),
      site: text(f.site),
      agent: text(f.agent),
      customerId: text(f.customerId),
      offeredAt: formatLocalSeconds(offeredAt),
      answeredAt: answeredAt === null ? null : formatLocalSeconds(answeredAt),
      endedAt: endedAt === null ? null : formatLocalSeconds(endedAt),
      waitSeconds,
      talkSeconds,
      holdSeconds,
      wrapUpSeconds,
      disposition,
      offered,
      outcomes,
    };
    return { interaction, issues };
  };

  return {
    name: def.name,
    requiredColumns,
    format: def.format,
    ...(def.delimiter !== undefined ? { delimiter: def.delimiter } : {}),
    map,
  };
}
