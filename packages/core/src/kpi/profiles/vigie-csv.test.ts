import { describe, expect, it } from 'vitest';
import { isInstant, mapVigieCsvRecord, VIGIE_CSV_COLUMNS, VIGIE_CSV_REQUIRED_COLUMNS } from './vigie-csv.ts';

const FULL: Record<string, string> = {
  id: 'armor-2025-03-03-000017',
  channel: 'phone',
  direction: 'inbound',
  activity: 'Service client',
  vendor: 'Armor Contact',
  site: 'Évry',
  agent: 'Lucie Martin',
  customer_id: 'C-88412',
  offered_at: '2025-03-03T09:14:05',
  answered_at: '2025-03-03T09:14:47',
  ended_at: '2025-03-03T09:21:10',
  wait_seconds: '42',
  talk_seconds: '318',
  hold_seconds: '25',
  wrap_up_seconds: '40',
  disposition: 'answered',
  offered: '',
  outcomes: 'resolved;appointment',
};

describe('mapVigieCsvRecord', () => {
  it('lists every column and requires the five that cannot default', () => {
    expect(VIGIE_CSV_COLUMNS).toHaveLength(18);
    expect(VIGIE_CSV_REQUIRED_COLUMNS).toEqual(['id', 'channel', 'direction', 'offered_at', 'disposition']);
  });

  it('maps a complete row', () => {
    expect(mapVigieCsvRecord(FULL, 2)).toEqual({
      interaction: {
        id: 'armor-2025-03-03-000017',
        channel: 'phone',
        direction: 'inbound',
        activity: 'Service client',
        vendor: 'Armor Contact',
        site: 'Évry',
        agent: 'Lucie Martin',
        customerId: 'C-88412',
        offeredAt: '2025-03-03T09:14:05',
        answeredAt: '2025-03-03T09:14:47',
        endedAt: '2025-03-03T09:21:10',
        waitSeconds: 42,
        talkSeconds: 318,
        holdSeconds: 25,
        wrapUpSeconds: 40,
        disposition: 'answered',
        offered: true,
        outcomes: ['resolved', 'appointment'],
      },
      issues: [],
    });
  });

  it('defaults optional columns and offered from the disposition', () => {
    const minimal = {
      id: 'x1',
      channel: 'chat',
      direction: 'inbound',
      offered_at: '2025-03-03T10:00:00',
      disposition: 'vru_only',
    };
    expect(mapVigieCsvRecord(minimal, 3).interaction).toMatchObject({
      activity: null,
      agent: null,
      answeredAt: null,
      waitSeconds: 0,
      offered: false,
      outcomes: [],
    });
    expect(mapVigieCsvRecord({ ...minimal, disposition: 'abandoned' }, 3).interaction?.offered).toBe(true);
    expect(
      mapVigieCsvRecord({ ...minimal, disposition: 'phantom', offered: 'TRUE' }, 3).interaction?.offered,
    ).toBe(true);
  });

  it('rejects a row with clear errors naming line and field', () => {
    const { interaction, issues } = mapVigieCsvRecord(
      {
        ...FULL,
        id: ' ',
        channel: 'fax',
        disposition: 'lost',
        wait_seconds: '4.5',
        hold_seconds: '-3',
        answered_at: '03/03/2025 09:14',
        offered: 'oui',
        outcomes: 'resolved;upsell',
      },
      12,
    );
    expect(interaction).toBeNull();
    expect(issues.map((i) => [i.line, i.field, i.code, i.severity])).toEqual([
      [12, 'id', 'missing_value', 'error'],
      [12, 'channel', 'unknown_channel', 'error'],
      [12, 'disposition', 'unknown_disposition', 'error'],
      [12, 'answered_at', 'invalid_instant', 'error'],
      [12, 'wait_seconds', 'invalid_seconds', 'error'],
      [12, 'hold_seconds', 'invalid_seconds', 'error'],
      [12, 'offered', 'invalid_boolean', 'error'],
      [12, 'outcomes', 'unknown_outcome', 'error'],
    ]);
    expect(issues[1]?.message).toMatch(/^Line 12, channel: unknown channel "fax"/);
  });

  it('rejects an impossible instant and a missing offered_at', () => {
    expect(mapVigieCsvRecord({ ...FULL, offered_at: '2025-02-30T09:00:00' }, 4).issues[0]?.code).toBe(
      'invalid_instant',
    );
    expect(mapVigieCsvRecord({ ...FULL, offered_at: '' }, 4).issues[0]).toMatchObject({
      field: 'offered_at',
      code: 'missing_value',
    });
  });
});

describe('isInstant', () => {
  it('accepts real calendar seconds only', () => {
    expect(isInstant('2026-11-23T09:05:59')).toBe(true);
    expect(isInstant('2024-02-29T00:00:00')).toBe(true);
    expect(isInstant('2000-02-29T23:59:59')).toBe(true);
    for (const bad of [
      '2026-02-29T10:00:00',
      '1900-02-29T10:00:00',
      '2026-04-31T10:00:00',
      '2026-13-01T10:00:00',
      '2026-00-10T10:00:00',
      '2026-11-23T24:00:00',
      '2026-11-23T10:60:00',
      '2026-11-23 10:00:00',
      '2026-11-23T10:00',
      '2026-11-23T10:00:00Z',
      '2026-1a-23T10:00:00',
    ]) {
      expect(isInstant(bad), bad).toBe(false);
    }
  });
});
