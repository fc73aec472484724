import type { Direction } from '../../org/vocabulary.ts';
import type { Disposition, Interaction } from '../interaction.ts';
import { type ImportIssue, type InteractionProfile, importError, importWarning } from './import-issue.ts';
import { isInstant } from './vigie-csv.ts';

/**
 * Columns of Asterisk's `cdr_csv` Master.csv, in the order `build_csv_record` writes them
 * (cdr/cdr_csv.c). The file has no header. `uniqueid` and `userfield` are written with
 * `loguniqueid` / `loguserfield` (both on by default), `peeraccount`, `linkedid` and
 * `sequence` with `newcdrcolumns` (Asterisk 12+).
 */
export const ASTERISK_CDR_COLUMNS = [
  'accountcode',
  'src',
  'dst',
  'dcontext',
  'clid',
  'channel',
  'dstchannel',
  'lastapp',
  'lastdata',
  'start',
  'answer',
  'end',
  'duration',
  'billsec',
  'disposition',
  'amaflags',
  'uniqueid',
  'userfield',
  'peeraccount',
  'linkedid',
  'sequence',
] as const;

/** The sixteen columns every Master.csv row has. */
export const ASTERISK_CDR_REQUIRED_COLUMNS = ASTERISK_CDR_COLUMNS.slice(0, 16);

/** Dispositions Asterisk writes. */
export const ASTERISK_DISPOSITIONS = ['ANSWERED', 'NO ANSWER', 'BUSY', 'FAILED', 'CONGESTION'] as const;

/** Applications that hand the call to agents: a call whose last one is among them reached the agents. */
const AGENT_APPS = new Set(['queue', 'dial', 'retrydial', 'followme']);
/** Caller ids that identify nobody. */
const ANONYMOUS = new Set(['anonymous', 'unknown', 'restricted', 'private', 'withheld']);

export interface AsteriskCdrOptions {
  /** Destination contexts of calls placed by the contact centre (e.g. `from-internal`): outbound, never offered. */
  readonly outboundContexts?: readonly string[];
  /** Profile name; default `asterisk-cdr`. */
  readonly name?: string;
}

/**
 * The agent behind a destination channel: the technology prefix, the `@context` of a Local
 * channel, its `;1`/`;2` half and the channel's sequence suffix are dropped
 * (`SIP/1001-0000001a` → `1001`, `PJSIP/agent-007-00000012` → `agent-007`,
 * `Local/1003@from-queue-00000001;1` → `1003`). Null for an empty channel.
 */
export function agentOfChannel(channel: string): string | null {
  let name = channel.trim();
  if (name === '') return null;
  const slash = name.indexOf('/');
  if (slash !== -1) name = name.slice(slash + 1);
  name = name.replace(/;\d+$/, '').replace(/-[0-9a-f]+$/i, '');
  const at = name.indexOf('@');
  if (at !== -1) name = name.slice(0, at);
  return name === '' ? null : name;
}

/** `YYYY-MM-DD HH:MM:SS` (Master.csv) to `YYYY-MM-DDTHH:MM:SS`; null when not such a local time. */
function toInstant(value: string): string | null {
  const instant =
    value.length === 19 && value[10] === ' ' ? `${value.slice(0, 10)}T${value.slice(11)}` : value;
  return isInstant(instant) ? instant : null;
}

/** Seconds between two local instants `YYYY-MM-DDTHH:MM:SS` (same wall clock). */
function secondsBetween(from: string, to: string): number {
  const at = (s: string) =>
    Date.UTC(
      Number(s.slice(0, 4)),
      Number(s.slice(5, 7)) - 1,
      Number(s.slice(8, 10)),
      Number(s.slice(11, 13)),
      Number(s.slice(14, 16)),
      Number(s.slice(17, 19)),
    ) / 1000;
  return at(to) - at(from);
}

/**
 * A profile for Asterisk's CSV call detail records (`/var/log/asterisk/cdr-csv/Master.csv`,
 * headerless). One row per CDR; semantics (docs/import-formats.md):
 *
 * - offered: the call reached the agents: its last application is Queue, Dial, RetryDial or
 *   FollowMe, or it has a destination channel. Otherwise it never left the IVR: `vru_only`.
 * - answered: disposition ANSWERED **and** a destination channel (an agent's phone took it).
 *   ANSWERED without one is a queue call the PBX answered and the caller left: abandoned.
 *   NO ANSWER, BUSY, FAILED, CONGESTION of an offered call: abandoned.
 * - offeredAt = `start` (a CDR has no queue-entry time); answeredAt = `answer` (answered calls);
 *   endedAt = `end`. Times are the PBX's local wall clock, `YYYY-MM-DD HH:MM:SS`.
 * - wait: answered: answer − start (= duration − billsec); abandoned: duration; VRU-only 0.
 *   talk = billsec for answered calls; hold and wrap-up 0 (not in CDRs).
 * - id = `uniqueid`, else `start/channel`; customer = `src` (null when empty or anonymous);
 *   agent from `dstchannel` of an answered call ({@link agentOfChannel}); activity = the queue
 *   (first argument of `lastdata` when `lastapp` is Queue), else null; channel phone;
 *   direction outbound when `dcontext` is one of `outboundContexts` (then not offered).
 *
 * Errors (row rejected), naming line and field: `start` or `end` not `YYYY-MM-DD HH:MM:SS`,
 * a non-empty `answer` that is not, `duration` or `billsec` not a whole number ≥ 0, an unknown
 * `disposition`, no `uniqueid` and no `channel`. Warnings: ANSWERED to an agent without answer
 * time (answer taken as start + duration − billsec); `billsec` > `duration` (wait 0);
 * `answer` before `start` (wait taken as duration − billsec).
 */
