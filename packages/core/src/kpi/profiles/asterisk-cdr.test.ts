import { describe, expect, it } from 'vitest';
import {
  ASTERISK_CDR_COLUMNS,
  agentOfChannel,
  asteriskCdrProfile,
  createAsteriskCdrProfile,
} from './asterisk-cdr.ts';

/** A Master.csv row as the CSV reader hands it: values by column, missing trailing columns ''. */
function cdr(...values: string[]): Record<string, string> {
  return Object.fromEntries(ASTERISK_CDR_COLUMNS.map((c, i) => [c, values[i] ?? '']));
}

const map = (record: Record<string, string>, line = 1) => asteriskCdrProfile.map(record, line);

describe('asteriskCdrProfile', () => {
  it('maps an answered queue call: wait = answer − start, talk = billsec, agent from the channel', () => {
    const { interaction, issues } = map(
      cdr(
        '',
        '0612345678',
        '3900',
        'from-trunk',
        '"Martin Dupont" <0612345678>',
        'PJSIP/trunk-ovh-00000001',
        'PJSIP/1001-00000002',
        'Queue',
        'support,t,,,300',
        '2025-03-31 09:00:05',
        '2025-03-31 09:00:47',
        '2025-03-31 09:05:12',
        '307',
        '265',
        'ANSWERED',
        'DOCUMENTATION',
        '1743404405.1',
        '',
      ),
    );
    expect(issues).toEqual([]);
    expect(interaction).toEqual({
      id: '1743404405.1',
      channel: 'phone',
      direction: 'inbound',
      activity: 'support',
      vendor: null,
      site: null,
      agent: '1001',
      customerId: '0612345678',
      offeredAt: '2025-03-31T09:00:05',
      answeredAt: '2025-03-31T09:00:47',
      endedAt: '2025-03-31T09:05:12',
      waitSeconds: 42,
      talkSeconds: 265,
      holdSeconds: 0,
      wrapUpSeconds: 0,
      disposition: 'answered',
      offered: true,
      outcomes: [],
    });
  });

  it('takes a queue call the PBX answered but no agent took as abandoned, wait = duration', () => {
    const { interaction } = map(
      cdr(
        '',
        '0698765432',
        '3900',
        'from-trunk',
        '',
        'PJSIP/trunk-ovh-00000003',
        '',
        'Queue',
        'support,t',
        '2025-03-31 09:01:10',
        '2025-03-31 09:01:10',
        '2025-03-31 09:02:45',
        '95',
        '95',
        'ANSWERED',
        'DOCUMENTATION',
        '1743404470.3',
      ),
    );
    expect(interaction).toMatchObject({
      disposition: 'abandoned',
      offered: true,
      waitSeconds: 95,
      talkSeconds: 0,
      agent: null,
      answeredAt: null,
    });
  });

  it('takes NO ANSWER, BUSY and FAILED dials to an agent as abandoned', () => {
    for (const [disposition, duration] of [
      ['NO ANSWER', '20'],
      ['BUSY', '1'],
      ['FAILED', '0'],
      ['CONGESTION', '3'],
    ] as const) {
      const { interaction, issues } = map(
        cdr(
          '',
          '0145678901',
          '1002',
          'from-trunk',
          '',
          'PJSIP/trunk-00000005',
          'PJSIP/1002-00000006',
          'Dial',
          'PJSIP/1002,20',
          '2025-03-31 09:03:00',
          '',
          '2025-03-31 09:03:20',
          duration,
          '0',
          disposition,
          'DOCUMENTATION',
          `u-${disposition}`,
        ),
      );
      expect(issues).toEqual([]);
      expect(interaction).toMatchObject({
        disposition: 'abandoned',
        offered: true,
        waitSeconds: Number(duration),
        agent: null,
        activity: null,
      });
    }
  });

  it('takes calls that never left the IVR as VRU-only, not offered', () => {
    const background = map(
      cdr(
        '',
        '0567890123',
        's',
        'ivr-accueil',
        '',
        'PJSIP/trunk-00000009',
        '',
        'BackGround',
        'custom/menu',
        '2025-03-31 09:05:30',
        '2025-03-31 09:05:30',
        '2025-03-31 09:06:02',
        '32',
        '32',
        'ANSWERED',
        'DOCUMENTATION',
        'u9',
      ),
    ).interaction;
    expect(background).toMatchObject({
      disposition: 'vru_only',
      offered: false,
      waitSeconds: 0,
      talkSeconds: 0,
    });
    const playback = map(
      cdr(
        '',
        '0299887766',
        's',
        'ivr-accueil',
        '',
        'PJSIP/trunk-0000000f',
        '',
        'Playback',
        'custom/fermeture',
        '2025-03-31 19:02:00',
        '',
        '2025-03-31 19:02:14',
        '14',
        '0',
        'NO ANSWER',
        'DOCUMENTATION',
        'u15',
      ),
    ).interaction;
    expect(playback).toMatchObject({ disposition: 'vru_only', offered: false });
  });

  it('builds the id from start and channel without uniqueid (16-column files); anonymous callers have no id', () => {
    const { interaction } = map(
      cdr(
        '',
        'anonymous',
        '3901',
        'from-trunk',
        '"Anonymous" <anonymous>',
        'SIP/trunk-sfr-0000000a',
        'SIP/2001-0000000b',
        'Queue',
        'facturation',
        '2025-03-31 09:10:00',
        '2025-03-31 09:10:12',
        '2025-03-31 09:14:00',
        '240',
        '228',
        'ANSWERED',
        'DOCUMENTATION',
      ),
    );
    expect(interaction).toMatchObject({
      id: '2025-03-31T09:10:00/SIP/trunk-sfr-0000000a',
      customerId: null,
      agent: '2001',
      activity: 'facturation',
      waitSeconds: 12,
      talkSeconds: 228,
    });
  });

  it('marks calls of outbound contexts as outbound, not offered', () => {
    const profile = createAsteriskCdrProfile({ outboundContexts: ['from-internal'] });
    const { interaction } = profile.map(
      cdr(
        '',
        '1001',
        '0612345678',
        'from-internal',
        '',
        'PJSIP/1001-00000020',
        'PJSIP/trunk-ovh-00000021',
        'Dial',
        'PJSIP/0612345678@trunk-ovh',
        '2025-03-31 10:00:00',
        '2025-03-31 10:00:09',
        '2025-03-31 10:02:09',
        '129',
        '120',
        'ANSWERED',
        'DOCUMENTATION',
        'u20',
      ),
      1,
    );
    expect(interaction).toMatchObject({
      direction: 'outbound',
      offered: false,
      disposition: 'answered',
      talkSeconds: 120,
    });
  });

  it('rejects bad values with an issue naming the line and field', () => {
    const { interaction, issues } = map(
      cdr(
        '',
        '0612345678',
        '3900',
        'from-trunk',
        '',
        'PJSIP/trunk-1',
        'PJSIP/1001-2',
        'Queue',
        'support',
        '31/03/2025 09:00:05',
        '2025-03-31 09:00:47',
        '2025-03-31 09:05:12',
        '307',
        '2x',
        'HUNG UP',
        'DOCUMENTATION',
        'u1',
      ),
      7,
    );
    expect(interaction).toBeNull();
    expect(issues).toEqual([
      {
        line: 7,
        field: 'start',
        code: 'invalid_timestamp',
        severity: 'error',
        message: 'Line 7, start: "31/03/2025 09:00:05" is not a time (expected YYYY-MM-DD HH:MM:SS).',
      },
      expect.objectContaining({ line: 7, field: 'billsec', code: 'invalid_seconds', severity: 'error' }),
      expect.objectContaining({
        line: 7,
        field: 'disposition',
        code: 'unknown_disposition',
        severity: 'error',
      }),
    ]);
    expect(
      map(
        cdr(
          '',
          '1',
          '2',
          'c',
          '',
          'PJSIP/x-1',
          '',
          'Dial',
          '',
          '2025-02-30 10:00:00',
          '',
          '2025-03-01 10:00:00',
          '0',
          '0',
          'FAILED',
          'X',
          'u',
        ),
        3,
      ).issues,
    ).toEqual([expect.objectContaining({ line: 3, field: 'start', code: 'invalid_timestamp' })]);
  });

  it('warns when an answered call lacks its answer time, or answer precedes start', () => {
    const missing = map(
      cdr(
        '',
        '1',
        '2',
        'c',
        '',
        'PJSIP/t-1',
        'PJSIP/1001-2',
        'Dial',
        '',
        '2025-03-31 23:59:50',
        '',
        '2025-04-01 00:01:00',
        '70',
        '60',
        'ANSWERED',
        'X',
        'u1',
      ),
      4,
    );
    expect(missing.interaction).toMatchObject({ answeredAt: '2025-04-01T00:00:00', waitSeconds: 10 });
    expect(missing.issues).toEqual([
      expect.objectContaining({ line: 4, field: 'answer', code: 'missing_answer_time', severity: 'warning' }),
    ]);
    const before = map(
      cdr(
        '',
        '1',
        '2',
        'c',
        '',
        'PJSIP/t-1',
        'PJSIP/1001-2',
        'Dial',
        '',
        '2025-03-31 10:00:00',
        '2025-03-31 09:59:00',
        '2025-03-31 10:01:00',
        '60',
        '50',
        'ANSWERED',
        'X',
        'u2',
      ),
      5,
    );
    expect(before.interaction).toMatchObject({ waitSeconds: 10 });
    expect(before.issues).toEqual([
      expect.objectContaining({ line: 5, field: 'answer', code: 'answer_before_start' }),
    ]);
  });
});

describe('agentOfChannel', () => {
  it('keeps the endpoint of a channel name', () => {
    expect(agentOfChannel('SIP/1001-0000001a')).toBe('1001');
    expect(agentOfChannel('PJSIP/agent-007-00000012')).toBe('agent-007');
    expect(agentOfChannel('Local/1003@from-queue-00000001;1')).toBe('1003');
    expect(agentOfChannel('IAX2/lucie-1234')).toBe('lucie');
    expect(agentOfChannel('')).toBeNull();
  });
});
