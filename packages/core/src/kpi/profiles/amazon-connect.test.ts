import { describe, expect, it } from 'vitest';
import { amazonConnectProfile, createAmazonConnectProfile } from './amazon-connect.ts';
import { parseIsoDateTime, wallClockIn } from './zoned-time.ts';

/** A flattened contact record, as the JSON reader yields it. */
function ctr(fields: Record<string, string | number>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)]));
}

const map = (record: Record<string, string>, line = 1) => amazonConnectProfile.map(record, line);

describe('amazonConnectProfile', () => {
  it('declares JSON, the required keys and keeps the first copy of a re-delivered record', () => {
    expect(amazonConnectProfile).toMatchObject({
      name: 'amazon-connect',
      format: 'jsonl',
      duplicateIds: 'keep-first',
      requiredColumns: ['ContactId', 'Channel', 'InitiationMethod', 'InitiationTimestamp'],
    });
  });

  it('maps an answered inbound call with hold and after-contact work, on the Paris wall clock', () => {
    const { interaction, issues } = map(
      ctr({
        ContactId: 'c1',
        Channel: 'VOICE',
        InitiationMethod: 'INBOUND',
        InitiationTimestamp: '2025-03-30T07:58:40Z',
        DisconnectTimestamp: '2025-03-30T08:08:17Z',
        'Queue.Name': 'Service client',
        'Queue.EnqueueTimestamp': '2025-03-30T07:59:02Z',
        'Queue.DequeueTimestamp': '2025-03-30T07:59:50Z',
        'Queue.Duration': 48,
        'Agent.Username': 'lucie.martin',
        'Agent.ConnectedToAgentTimestamp': '2025-03-30T07:59:50Z',
        'Agent.AgentInteractionDuration': 412,
        'Agent.CustomerHoldDuration': 95,
        'Agent.AfterContactWorkDuration': 60,
        'CustomerEndpoint.Address': '+33612345678',
        NextContactId: '',
      }),
    );
    expect(issues).toEqual([]);
    expect(interaction).toEqual({
      id: 'c1',
      channel: 'phone',
      direction: 'inbound',
      activity: 'Service client',
      vendor: null,
      site: null,
      agent: 'lucie.martin',
      customerId: '+33612345678',
      offeredAt: '2025-03-30T09:59:02',
      answeredAt: '2025-03-30T09:59:50',
      endedAt: '2025-03-30T10:08:17',
      waitSeconds: 48,
      talkSeconds: 412,
      holdSeconds: 95,
      wrapUpSeconds: 60,
      disposition: 'answered',
      offered: true,
      outcomes: [],
    });
  });

  it('takes a queued chat without agent as abandoned, across the DST switch (01:58 CET → 03:02 CEST)', () => {
    const { interaction } = map(
      ctr({
        ContactId: 'c2',
        Channel: 'CHAT',
        InitiationMethod: 'API',
        InitiationTimestamp: '2025-03-30T00:58:10Z',
        DisconnectTimestamp: '2025-03-30T01:02:05Z',
        'Queue.Name': 'Chat',
        'Queue.EnqueueTimestamp': '2025-03-30T00:58:30Z',
        Agent: '',
        CustomerEndpoint: '',
      }),
    );
    expect(interaction).toMatchObject({
      channel: 'chat',
      direction: 'inbound',
      disposition: 'abandoned',
      offered: true,
      offeredAt: '2025-03-30T01:58:30',
      endedAt: '2025-03-30T03:02:05',
      // no Queue.Duration nor dequeue: disconnect − enqueue, in real seconds (not wall-clock)
      waitSeconds: 215,
      agent: null,
      customerId: null,
      talkSeconds: 0,
    });
  });

  it('maps an outbound call as outbound and not offered; a task as messaging', () => {
    const outbound = map(
      ctr({
        ContactId: 'c3',
        Channel: 'VOICE',
        InitiationMethod: 'OUTBOUND',
        InitiationTimestamp: '2025-03-30T09:30:00Z',
        DisconnectTimestamp: '2025-03-30T09:33:00Z',
        'Queue.Name': 'Sortant',
        'Queue.EnqueueTimestamp': '',
        'Queue.Duration': 0,
        'Agent.Username': 'lucie.martin',
        'Agent.ConnectedToAgentTimestamp': '2025-03-30T09:30:00Z',
        'Agent.AgentInteractionDuration': 180,
        'Agent.AfterContactWorkDuration': 30,
      }),
    ).interaction;
    expect(outbound).toMatchObject({
      direction: 'outbound',
      offered: false,
      disposition: 'answered',
      offeredAt: '2025-03-30T11:30:00',
      waitSeconds: 0,
      talkSeconds: 180,
      wrapUpSeconds: 30,
    });
    const task = map(
      ctr({
        ContactId: 'c5',
        Channel: 'TASK',
        InitiationMethod: 'API',
        InitiationTimestamp: '2025-03-30T10:05:00Z',
        'Queue.EnqueueTimestamp': '2025-03-30T10:05:00Z',
        'Queue.Duration': 100,
        'Agent.ConnectedToAgentTimestamp': '2025-03-30T10:06:40Z',
      }),
    ).interaction;
    expect(task).toMatchObject({
      channel: 'messaging',
      direction: 'inbound',
      disposition: 'answered',
      offered: true,
      waitSeconds: 100,
    });
  });

  it('takes a contact that ended in the flow as VRU-only, one that chose a callback as callback', () => {
    const ivr = map(
      ctr({
        ContactId: 'c4',
        Channel: 'VOICE',
        InitiationMethod: 'INBOUND',
        InitiationTimestamp: '2025-03-30T10:00:00Z',
        DisconnectTimestamp: '2025-03-30T10:01:10Z',
      }),
    ).interaction;
    expect(ivr).toMatchObject({
      disposition: 'vru_only',
      offered: false,
      offeredAt: '2025-03-30T12:00:00',
      waitSeconds: 0,
    });
    const callback = map(
      ctr({
        ContactId: 'c7',
        Channel: 'VOICE',
        InitiationMethod: 'INBOUND',
        InitiationTimestamp: '2025-03-30T11:00:00Z',
        'Queue.EnqueueTimestamp': '2025-03-30T11:00:20Z',
        'Queue.Duration': 180,
        NextContactId: 'c8',
      }),
    ).interaction;
    expect(callback).toMatchObject({ disposition: 'callback', offered: true, waitSeconds: 180 });
  });

  it('skips a supervisor MONITOR record with a warning', () => {
    const { interaction, issues } = map(
      ctr({
        ContactId: 'c9',
        Channel: 'VOICE',
        InitiationMethod: 'MONITOR',
        InitiationTimestamp: '2025-03-30T08:01:00Z',
      }),
      9,
    );
    expect(interaction).toBeNull();
    expect(issues).toEqual([
      expect.objectContaining({
        line: 9,
        field: 'InitiationMethod',
        code: 'not_a_customer_contact',
        severity: 'warning',
      }),
    ]);
  });

  it('rejects a bad timestamp, an unknown channel and a bad duration, naming line and field', () => {
    const { interaction, issues } = map(
      ctr({
        ContactId: 'c1',
        Channel: 'FAX',
        InitiationMethod: 'INBOUND',
        InitiationTimestamp: '30/03/2025 07:58',
        'Agent.CustomerHoldDuration': '1.5',
      }),
      12,
    );
    expect(interaction).toBeNull();
    expect(issues).toEqual([
      expect.objectContaining({ line: 12, field: 'Channel', code: 'unknown_channel', severity: 'error' }),
      {
        line: 12,
        field: 'InitiationTimestamp',
        code: 'invalid_timestamp',
        severity: 'error',
        message:
          'Line 12, InitiationTimestamp: "30/03/2025 07:58" is not an ISO 8601 timestamp (e.g. 2025-03-30T07:59:02Z).',
      },
      expect.objectContaining({ line: 12, field: 'Agent.CustomerHoldDuration', code: 'invalid_seconds' }),
    ]);
  });

  it('converts to another zone and reads the customer id from another key', () => {
    const profile = createAmazonConnectProfile({
      timeZone: 'America/New_York',
      customerIdKey: 'Attributes.customerId',
    });
    const { interaction } = profile.map(
      ctr({
        ContactId: 'x',
        Channel: 'VOICE',
        InitiationMethod: 'INBOUND',
        InitiationTimestamp: '2025-03-09T06:59:59Z',
        'Queue.EnqueueTimestamp': '2025-03-09T07:00:00Z',
        'Attributes.customerId': 'C-42',
      }),
      1,
    );
    // US DST starts 2025-03-09 at 02:00 EST (07:00 UTC): 01:59:59 EST then 03:00:00 EDT
    expect(interaction).toMatchObject({
      offeredAt: '2025-03-09T03:00:00',
      customerId: 'C-42',
      disposition: 'abandoned',
    });
    expect(() => createAmazonConnectProfile({ timeZone: 'Europe/Atlantis' })).toThrow(RangeError);
  });
});

