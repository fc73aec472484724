import { describe, expect, it } from 'vitest';
import { computeKpis, KpiEngine } from './compute-kpis.ts';
import { UnorderedInputError } from './fcr.ts';
import type { Interaction } from './interaction.ts';
import { civilFromDays, daysFromCivil } from './local-time.ts';
import { contact } from './test-helpers.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

/** A local instant `seconds` after 2025-01-01T00:00:00. */
function instant(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const { year, month, day } = civilFromDays(daysFromCivil(2025, 1, 1) + days);
  const s = seconds - days * 86400;
  return `${year}-${pad(month)}-${pad(day)}T${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/**
 * 60 days of contacts in time order, 200 a day, from a pool of 500 customers (so customers come
 * back within and beyond a 3-day window), a tenth without customer id, a fifth abandoned.
 */
function stream(): Interaction[] {
  let seed = 7;
  const rnd = (): number => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const out: Interaction[] = [];
  for (let k = 0; k < 60 * 200; k++) {
    const r = rnd();
    out.push(
      contact({
        offeredAt: instant(Math.floor(k * (86400 / 200))),
        vendor: r < 0.5 ? 'acme' : 'globex',
        customerId: rnd() < 0.1 ? null : `cust-${Math.floor(rnd() * 500)}-of-the-pool`,
        disposition: rnd() < 0.2 ? 'abandoned' : 'answered',
        waitSeconds: 30,
      }),
    );
  }
  return out;
}

const fcrByVendorAndWeek = (engine: KpiEngine, rows: readonly Interaction[]) => {
  for (const i of rows) engine.add(i);
  return engine.result().rows.map((r) => [r.vendor, r.week, r.fcrN, r.fcrRepeated]);
};

describe('FcrTracker in time-ordered mode', () => {
  it('gives the same FCR as keeping every contact, on a long stream in time order', () => {
    const rows = stream();
    const options = { fcrWindowDays: 3 };
    const kept = fcrByVendorAndWeek(new KpiEngine(['vendor', 'week'], options), rows);
    const ordered = fcrByVendorAndWeek(
      new KpiEngine(['vendor', 'week'], options, { timeOrdered: true }),
      rows,
    );
    expect(ordered).toEqual(kept);
    // the stream does have repeats and first-contact resolutions in every group
    expect(
      kept.every(([, , n, repeated]) => (repeated as number) > 0 && (repeated as number) < (n as number)),
    ).toBe(true);
  });

  it('accepts contacts up to a day behind the latest one, with the same result', () => {
    const rows = stream();
    // swap neighbours 100 rows apart (12 h): still within the tolerance
    const shuffled = [...rows];
    for (let k = 0; k + 100 < shuffled.length; k += 200) {
      [shuffled[k], shuffled[k + 100]] = [shuffled[k + 100] as Interaction, shuffled[k] as Interaction];
    }
    const kept = fcrByVendorAndWeek(new KpiEngine(['vendor', 'week'], { fcrWindowDays: 3 }), rows);
    const ordered = fcrByVendorAndWeek(
      new KpiEngine(['vendor', 'week'], { fcrWindowDays: 3 }, { timeOrdered: true }),
      shuffled,
    );
    expect(ordered).toEqual(kept);
  });

  it('throws UnorderedInputError, naming the contact, when one comes far behind', () => {
    const rows = stream();
    const late = contact({
      id: 'late-one',
      offeredAt: '2025-01-02T10:00:00',
      customerId: 'cust-1-of-the-pool',
    });
    const engine = new KpiEngine(['day'], { fcrWindowDays: 3 }, { timeOrdered: true });
    for (const i of rows.slice(0, 200 * 20)) engine.add(i);
    expect(() => engine.add(late)).toThrow(UnorderedInputError);
    expect(() => engine.add(late)).toThrow(/Contact late-one comes \d+ s before the latest contact/);
    // without the mode, order does not matter
    expect(computeKpis([...rows.slice(0, 200 * 20), late], { by: ['day'] }).rows).toHaveLength(20);
  });

  it('gives the same FCR as keeping every contact for regular, bursty and late customers', () => {
    // 120 days; a few regular customers every 2 to 9 days (their contacts move from generation
    // to generation), one with 50 contacts in an hour (judged by sorting), copies at the same
    // second, and contacts up to 20 hours late (within the tolerance)
    let seed = 11;
    const rnd = (): number => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const rows: { at: number; i: Interaction }[] = [];
    const add = (at: number, customerId: string, late = 0): void => {
      const disposition = rnd() < 0.25 ? 'abandoned' : 'answered';
      rows.push({
        at: at + late,
        i: contact({
          offeredAt: instant(at),
          customerId,
          disposition,
          waitSeconds: 10 + Math.floor(rnd() * 30),
        }),
      });
    };
    for (let c = 0; c < 40; c++) {
      const every = (2 + Math.floor(rnd() * 8)) * 86400;
      for (let at = Math.floor(rnd() * every); at < 120 * 86400; at += every + Math.floor(rnd() * 86400)) {
        add(at, `regular-${c}`, rnd() < 0.2 ? Math.floor(rnd() * 72000) : 0);
        if (rnd() < 0.1) add(at, `regular-${c}`); // a copy at the same second
      }
    }
    for (let k = 0; k < 50; k++) add(40 * 86400 + 60 * k, 'burst');
    for (let k = 0; k < 3000; k++) add(Math.floor(rnd() * 120 * 86400), `once-${k % 1500}`);
    // arrival order: by time, each late contact at its arrival
    const stream = rows.sort((a, b) => a.at - b.at).map((r) => r.i);
    for (const fcrWindowDays of [1, 3, 7, 30]) {
      const kept = fcrByVendorAndWeek(new KpiEngine(['vendor', 'week'], { fcrWindowDays }), stream);
      const ordered = fcrByVendorAndWeek(
        new KpiEngine(['vendor', 'week'], { fcrWindowDays }, { timeOrdered: true }),
        stream,
      );
      expect(ordered).toEqual(kept);
    }
  });

  it('waits for a late repeat of a contact carried into a new generation', () => {
    // window 7 days, generations of 8 days: one starts at 2025-01-08T00:00 (local epoch / 8 days)
    const stream = [
      contact({ id: 'u', offeredAt: '2024-12-31T02:00:00', customerId: 'x' }), // handled, early in its generation
      contact({ id: 'y', offeredAt: '2025-01-08T00:30:00', customerId: 'y' }), // a new generation begins
      contact({ id: 'a', offeredAt: '2025-01-08T01:00:00', customerId: 'x' }), // x seen again: moved
      contact({ id: 'v', offeredAt: '2025-01-07T01:00:00', customerId: 'x' }), // 23.5 h late: repeats u
    ];
    for (const timeOrdered of [false, true]) {
      const engine = new KpiEngine([], { fcrWindowDays: 7 }, { timeOrdered });
      for (const i of stream) engine.add(i);
      const [row] = engine.result().rows;
      expect([row?.fcrN, row?.fcrRepeated]).toEqual([4, 2]); // u by v, v by a
    }
  });
});
