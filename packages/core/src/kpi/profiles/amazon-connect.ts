import type { Channel, Direction } from '../../org/vocabulary.ts';
import type { Disposition, Interaction } from '../interaction.ts';
import { type ImportIssue, type InteractionProfile, importError, importWarning } from './import-issue.ts';
import { parseIsoDateTime, wallClockIn } from './zoned-time.ts';

/** Keys every Amazon Connect contact record has (flattened, as read from JSON). */
export const AMAZON_CONNECT_REQUIRED_COLUMNS = [
  'ContactId',
  'Channel',
  'InitiationMethod',
  'InitiationTimestamp',
] as const;

/** Contact channels of Amazon Connect and the Vigie channel of each. */
export const AMAZON_CONNECT_CHANNELS: Readonly<Record<string, Channel>> = {
  VOICE: 'phone',
  CHAT: 'chat',
  TASK: 'messaging',
  EMAIL: 'email',
};

/** Initiation methods of contacts that the contact centre places (an agent or a campaign calls out). */
const OUTBOUND_METHODS = new Set(['OUTBOUND', 'EXTERNAL_OUTBOUND', 'CALLBACK', 'CAMPAIGN_PREVIEW']);
/** Initiation methods of records that are no customer contact. */
const NOT_CUSTOMER_CONTACTS = new Set(['MONITOR']);
/** Every initiation method documented by AWS (others are kept as inbound, with a warning). */
const KNOWN_METHODS = new Set([
  'INBOUND',
  'OUTBOUND',
  'TRANSFER',
  'QUEUE_TRANSFER',
  'CALLBACK',
  'API',
  'DISCONNECT',
  'MONITOR',
  'EXTERNAL_OUTBOUND',
  'WEBRTC_API',
  'AGENT_REPLY',
  'FLOW',
  'CAMPAIGN_PREVIEW',
]);

export interface AmazonConnectOptions {
  /**
   * IANA time zone of the contact centre: Amazon Connect writes UTC instants, Vigie works on
   * the local wall clock (interval buckets, days). Default `Europe/Paris`.
   */
  readonly timeZone?: string;
  /** Flattened key holding the customer id, for repeat-contact detection. Default `CustomerEndpoint.Address`. */
  readonly customerIdKey?: string;
  /** Profile name; default `amazon-connect`. */
  readonly name?: string;
}

/**
 * A profile for Amazon Connect contact records (CTRs), read as flattened JSON
 * (`Queue.EnqueueTimestamp`, `Agent.Username`...): Kinesis Firehose files of concatenated
 * objects, JSON Lines or a JSON array. Semantics (docs/import-formats.md):
 *
 * - `id` = `ContactId`. A record delivered twice (at-least-once delivery) is a duplicate id:
 *   the importer keeps the first copy with a warning (`duplicateIds: 'keep-first'`).
 * - channel: VOICE → phone, CHAT → chat, TASK → messaging, EMAIL → email.
 * - direction outbound for `InitiationMethod` OUTBOUND, EXTERNAL_OUTBOUND, CALLBACK (the
 *   agent calls the customer back), CAMPAIGN_PREVIEW, and API on VOICE (outbound campaigns);
 *   inbound otherwise (INBOUND, TRANSFER, QUEUE_TRANSFER, API chats and tasks...). Outbound
 *   contacts are never offered (they are in no inbound rate).
 * - offered: inbound and enqueued (`Queue.EnqueueTimestamp` set). A transferred contact is a
 *   new record, offered to its new queue.
 * - disposition: `answered` when `Agent.ConnectedToAgentTimestamp` is set; else, when
 *   enqueued, `callback` if the record names a `NextContactId` (the customer chose a queued
 *   callback, carried on by the next contact), `abandoned` otherwise; never enqueued nor
 *   connected: `vru_only` (ended in the flow) for inbound, `abandoned` (not reached, not
 *   offered) for outbound.
 * - offeredAt: `Queue.EnqueueTimestamp`, else `InitiationTimestamp`; answeredAt:
 *   `Agent.ConnectedToAgentTimestamp`; endedAt: `DisconnectTimestamp`. UTC instants converted
 *   to the wall clock of `timeZone`.
 * - wait: `Queue.Duration`, else dequeue − enqueue, else (abandoned) disconnect − enqueue;
 *   0 when never enqueued. talk: `Agent.AgentInteractionDuration`; hold:
 *   `Agent.CustomerHoldDuration`; wrap-up: `Agent.AfterContactWorkDuration` (so handle time =
 *   talk + hold + ACW, as Amazon Connect's AHT).
 * - agent `Agent.Username`; activity `Queue.Name`; customer `CustomerEndpoint.Address` (or
 *   `customerIdKey`); vendor, site null.
 * - MONITOR records (a supervisor listening) are no customer contact: skipped with a warning.
 *
 * Errors (row rejected), naming line and field: missing `ContactId` or `InitiationTimestamp`;
 * unknown `Channel`; a timestamp that is not ISO 8601; a duration that is not a whole number
 * of seconds ≥ 0. Warnings: unknown `InitiationMethod` (taken as inbound); a disconnect before
 * the contact was offered (end left empty).
 */
