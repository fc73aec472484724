import { describe, expect, it } from 'vitest';
import { ANONYMOUS_BANK_REQUIRED_COLUMNS, mapAnonymousBankRecord } from './anonymous-bank.ts';

const HEADER =
  'vru+line,call_id,customer_id,priority,type,date,vru_entry,vru_exit,vru_time,q_start,q_exit,q_time,outcome,ser_start,ser_exit,ser_time,server'.split(
    ',',
  );

/** A record as the reader yields it, from a raw line of the real file. */
function rec(raw: string, patch: Record<string, string> = {}): Record<string, string> {
  const values = raw.split(',');
  return { ...Object.fromEntries(HEADER.map((h, i) => [h, values[i] ?? ''])), ...patch };
}

// Real rows of calls_first_3_days.csv, with their line numbers in that file.
const AGENT_QUEUED =
  'AA0204,43705,31978943,2,PS,2010-08-01,10:42:15,10:42:20,5,10:42:20,10:47:08,288,AGENT,10:47:07,10:48:40,93,AVNI'; // line 181
const HANG_QUEUED =
  'AA0204,43702,0,0,NW,2010-08-01,10:32:30,10:32:40,10,10:32:40,10:34:43,123,HANG,0:00:00,0:00:00,0,NO_SERVER'; // line 134
const HANG_VRU =
  'AA0204,43678,0,0,PS,2010-08-01,0:10:10,0:10:27,17,0:00:00,0:00:00,0,HANG,0:00:00,0:00:00,0,NO_SERVER'; // line 2
const PHANTOM =
  'AA0203,44973,38324794,1,PS,2010-08-01,10:36:34,10:36:39,5,10:36:39,10:38:58,139,PHANTOM,10:38:58,10:39:01,3,NO_SERVER'; // line 149
const AGENT_NOT_QUEUED =
  'AA0104,31129,0,0,PS,2010-08-01,10:00:21,10:00:31,10,0:00:00,0:00:00,0,AGENT,10:00:30,10:02:09,99,NAAMA'; // line 20