describe('zoned time', () => {
  it('follows the Paris DST changes in spring and autumn', () => {
    const paris = wallClockIn('Europe/Paris');
    const utc = (s: string) => {
      const p = parseIsoDateTime(s);
      if (p === null || !('utcSeconds' in p)) throw new Error(s);
      return p.utcSeconds;
    };
    expect(paris(utc('2025-03-30T00:59:59Z'))).toBe('2025-03-30T01:59:59');
    expect(paris(utc('2025-03-30T01:00:00Z'))).toBe('2025-03-30T03:00:00');
    expect(paris(utc('2025-10-26T00:59:59Z'))).toBe('2025-10-26T02:59:59');
    expect(paris(utc('2025-10-26T01:00:00Z'))).toBe('2025-10-26T02:00:00');
    expect(paris(utc('2025-07-14T10:00:00.250+02:00'))).toBe('2025-07-14T10:00:00');
  });

  it('parses ISO date-times with and without zone, and refuses non-dates', () => {
    expect(parseIsoDateTime('2025-03-30T07:59:02Z')).toEqual({
      utcSeconds: Date.UTC(2025, 2, 30, 7, 59, 2) / 1000,
    });
    expect(parseIsoDateTime('2025-03-30T09:59:02+0200')).toEqual({
      utcSeconds: Date.UTC(2025, 2, 30, 7, 59, 2) / 1000,
    });
    expect(parseIsoDateTime('2025-03-30 09:59')).toEqual({
      localSeconds: Date.UTC(2025, 2, 30, 9, 59, 0) / 1000,
    });
    expect(parseIsoDateTime('2025-02-29T10:00:00Z')).toBeNull();
    expect(parseIsoDateTime('yesterday')).toBeNull();
  });
});
