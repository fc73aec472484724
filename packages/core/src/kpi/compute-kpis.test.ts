import { describe, expect, it } from 'vitest';
import { computeKpis, computeKpisAsync, KpiEngine } from './compute-kpis.ts';
import type { Interaction } from './interaction.ts';
import { contact } from './test-helpers.ts';

/**
 * A hand-worked set, threshold Y = 20 s, short abandons < 5 s:
 *   1 answered, wait 10, handle 100+20+30 = 150, sale
 *   2 answered, wait 20 (exactly Y: within), handle 200+0+40 = 240
 *   3 answered, wait 30, handle 60, appointment + sale (one conversion)
 *   4 abandoned wait 3 (short), 5 short_abandoned wait 1 (short)
 *   6 abandoned wait 10 (not short, not late), 7 abandoned wait 45 (late)
 *   8 overflowed wait 60 (offered, neither answered nor abandoned)
 *   9 VRU only, 10 phantom, 11 outbound not offered
 */
const handWorked = (): Interaction[] => [
  contact({ waitSeconds: 10, talkSeconds: 100, holdSeconds: 20, wrapUpSeconds: 30, outcomes: ['sale'] }),
  contact({ waitSeconds: 20, talkSeconds: 200, wrapUpSeconds: 40, outcomes: ['resolved'] }),
  contact({ waitSeconds: 30, talkSeconds: 60, outcomes: ['appointment', 'sale'] }),
  contact({ disposition: 'abandoned', waitSeconds: 3 }),
  contact({ disposition: 'short_abandoned', waitSeconds: 1 }),
  contact({ disposition: 'abandoned', waitSeconds: 10 }),
  contact({ disposition: 'abandoned', waitSeconds: 45 }),
  contact({ disposition: 'overflowed', waitSeconds: 60 }),
  contact({ disposition: 'vru_only', offered: false }),
  contact({ disposition: 'phantom', offered: false }),
  contact({ direction: 'outbound', offered: false, talkSeconds: 500 }),
];

const only = (interactions: Interaction[], options = {}) => {
  const { rows } = computeKpis(interactions, { by: [], options });
  expect(rows).toHaveLength(1);
  return rows[0] as NonNullable<(typeof rows)[0]>;
};

describe('computeKpis: formulas on a hand-worked set', () => {
  it('counts every class once', () => {
    expect(only(handWorked())).toMatchObject({
      contacts: 11,
      offered: 6,
      answered: 3,
      abandoned: 2,
      shortAbandoned: 2,
      vruOnly: 1,
      phantom: 1,
      notOffered: 1,
      handled: 3,
      answeredWithinThreshold: 2,
      abandonedAfterThreshold: 1,
      conversions: 2,
      resolved: 1,
    });
  });
  it('computes the rates (default: COPC service level, short abandons excluded)', () => {
    const r = only(handWorked());
    expect(r.answerRate).toBe(3 / 6);
    expect(r.abandonRate).toBe(2 / 6);
    expect(r.serviceLevel).toBe(2 / 6);
    expect(r.serviceLevelN).toBe(6);
    expect(r.asaSeconds).toBe(20); // (10 + 20 + 30) / 3
    expect(r.ahtSeconds).toBe(150); // (150 + 240 + 60) / 3
    expect(r.conversion).toBe(2 / 3);
    expect(r.fcr).toBeNull();
    expect(r.reasons).toEqual({
      fcr: 'no handled contact has a customer id (3 excluded)',
      occupancy: 'no logged-in time recorded',
    });
  });
  it('service level over answered', () => {
    const r = only(handWorked(), { serviceLevelVariant: 'answered' });
    expect(r.serviceLevel).toBe(2 / 3);
    expect(r.serviceLevelN).toBe(3);
  });
  it('service level over answered + abandoned after Y', () => {
    const r = only(handWorked(), { serviceLevelVariant: 'answered-and-late-abandons' });
    expect(r.serviceLevel).toBe(2 / 4); // 2 within / (3 answered + 1 abandoned at 45 s)
    expect(r.serviceLevelN).toBe(4);
  });
  it('counts a wait of exactly Y as within, and an abandon at exactly Y as not late', () => {
    const r = only(handWorked(), {
      serviceLevelThresholdSeconds: 10,
      serviceLevelVariant: 'answered-and-late-abandons',
    });
    expect(r.answeredWithinThreshold).toBe(1); // wait 10 only
    expect(r.abandonedAfterThreshold).toBe(1); // 45 s; the 10 s abandon is not > 10
    expect(r.serviceLevel).toBe(1 / 4);
  });
  it('keeps short abandons in offered (not in abandoned) when the contract says so', () => {
    const r = only(handWorked(), { excludeShortAbandons: false });
    expect(r.offered).toBe(8);
    expect(r.abandoned).toBe(2);
    expect(r.shortAbandoned).toBe(2);
    expect(r.answerRate).toBe(3 / 8);
    expect(r.abandonRate).toBe(2 / 8);
    expect(r.serviceLevel).toBe(2 / 8);
  });
  it('moves the short-abandon threshold', () => {
    // with 11 s, the 10 s abandon is short too (the short_abandoned disposition stays short)
    const r = only(handWorked(), { shortAbandonSeconds: 11 });
    expect(r).toMatchObject({ offered: 5, abandoned: 1, shortAbandoned: 3 });
    expect(r.abandonRate).toBe(1 / 5);
  });
  it('treats a transfer after answer as answered and one without answer as offered only', () => {
    const r = only([
      contact({
        disposition: 'transferred',
        answeredAt: '2010-08-04T10:00:05',
        waitSeconds: 5,
        talkSeconds: 40,
      }),
      contact({ disposition: 'transferred', waitSeconds: 50 }),
      contact({ disposition: 'callback', waitSeconds: 70 }),
    ]);
    expect(r).toMatchObject({ offered: 3, answered: 1, abandoned: 0, answerRate: 1 / 3, ahtSeconds: 40 });
  });
  it('names the formulas and the variant in the definitions', () => {
    const { definitions } = computeKpis([], { by: ['day'], options: {} });
    expect(definitions.serviceLevel).toBe(
      'answered within 20 s / offered (COPC), short abandons (< 5 s) excluded from offered',
    );
    expect(definitions.serviceLevelVariant).toBe('offered');
    expect(definitions.fcr).toMatch(/strictly before offeredAt \+ 7 days/);
    const other = computeKpis([], {
      options: { serviceLevelVariant: 'answered', serviceLevelThresholdSeconds: 30 },
    });
    expect(other.definitions.serviceLevel).toBe('answered within 30 s / answered (abandons ignored)');
  });
});