export function createAmazonConnectProfile(options: AmazonConnectOptions = {}): InteractionProfile {
  const timeZone = options.timeZone ?? 'Europe/Paris';
  const toLocal = wallClockIn(timeZone);
  const customerIdKey = options.customerIdKey ?? 'CustomerEndpoint.Address';

  const map = (record: Readonly<Record<string, string>>, line: number) => {
    const issues: ImportIssue[] = [];
    const get = (key: string) => (record[key] ?? '').trim();
    const fail = (field: string, code: string, message: string) =>
      issues.push(importError(line, field, code, `Line ${line}, ${field}: ${message}`));
    const warn = (field: string, code: string, message: string) =>
      issues.push(importWarning(line, field, code, `Line ${line}, ${field}: ${message}`));

    /** Unix seconds of a timestamp key, null when empty; an error when not ISO 8601. */
    const instant = (key: string): number | null => {
      const raw = get(key);
      if (raw === '') return null;
      const parsed = parseIsoDateTime(raw);
      if (parsed === null) {
        fail(key, 'invalid_timestamp', `"${raw}" is not an ISO 8601 timestamp (e.g. 2025-03-30T07:59:02Z).`);
        return null;
      }
      // Amazon Connect writes UTC; a timestamp without zone is read as UTC too.
      return 'utcSeconds' in parsed ? parsed.utcSeconds : parsed.localSeconds;
    };
    const seconds = (key: string): number | null => {
      const raw = get(key);
      if (raw === '') return null;
      if (!/^\d+$/.test(raw)) {
        fail(key, 'invalid_seconds', `"${raw}" is not a whole number of seconds (≥ 0).`);
        return null;
      }
      return Number(raw);
    };

    const id = get('ContactId');
    if (id === '') fail('ContactId', 'missing_value', 'ContactId is required.');
    const rawChannel = get('Channel');
    const channel = AMAZON_CONNECT_CHANNELS[rawChannel.toUpperCase()];
    if (channel === undefined) {
      fail(
        'Channel',
        'unknown_channel',
        `unknown channel "${rawChannel}" (expected ${Object.keys(AMAZON_CONNECT_CHANNELS).join(', ')}).`,
      );
    }
    const method = get('InitiationMethod').toUpperCase();
    const initiated = instant('InitiationTimestamp');
    if (get('InitiationTimestamp') === '')
      fail('InitiationTimestamp', 'missing_value', 'InitiationTimestamp is required.');
    const disconnected = instant('DisconnectTimestamp');
    const enqueued = instant('Queue.EnqueueTimestamp');
    const dequeued = instant('Queue.DequeueTimestamp');
    const connected = instant('Agent.ConnectedToAgentTimestamp');
    const queueDuration = seconds('Queue.Duration');
    const talk = seconds('Agent.AgentInteractionDuration') ?? 0;
    const hold = seconds('Agent.CustomerHoldDuration') ?? 0;
    const acw = seconds('Agent.AfterContactWorkDuration') ?? 0;
    if (issues.length > 0 || initiated === null || channel === undefined)
      return { interaction: null, issues };

    if (NOT_CUSTOMER_CONTACTS.has(method)) {
      warn(
        'InitiationMethod',
        'not_a_customer_contact',
        `a ${method} record is no customer contact; skipped.`,
      );
      return { interaction: null, issues };
    }
    if (method !== '' && !KNOWN_METHODS.has(method)) {
      warn(
        'InitiationMethod',
        'unknown_initiation_method',
        `unknown initiation method "${method}"; taken as inbound.`,
      );
    }
    const outbound = OUTBOUND_METHODS.has(method) || (method === 'API' && channel === 'phone');
    const direction: Direction = outbound ? 'outbound' : 'inbound';

    let disposition: Disposition;
    if (connected !== null) disposition = 'answered';
    else if (enqueued !== null) disposition = get('NextContactId') !== '' ? 'callback' : 'abandoned';
    else disposition = outbound ? 'abandoned' : 'vru_only';
    const offered = !outbound && enqueued !== null;

    let waitSeconds = 0;
    if (enqueued !== null) {
      const until = dequeued ?? (connected === null ? disconnected : connected);
      waitSeconds = queueDuration ?? (until !== null ? Math.max(0, until - enqueued) : 0);
    }
    const offeredAt = enqueued ?? initiated;
    let endedAt = disconnected;
    if (endedAt !== null && endedAt < offeredAt) {
      warn(
        'DisconnectTimestamp',
        'end_before_start',
        `the contact ended (${get('DisconnectTimestamp')}) before it was offered; end left empty.`,
      );
      endedAt = null;
    }
    const agent = get('Agent.Username');
    const queue = get('Queue.Name');
    const customer = get(customerIdKey);
    const interaction: Interaction = {
      id,
      channel,
      direction,
      activity: queue === '' ? null : queue,
      vendor: null,
      site: null,
      agent: agent === '' ? null : agent,
      customerId: customer === '' ? null : customer,
      offeredAt: toLocal(offeredAt),
      answeredAt: connected === null ? null : toLocal(connected),
      endedAt: endedAt === null ? null : toLocal(endedAt),
      waitSeconds,
      talkSeconds: connected === null ? 0 : talk,
      holdSeconds: connected === null ? 0 : hold,
      wrapUpSeconds: connected === null ? 0 : acw,
      disposition,
      offered,
      outcomes: [],
    };
    return { interaction, issues };
  };

  return {
    name: options.name ?? 'amazon-connect',
    requiredColumns: AMAZON_CONNECT_REQUIRED_COLUMNS,
    format: 'jsonl',
    duplicateIds: 'keep-first',
    map,
  };
}

/** Amazon Connect contact records, times on the Europe/Paris wall clock. */
export const amazonConnectProfile: InteractionProfile = createAmazonConnectProfile();