describe('mapAnonymousBankRecord on real rows', () => {
  it('requires the columns the mapping reads', () => {
    expect(ANONYMOUS_BANK_REQUIRED_COLUMNS).toContain('q_start');
    expect(ANONYMOUS_BANK_REQUIRED_COLUMNS).not.toContain('priority');
  });

  it('maps a served call that queued (AGENT)', () => {
    expect(mapAnonymousBankRecord(rec(AGENT_QUEUED), 181)).toEqual({
      interaction: {
        id: '2010-08-01/AA02/43705',
        channel: 'phone',
        direction: 'inbound',
        activity: 'PS',
        vendor: null,
        site: null,
        agent: 'AVNI',
        customerId: '31978943',
        offeredAt: '2010-08-01T10:42:20',
        answeredAt: '2010-08-01T10:47:07',
        endedAt: '2010-08-01T10:48:40',
        waitSeconds: 288,
        talkSeconds: 93,
        holdSeconds: 0,
        wrapUpSeconds: 0,
        disposition: 'answered',
        offered: true,
        outcomes: [],
      },
      issues: [],
    });
  });

  it('maps a HANG after joining the queue as abandoned, offered', () => {
    const { interaction, issues } = mapAnonymousBankRecord(rec(HANG_QUEUED), 134);
    expect(issues).toEqual([]);
    expect(interaction).toMatchObject({
      id: '2010-08-01/AA02/43702',
      activity: 'NW',
      agent: null,
      customerId: null,
      offeredAt: '2010-08-01T10:32:40',
      answeredAt: null,
      endedAt: '2010-08-01T10:34:43',
      waitSeconds: 123,
      talkSeconds: 0,
      disposition: 'abandoned',
      offered: true,
    });
  });

  it('maps a HANG in the VRU as vru_only, not offered, at vru_entry with zero-padded hours', () => {
    const { interaction, issues } = mapAnonymousBankRecord(rec(HANG_VRU), 2);
    expect(issues).toEqual([]);
    expect(interaction).toMatchObject({
      id: '2010-08-01/AA02/43678',
      offeredAt: '2010-08-01T00:10:10',
      answeredAt: null,
      endedAt: '2010-08-01T00:10:27',
      waitSeconds: 0,
      talkSeconds: 0,
      disposition: 'vru_only',
      offered: false,
    });
  });

  it('maps a PHANTOM apart: not offered, at vru_entry', () => {
    const { interaction, issues } = mapAnonymousBankRecord(rec(PHANTOM), 149);
    expect(issues).toEqual([]);
    expect(interaction).toMatchObject({
      id: '2010-08-01/AA02/44973',
      customerId: '38324794',
      offeredAt: '2010-08-01T10:36:34',
      answeredAt: null,
      endedAt: '2010-08-01T10:38:58',
      waitSeconds: 139,
      talkSeconds: 0,
      agent: null,
      disposition: 'phantom',
      offered: false,
    });
  });

  it('maps a call served without queueing: offered at ser_start, no wait', () => {
    const { interaction, issues } = mapAnonymousBankRecord(rec(AGENT_NOT_QUEUED), 20);
    expect(issues).toEqual([]);
    expect(interaction).toMatchObject({
      id: '2010-08-01/AA01/31129',
      agent: 'NAAMA',
      offeredAt: '2010-08-01T10:00:30',
      answeredAt: '2010-08-01T10:00:30',
      endedAt: '2010-08-01T10:02:09',
      waitSeconds: 0,
      talkSeconds: 99,
      disposition: 'answered',
      offered: true,
    });
  });

  it('keeps a call crossing midnight whole, on the next day (lines 4368 and 4370)', () => {
    const a = mapAnonymousBankRecord(
      rec(
        'AA0206,47700,314386806,1,PE,2010-08-02,23:54:40,23:54:44,4,23:54:44,23:58:54,250,AGENT,23:58:54,0:04:25,331,AVNI',
      ),
      4368,
    );
    expect(a.issues).toEqual([]);
    expect(a.interaction).toMatchObject({
      offeredAt: '2010-08-02T23:54:44',
      answeredAt: '2010-08-02T23:58:54',
      endedAt: '2010-08-03T00:04:25',
      talkSeconds: 331,
    });
    const b = mapAnonymousBankRecord(
      rec(
        'AA0208,7582,25534546,1,PS,2010-08-02,23:59:23,23:59:23,0,23:59:29,0:00:57,88,AGENT,0:00:56,0:01:15,19,GELBER',
      ),
      4370,
    );
    expect(b.issues).toEqual([]);
    expect(b.interaction).toMatchObject({
      id: '2010-08-02/AA02/7582',
      offeredAt: '2010-08-02T23:59:29',
      answeredAt: '2010-08-03T00:00:56',
      endedAt: '2010-08-03T00:01:15',
      waitSeconds: 88,
    });
  });
});