describe('computeKpis: edge cases', () => {
  it('gives null rates with reasons when nothing is offered', () => {
    const r = only([contact({ disposition: 'vru_only', offered: false })]);
    expect(r).toMatchObject({
      offered: 0,
      vruOnly: 1,
      answerRate: null,
      abandonRate: null,
      serviceLevel: null,
    });
    expect(r.reasons).toEqual({
      answerRate: 'no offered contacts',
      abandonRate: 'no offered contacts',
      serviceLevel: 'no offered contacts',
      asaSeconds: 'no answered contacts',
      ahtSeconds: 'no handled contacts',
      fcr: 'no handled contacts',
      conversion: 'no handled contacts',
      occupancy: 'no logged-in time recorded',
    });
  });
  it('handles a group where every contact abandoned', () => {
    const abandons = [10, 30, 40].map((w) => contact({ disposition: 'abandoned', waitSeconds: w }));
    const r = only(abandons);
    expect(r).toMatchObject({
      offered: 3,
      answered: 0,
      abandoned: 3,
      answerRate: 0,
      abandonRate: 1,
      serviceLevel: 0,
    });
    expect(r.asaSeconds).toBeNull();
    const late = only(abandons, { serviceLevelVariant: 'answered-and-late-abandons' });
    expect(late.serviceLevel).toBe(0); // 0 / (0 + 2 abandoned after 20 s)
    const ans = only(abandons, { serviceLevelVariant: 'answered' });
    expect(ans.serviceLevel).toBeNull();
    expect(ans.reasons.serviceLevel).toBe('no answered contacts');
  });
  it('handles a group of short abandons only', () => {
    const r = only([
      contact({ disposition: 'abandoned', waitSeconds: 4 }),
      contact({ disposition: 'short_abandoned' }),
    ]);
    expect(r).toMatchObject({ offered: 0, shortAbandoned: 2, abandoned: 0, answerRate: null });
    expect(r.reasons.answerRate).toBe('no offered contacts');
    const late = only([contact({ disposition: 'abandoned', waitSeconds: 4 })], {
      serviceLevelVariant: 'answered-and-late-abandons',
    });
    expect(late.reasons.serviceLevel).toBe('no answered contacts and no abandons after 20 s');
  });
  it('returns no rows for no input', () => {
    expect(computeKpis([], { by: ['vendor'] }).rows).toEqual([]);
  });
  it('rejects bad times and durations, naming the contact', () => {
    expect(() => computeKpis([contact({ id: 'x1', offeredAt: '04/08/2010 10:00' })])).toThrow(/x1/);
    expect(() => computeKpis([contact({ id: 'x2', waitSeconds: -1 })])).toThrow(/x2: waitSeconds/);
    expect(() => computeKpis([], { by: ['day', 'week'] })).toThrow(/one time bucket/);
  });
});