export function createAsteriskCdrProfile(options: AsteriskCdrOptions = {}): InteractionProfile {
  const outboundContexts = new Set(options.outboundContexts ?? []);

  const map = (record: Readonly<Record<string, string>>, line: number) => {
    const issues: ImportIssue[] = [];
    const get = (field: string) => (record[field] ?? '').trim();
    const fail = (field: string, code: string, message: string) =>
      issues.push(importError(line, field, code, `Line ${line}, ${field}: ${message}`));
    const warn = (field: string, code: string, message: string) =>
      issues.push(importWarning(line, field, code, `Line ${line}, ${field}: ${message}`));
    const time = (field: string, required: boolean): string | null => {
      const raw = get(field);
      if (raw === '') {
        if (required) fail(field, 'missing_value', `${field} is required.`);
        return null;
      }
      const instant = toInstant(raw);
      if (instant === null)
        fail(field, 'invalid_timestamp', `"${raw}" is not a time (expected YYYY-MM-DD HH:MM:SS).`);
      return instant;
    };
    const whole = (field: string): number => {
      const raw = get(field);
      if (!/^\d+$/.test(raw)) {
        fail(field, 'invalid_seconds', `"${raw}" is not a whole number of seconds (≥ 0).`);
        return 0;
      }
      return Number(raw);
    };

    const start = time('start', true);
    const answer = time('answer', false);
    const end = time('end', true);
    const duration = whole('duration');
    const billsec = whole('billsec');
    const rawDisposition = get('disposition').toUpperCase();
    if (!(ASTERISK_DISPOSITIONS as readonly string[]).includes(rawDisposition)) {
      fail(
        'disposition',
        'unknown_disposition',
        `unknown disposition "${get('disposition')}" (expected ${ASTERISK_DISPOSITIONS.join(', ')}).`,
      );
    }
    const uniqueid = get('uniqueid');
    const channel = get('channel');
    if (uniqueid === '' && channel === '')
      fail('uniqueid', 'missing_value', 'neither uniqueid nor channel is set: the call has no id.');
    if (issues.length > 0 || start === null || end === null) return { interaction: null, issues };

    const lastapp = get('lastapp');
    const dstchannel = get('dstchannel');
    const direction: Direction = outboundContexts.has(get('dcontext')) ? 'outbound' : 'inbound';
    const reachedAgents = AGENT_APPS.has(lastapp.toLowerCase()) || dstchannel !== '';
    const answered = reachedAgents && rawDisposition === 'ANSWERED' && dstchannel !== '';
    const disposition: Disposition = answered ? 'answered' : reachedAgents ? 'abandoned' : 'vru_only';

    let waitSeconds = 0;
    let answeredAt: string | null = null;
    let talkSeconds = 0;
    if (answered) {
      talkSeconds = billsec;
      const fromCounts = Math.max(0, duration - billsec);
      if (billsec > duration) {
        warn(
          'billsec',
          'billsec_over_duration',
          `billsec (${billsec}) exceeds duration (${duration}); wait taken as 0.`,
        );
      }
      if (answer === null) {
        warn(
          'answer',
          'missing_answer_time',
          'the call was answered but has no answer time; taken as start + duration − billsec.',
        );
        waitSeconds = fromCounts;
        const at = new Date(Date.parse(`${start}Z`) + fromCounts * 1000).toISOString();
        answeredAt = `${at.slice(0, 10)}T${at.slice(11, 19)}`;
      } else {
        answeredAt = answer;
        const wait = secondsBetween(start, answer);
        if (wait < 0) {
          warn(
            'answer',
            'answer_before_start',
            `answer (${get('answer')}) is before start (${get('start')}); wait taken as duration − billsec.`,
          );
          waitSeconds = fromCounts;
        } else {
          waitSeconds = wait;
        }
      }
    } else if (disposition === 'abandoned') {
      waitSeconds = duration;
    }

    const src = get('src');
    const queue = lastapp.toLowerCase() === 'queue' ? (get('lastdata').split(/[,|]/)[0] ?? '').trim() : '';
    const interaction: Interaction = {
      id: uniqueid !== '' ? uniqueid : `${start}/${channel}`,
      channel: 'phone',
      direction,
      activity: queue === '' ? null : queue,
      vendor: null,
      site: null,
      agent: answered ? agentOfChannel(dstchannel) : null,
      customerId: src === '' || ANONYMOUS.has(src.toLowerCase()) ? null : src,
      offeredAt: start,
      answeredAt,
      endedAt: end,
      waitSeconds,
      talkSeconds,
      holdSeconds: 0,
      wrapUpSeconds: 0,
      disposition,
      offered: reachedAgents && direction === 'inbound',
      outcomes: [],
    };
    return { interaction, issues };
  };

  return {
    name: options.name ?? 'asterisk-cdr',
    requiredColumns: ASTERISK_CDR_REQUIRED_COLUMNS,
    columns: ASTERISK_CDR_COLUMNS,
    format: 'csv',
    map,
  };
}

/** Asterisk cdr_csv Master.csv, every call inbound. */
export const asteriskCdrProfile: InteractionProfile = createAsteriskCdrProfile();