describe('mapAnonymousBankRecord on defective rows', () => {
  it('warns on a negative vru_time (real line 482) and keeps the call', () => {
    const { interaction, issues } = mapAnonymousBankRecord(
      rec(
        'AA0207,7039,17702523,1,PS,2010-08-01,12:04:42,12:03:15,-87,12:03:15,12:04:56,101,AGENT,12:04:55,12:05:56,61,VICKY',
      ),
      482,
    );
    expect(issues).toEqual([
      expect.objectContaining({
        line: 482,
        field: 'vru_time',
        code: 'negative_duration',
        severity: 'warning',
      }),
    ]);
    expect(issues[0]?.message).toContain('Line 482');
    expect(interaction).toMatchObject({
      offeredAt: '2010-08-01T12:03:15',
      waitSeconds: 101,
      talkSeconds: 61,
    });
  });

  it('warns on a served call without agent (real line 1214)', () => {
    const { interaction, issues } = mapAnonymousBankRecord(
      rec(
        'AA0104,31173,0,0,PS,2010-08-01,16:10:45,16:10:51,6,0:00:00,0:00:00,0,AGENT,16:10:53,16:10:59,6,NO_SERVER',
      ),
      1214,
    );
    expect(issues.map((i) => [i.line, i.field, i.code, i.severity])).toEqual([
      [1214, 'server', 'served_without_agent', 'warning'],
    ]);
    expect(interaction).toMatchObject({
      agent: null,
      disposition: 'answered',
      offeredAt: '2010-08-01T16:10:53',
    });
  });

  it('warns on a served call without service start (real line 2117): answered at q_exit', () => {
    const { interaction, issues } = mapAnonymousBankRecord(
      rec(
        'AA0110,37823,0,0,NW,2010-08-01,8:48:53,8:49:02,9,8:49:02,8:53:47,285,AGENT,0:00:00,0:00:00,0,STEREN',
      ),
      2117,
    );
    expect(issues.map((i) => [i.field, i.code])).toEqual([['ser_start', 'missing_service_start']]);
    expect(interaction).toMatchObject({
      offeredAt: '2010-08-01T08:49:02',
      answeredAt: '2010-08-01T08:53:47',
      endedAt: '2010-08-01T08:53:47',
      talkSeconds: 0,
    });
  });

  it('warns on service times on a HANG (real line 302) and ignores them', () => {
    const { interaction, issues } = mapAnonymousBankRecord(
      rec(
        'AA0110,37846,42477224,2,PS,2010-08-01,11:11:51,11:11:57,6,11:11:57,11:12:09,12,HANG,11:12:17,11:16:57,280,NO_SERVER',
      ),
      302,
    );
    expect(issues.map((i) => [i.field, i.code])).toEqual([['ser_start', 'service_on_unserved_call']]);
    expect(interaction).toMatchObject({
      disposition: 'abandoned',
      talkSeconds: 0,
      endedAt: '2010-08-01T11:12:09',
    });
  });

  it('warns on negative q_time and ser_time, and on ser_exit before ser_start', () => {
    const { interaction, issues } = mapAnonymousBankRecord(
      rec(AGENT_QUEUED, { q_time: '-5', ser_time: '-3', ser_exit: '10:47:00' }),
      9,
    );
    expect(issues.map((i) => [i.line, i.field, i.code, i.severity])).toEqual([
      [9, 'q_time', 'negative_duration', 'warning'],
      [9, 'ser_time', 'negative_duration', 'warning'],
      [9, 'ser_exit', 'end_before_start', 'warning'],
    ]);
    expect(interaction).toMatchObject({ waitSeconds: 0, talkSeconds: 0, endedAt: '2010-08-01T10:47:07' });
  });

  it('rejects an unparsable date, an unparsable time and an unknown outcome with errors', () => {
    const bad = mapAnonymousBankRecord(
      rec(AGENT_QUEUED, { date: '01/08/2010', q_start: '10h42', outcome: 'TRANSFER' }),
      7,
    );
    expect(bad.interaction).toBeNull();
    expect(bad.issues.map((i) => [i.line, i.field, i.code, i.severity])).toEqual([
      [7, 'date', 'invalid_date', 'error'],
      [7, 'q_start', 'invalid_time', 'error'],
      [7, 'outcome', 'unknown_outcome', 'error'],
    ]);
    expect(bad.issues[0]?.message).toBe('Line 7, date: "01/08/2010" is not a date (expected YYYY-MM-DD).');
    expect(mapAnonymousBankRecord(rec(AGENT_QUEUED, { date: '2010-02-30' }), 3).interaction).toBeNull();
    expect(mapAnonymousBankRecord(rec(AGENT_QUEUED, { ser_exit: '24:00:01' }), 3).interaction).toBeNull();
    expect(mapAnonymousBankRecord(rec(AGENT_QUEUED, { q_time: '1.5' }), 3).issues[0]?.code).toBe(
      'invalid_integer',
    );
  });
});