describe('computeKpis: grouping', () => {
  it('groups by dimensions and a time bucket, null as its own group, rows sorted', () => {
    const { rows } = computeKpis(
      [
        contact({ vendor: 'zeta', offeredAt: '2010-08-04T10:00:00' }),
        contact({
          vendor: 'acme',
          offeredAt: '2010-08-05T09:00:00',
          disposition: 'abandoned',
          waitSeconds: 30,
        }),
        contact({ vendor: null, offeredAt: '2010-08-04T11:00:00' }),
        contact({ vendor: 'acme', offeredAt: '2010-08-04T23:59:59' }),
      ],
      { by: ['vendor', 'day'] },
    );
    expect(rows.map((r) => [r.vendor, r.day, r.offered, r.answered])).toEqual([
      [null, '2010-08-04', 1, 1],
      ['acme', '2010-08-04', 1, 1],
      ['acme', '2010-08-05', 1, 0],
      ['zeta', '2010-08-04', 1, 1],
    ]);
    expect(Object.keys(rows[0] ?? {}).slice(0, 2)).toEqual(['vendor', 'day']);
  });
  it('puts a contact in the interval of its offeredAt even if answered in the next one', () => {
    const { rows } = computeKpis(
      [
        contact({ offeredAt: '2010-08-04T10:14:50', answeredAt: '2010-08-04T10:15:20', waitSeconds: 30 }),
        contact({ offeredAt: '2010-08-04T10:15:00', waitSeconds: 5 }),
      ],
      { by: ['interval15'] },
    );
    expect(rows.map((r) => [r.interval15, r.answered, r.serviceLevel])).toEqual([
      ['2010-08-04T10:00', 1, 0],
      ['2010-08-04T10:15', 1, 1],
    ]);
  });
  it('groups by week, month, agent, channel, site and activity', () => {
    const { rows } = computeKpis(
      [
        contact({ offeredAt: '2020-12-31T10:00:00' }),
        contact({ offeredAt: '2021-01-03T10:00:00' }),
        contact({ offeredAt: '2021-01-04T10:00:00' }),
      ],
      { by: ['week'] },
    );
    expect(rows.map((r) => [r.week, r.offered])).toEqual([
      ['2020-W53', 2],
      ['2021-W01', 1],
    ]);
    const byMany = computeKpis([contact({ agent: null, channel: 'chat' })], {
      by: ['site', 'activity', 'channel', 'agent', 'month'],
    });
    expect(byMany.rows[0]).toMatchObject({
      site: 'lyon',
      activity: 'support',
      channel: 'chat',
      agent: null,
      month: '2010-08',
    });
  });
});

describe('computeKpis: FCR', () => {
  const at = (offeredAt: string, customerId: string | null, extra: Partial<Interaction> = {}) =>
    contact({ offeredAt, customerId, ...extra });

  it('looks for repeats across groups, with the window end excluded', () => {
    const { rows } = computeKpis(
      [
        // c2's repeat comes first in the input: order does not matter
        at('2010-08-08T09:59:59', 'c2', { disposition: 'abandoned', waitSeconds: 40 }),
        at('2010-08-01T10:00:00', 'c1'), // next contact exactly 7 days later: outside, resolved
        at('2010-08-01T10:00:00', 'c2'), // repeat 1 s before the edge: not resolved
        at('2010-08-01T11:00:00', null), // no customer id: excluded, counted
        at('2010-08-08T10:00:00', 'c1'), // handled, nothing after: resolved
      ],
      { by: ['day'] },
    );
    expect(rows.map((r) => [r.day, r.fcrN, r.fcrRepeated, r.fcrExcludedNoCustomer, r.fcr])).toEqual([
      ['2010-08-01', 2, 1, 1, 0.5],
      ['2010-08-08', 1, 0, 0, 1],
    ]);
  });
  it('counts offered contacts as repeats, not VRU-only, phantom or (when excluded) short abandons', () => {
    const base = [
      at('2010-08-01T10:00:00', 'c1'),
      at('2010-08-01T11:00:00', 'c1', { disposition: 'vru_only', offered: false }),
      at('2010-08-01T12:00:00', 'c1', { disposition: 'phantom', offered: false }),
      at('2010-08-01T13:00:00', 'c1', { disposition: 'abandoned', waitSeconds: 2 }),
    ];
    expect(only(base).fcr).toBe(1);
    expect(only(base, { excludeShortAbandons: false }).fcr).toBe(0);
    expect(only([...base, at('2010-08-02T10:00:00', 'c1', { disposition: 'callback' })]).fcr).toBe(0);
  });
  it('does not count a contact at the same second, nor an earlier one, as a repeat', () => {
    const r = only([
      at('2010-08-01T09:00:00', 'c1', { disposition: 'abandoned', waitSeconds: 30 }),
      at('2010-08-01T10:00:00', 'c1'),
      at('2010-08-01T10:00:00', 'c1'),
    ]);
    expect(r).toMatchObject({ fcrN: 2, fcrRepeated: 0, fcr: 1 });
  });
  it('honours the window option', () => {
    const pair = [at('2010-08-01T10:00:00', 'c1'), at('2010-08-03T10:00:00', 'c1')];
    // first contact: repeat 2 days later; second: no repeat
    expect(only(pair).fcr).toBe(1 / 2);
    expect(only(pair, { fcrWindowDays: 2 }).fcr).toBe(1); // exactly 2 days: outside
    expect(only(pair, { fcrWindowDays: 2.5 }).fcr).toBe(1 / 2);
  });
  it('is null with a reason when no handled contact has a customer id', () => {
    const r = only([at('2010-08-01T10:00:00', null), at('2010-08-01T11:00:00', null)]);
    expect(r.fcr).toBeNull();
    expect(r.fcrExcludedNoCustomer).toBe(2);
    expect(r.reasons.fcr).toBe('no handled contact has a customer id (2 excluded)');
  });
});

describe('computeKpis: sync and async', () => {
  async function* stream(items: Interaction[]): AsyncGenerator<Interaction> {
    for (const i of items) yield i;
  }
  const data = [
    ...handWorked(),
    contact({ offeredAt: '2010-08-05T08:00:00', customerId: 'c1', vendor: null }),
    contact({ offeredAt: '2010-08-06T08:00:00', customerId: 'c1', disposition: 'abandoned', waitSeconds: 8 }),
  ];
  const params = { by: ['vendor', 'day'] as const, options: { serviceLevelVariant: 'answered' as const } };

  it('gives the same result from an async iterable', async () => {
    const sync = computeKpis(data, params);
    expect(await computeKpisAsync(stream(data), params)).toEqual(sync);
    expect(await computeKpis(stream(data), params)).toEqual(sync);
    expect(await computeKpisAsync(data, params)).toEqual(sync);
  });
  it('runs from a generator and through the engine directly', () => {
    function* gen() {
      yield* data;
    }
    const engine = new KpiEngine(params.by, params.options);
    for (const i of data) engine.add(i);
    expect(engine.result()).toEqual(computeKpis(gen(), params));
    expect(engine.result()).toBe(engine.result());
    expect(() => engine.add(contact())).toThrow(/after result/);
  });
});

describe('computeKpis: occupancy from presence records', () => {
  it('divides handle time by logged-in time, per group, and is null without presence', () => {
    const contacts = [
      contact({ agent: 'a1', talkSeconds: 300, holdSeconds: 60, wrapUpSeconds: 30 }),
      contact({ agent: 'a1', talkSeconds: 200, wrapUpSeconds: 10 }),
      contact({ agent: 'a2', talkSeconds: 100 }),
    ];
    const presence = [
      {
        vendor: 'acme',
        site: 'lyon',
        activity: 'support',
        agent: 'a1',
        start: '2010-08-04T08:00:00',
        loggedInSeconds: 3000,
      },
      {
        vendor: 'acme',
        site: 'lyon',
        activity: 'support',
        agent: 'a1',
        start: '2010-08-04T13:00:00',
        loggedInSeconds: 1000,
      },
    ];
    const { rows, definitions } = computeKpis(contacts, { by: ['agent', 'day'], presence });
    // a1: (390 + 210) / 4000 = 0.15; a2 has no logged-in time
    expect(rows.map((r) => [r.agent, r.occupancy])).toEqual([
      ['a1', 0.15],
      ['a2', null],
    ]);
    expect(rows[1]?.reasons.occupancy).toBe('no logged-in time recorded');
    expect(definitions.occupancy).toMatch(/handle time \/ logged-in time/);
  });

  it('refuses negative logged-in time, naming the agent', () => {
    const presence = [
      {
        vendor: null,
        site: null,
        activity: null,
        agent: 'a9',
        start: '2010-08-04T08:00:00',
        loggedInSeconds: -5,
      },
    ];
    expect(() => computeKpis([], { presence })).toThrow(/a9 .*loggedInSeconds must be >= 0/);
  });
});
