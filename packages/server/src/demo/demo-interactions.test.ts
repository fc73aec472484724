import { createHash } from 'node:crypto';
import {
  computeCsat,
  computeKpis,
  computeNps,
  daysFromCivil,
  type Interaction,
  type KpiRow,
  localEpochSeconds,
  parseLocalTimestamp,
  type SurveyAnswer,
} from '@vigie/core';
import { describe, expect, it } from 'vitest';
import { DEMO_ACTIVITIES, DEMO_ALLOCATIONS, DEMO_SEED, DEMO_SITES, DEMO_VENDORS } from './demo-data.ts';
import {
  type DemoInteractionPlan,
  generateDemoInteractions,
  generateDemoSurveys,
} from './demo-interactions.ts';

// The plan the demo uses: its vendors, sites and activities, and the current phone allocation.
const phoneAllocation = DEMO_ALLOCATIONS.find((a) => a.activity === 'phone' && a.validTo === null);
const PLAN: DemoInteractionPlan = {
  endDay: '2026-06-30',
  days: 42,
  seed: DEMO_SEED,
  vendors: DEMO_VENDORS.map((v) => ({ key: v.key, id: `vendor-${v.key}` })),
  sites: DEMO_SITES.map((s) => ({ key: s.key, id: `site-${s.key}`, vendorKey: s.vendor })),
  activities: DEMO_ACTIVITIES.map((a) => ({
    key: a.key,
    id: `activity-${a.key}`,
    channel: a.channel,
    direction: a.direction,
  })),
  split: (phoneAllocation?.lines ?? []).map((l) => ({
    vendorKey: l.vendor,
    siteKey: l.site ?? '',
    share: l.sharePercent / 100,
  })),
};

const ALL: Interaction[] = [...generateDemoInteractions(PLAN)];
const SURVEYS: SurveyAnswer[] = [...generateDemoSurveys(PLAN)];
const PHONE = ALL.filter((i) => i.activity === 'activity-phone');
const VOICE = ALL.filter((i) => i.channel === 'phone' || i.channel === 'web_callback');

const when = (offeredAt: string): { weekday: number; seconds: number } => {
  const t = parseLocalTimestamp(offeredAt);
  const weekday = (((daysFromCivil(t.year, t.month, t.day) + 3) % 7) + 7) % 7; // Monday = 0
  return { weekday, seconds: t.hour * 3600 + t.minute * 60 + t.second };
};
const localSeconds = (ts: string): number => localEpochSeconds(parseLocalTimestamp(ts));
const isMondayMorning = (i: Interaction): boolean => {
  const { weekday, seconds } = when(i.offeredAt);
  return weekday === 0 && seconds < 12 * 3600;
};

function rowOf(rows: readonly KpiRow[], vendorKey: string): KpiRow {
  const row = rows.find((r) => r.vendor === `vendor-${vendorKey}`);
  if (!row) throw new Error(`no KPI row for ${vendorKey}`);
  return row;
}

function digest(records: Iterable<unknown>): { count: number; hash: string } {
  const h = createHash('sha256');
  let count = 0;
  for (const r of records) {
    h.update(JSON.stringify(r));
    count++;
  }
  return { count, hash: h.digest('hex') };
}

describe('generateDemoInteractions', () => {
  it('is deterministic: same seed, same records; another seed, others', () => {
    const again = [...generateDemoInteractions(PLAN)];
    expect(again.slice(0, 1000)).toEqual(ALL.slice(0, 1000));
    expect(digest(again)).toEqual(digest(ALL));
    const other = generateDemoInteractions({ ...PLAN, seed: PLAN.seed + 1, days: 7 });
    expect(digest(other).hash).not.toBe(digest(generateDemoInteractions({ ...PLAN, days: 7 })).hash);
  });

  it('gives well-formed records in time order, with stable unique ids', () => {
    expect(ALL.length).toBeGreaterThan(35_000);
    const ids = new Set<string>();
    const problems: string[] = [];
    let previous = '';
    const vendorIds = new Set(PLAN.vendors.map((v) => v.id));
    const siteVendor = new Map(PLAN.sites.map((s) => [s.id, `vendor-${s.vendorKey}`]));
    for (const i of ALL) {
      if (i.offeredAt < previous) problems.push(`${i.id} out of order`);
      previous = i.offeredAt;
      ids.add(i.id);
      if (!i.id.startsWith(`demo-${i.offeredAt.slice(0, 10)}-`)) problems.push(`${i.id} id`);
      if (!vendorIds.has(i.vendor ?? '') || siteVendor.get(i.site ?? '') !== i.vendor) {
        problems.push(`${i.id} vendor/site`);
      }
      if (i.customerId !== null && !/^C\d{7}$/.test(i.customerId)) problems.push(`${i.id} customer`);
      if (i.answeredAt !== null && (i.answeredAt < i.offeredAt || i.agent === null)) {
        problems.push(`${i.id} answer`);
      }
    }
    expect(problems).toEqual([]);
    expect(ids.size).toBe(ALL.length);
    expect(ALL[0]?.id).toBe('demo-2026-05-20-00001');
  });

  it('names 15 to 25 agents per site, each working for one site only', () => {
    const siteOf = new Map<string, string>();
    const perSite = new Map<string, number>();
    for (const i of ALL) {
      if (i.agent === null || i.site === null) continue;
      const known = siteOf.get(i.agent);
      if (known === undefined) {
        siteOf.set(i.agent, i.site);
        perSite.set(i.site, (perSite.get(i.site) ?? 0) + 1);
      } else expect(known).toBe(i.site);
    }
    for (const line of PLAN.split) {
      const n = perSite.get(`site-${line.siteKey}`) ?? 0;
      expect(n).toBeGreaterThanOrEqual(15);
      expect(n).toBeLessThanOrEqual(25);
    }
    expect([...siteOf.keys()].every((name) => /^\S.* \p{Lu}\p{Ll}?\.$/u.test(name))).toBe(true);
  });

  it('takes calls only in opening hours: Mon-Fri 08:00-20:00, Sat 09:00-13:00, never on Sunday', () => {
    expect(VOICE.length).toBeGreaterThan(0);
    const outside = VOICE.filter((i) => {
      const { weekday, seconds } = when(i.offeredAt);
      if (weekday === 6) return true;
      return weekday === 5
        ? seconds < 9 * 3600 || seconds >= 13 * 3600
        : seconds < 8 * 3600 || seconds >= 20 * 3600;
    });
    expect(outside.map((i) => i.offeredAt)).toEqual([]);
  });

  it('has about 1,100 offered calls per weekday, Monday the heaviest and Friday lighter', () => {
    const byDay = computeKpis(PHONE, { by: ['day'] }).rows;
    const perWeekday = [0, 1, 2, 3, 4, 5, 6].map((wd) => {
      const days = byDay.filter((r) => when(`${r.day}T00:00:00`).weekday === wd);
      return days.length === 0 ? 0 : days.reduce((s, r) => s + r.offered, 0) / days.length;
    });
    const [mon, tue, wed, thu, fri, sat, sun] = perWeekday as [number, ...number[]];
    const meanWeekday = (mon + (tue ?? 0) + (wed ?? 0) + (thu ?? 0) + (fri ?? 0)) / 5;
    expect(meanWeekday).toBeGreaterThan(950);
    expect(meanWeekday).toBeLessThan(1250);
    expect(mon).toBeGreaterThan(1.2 * (fri ?? 0));
    expect(mon).toBeGreaterThan(Math.max(tue ?? 0, wed ?? 0, thu ?? 0));
    expect(sat).toBeLessThan(0.4 * meanWeekday);
    expect(sun).toBe(0);
  });

  it('peaks at 09:00-11:00 and 14:00-16:00, busier than 08:00-09:00', () => {
    const perHour = new Map<number, number>();
    for (const r of computeKpis(PHONE, { by: ['hour'] }).rows) {
      const h = Number(r.hour?.slice(11, 13));
      perHour.set(h, (perHour.get(h) ?? 0) + r.offered);
    }
    const at = (h: number): number => perHour.get(h) ?? 0;
    for (const peak of [9, 10, 14, 15]) expect(at(peak)).toBeGreaterThan(1.5 * at(8));
    expect(Math.min(at(9), at(10))).toBeGreaterThan(Math.max(at(12), at(13), at(18), at(19)));
  });

  it('has realistic call mechanics: self-service, short abandons, holds, talk and wrap-up', () => {
    const all = computeKpis(PHONE).rows[0] as KpiRow;
    expect(all.vruOnly / all.contacts).toBeGreaterThan(0.03);
    expect(all.vruOnly / all.contacts).toBeLessThan(0.1);
    expect(all.shortAbandoned / all.contacts).toBeGreaterThan(0.01);
    expect(all.shortAbandoned / all.contacts).toBeLessThan(0.05);
    expect(all.abandonRate).toBeGreaterThan(0.02);
    expect(all.abandonRate).toBeLessThan(0.12);
    const handled = PHONE.filter((i) => i.answeredAt !== null && i.vendor !== 'vendor-atlas');
    const meanTalk = handled.reduce((s, i) => s + i.talkSeconds, 0) / handled.length;
    expect(meanTalk).toBeGreaterThan(240);
    expect(meanTalk).toBeLessThan(360);
    const held = handled.filter((i) => i.holdSeconds > 0).length / handled.length;
    expect(held).toBeGreaterThan(0.15);
    expect(held).toBeLessThan(0.25);
    expect(handled.every((i) => i.wrapUpSeconds >= 20 && i.wrapUpSeconds <= 60)).toBe(true);
    const resolved = handled.filter((i) => i.outcomes.includes('resolved')).length / handled.length;
    expect(resolved).toBeGreaterThan(0.75);
    for (const o of ['sale', 'appointment', 'complaint'] as const) {
      const share = handled.filter((i) => i.outcomes.includes(o)).length / handled.length;
      expect(share).toBeGreaterThan(0.005);
      expect(share).toBeLessThan(0.08);
    }
  });

  it('armor misses its service level on Monday mornings, and only there', () => {
    const monday = computeKpis(PHONE.filter(isMondayMorning), { by: ['vendor'] }).rows;
    const rest = computeKpis(
      PHONE.filter((i) => !isMondayMorning(i)),
      { by: ['vendor'] },
    ).rows;
    const armorMonday = rowOf(monday, 'armor').serviceLevel ?? 1;
    expect(armorMonday).toBeGreaterThan(0.4);
    expect(armorMonday).toBeLessThan(0.65);
    expect(rowOf(rest, 'armor').serviceLevel).toBeGreaterThanOrEqual(0.8);
    for (const v of ['atlas', 'tsiry']) {
      expect(rowOf(monday, v).serviceLevel).toBeGreaterThanOrEqual(0.8);
      expect(rowOf(rest, v).serviceLevel).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('atlas has long handle times and tsiry a high repeat-call rate (FCR over every channel)', () => {
    const rows = computeKpis(ALL, { by: ['vendor', 'activity'] }).rows.filter(
      (r) => r.activity === 'activity-phone',
    );
    const aht = (v: string): number => rowOf(rows, v).ahtSeconds ?? 0;
    const fcr = (v: string): number => rowOf(rows, v).fcr ?? 0;
    expect(aht('atlas')).toBeGreaterThanOrEqual(1.3 * Math.max(aht('armor'), aht('tsiry')));
    expect(fcr('tsiry')).toBeLessThanOrEqual(Math.min(fcr('armor'), fcr('atlas')) - 0.1);
    // The others' repeat rate within 7 days stays in the usual 10-15 %.
    for (const v of ['armor', 'atlas']) {
      expect(fcr(v)).toBeGreaterThan(0.84);
      expect(fcr(v)).toBeLessThan(0.91);
    }
  });

  it('scales the volume', () => {
    const offered = (scale: number): number =>
      computeKpis(generateDemoInteractions({ ...PLAN, days: 14, scale }), { by: ['activity'] }).rows.find(
        (r) => r.activity === 'activity-phone',
      )?.offered ?? 0;
    const ratio = offered(0.5) / offered(1);
    expect(ratio).toBeGreaterThan(0.42);
    expect(ratio).toBeLessThan(0.58);
  });

  it('refuses a plan it cannot honour', () => {
    const first = (plan: DemoInteractionPlan) => () => generateDemoInteractions(plan).next();
    expect(first({ ...PLAN, split: [{ vendorKey: 'armor', siteKey: 'brest', share: 0.5 }] })).toThrow(
      /sum to 1/,
    );
    expect(first({ ...PLAN, split: [{ vendorKey: 'armor', siteKey: 'casa', share: 1 }] })).toThrow(
      /unknown vendor or site/,
    );
    expect(first({ ...PLAN, activities: PLAN.activities.filter((a) => a.channel !== 'phone') })).toThrow(
      /inbound phone activity/,
    );
    expect(first({ ...PLAN, endDay: '2026-02-30' })).toThrow(/endDay/);
  });

  it('generates the full six months at scale 1 (count only)', () => {
    let count = 0;
    let voiceOnClosedDays = 0;
    for (const i of generateDemoInteractions({ ...PLAN, days: undefined })) {
      count++;
      if (i.channel !== 'email' && (when(i.offeredAt).weekday === 6 || /-(01-01|05-01)T/.test(i.offeredAt))) {
        voiceOnClosedDays++;
      }
    }
    expect(count).toBeGreaterThan(170_000);
    expect(count).toBeLessThan(260_000);
    expect(voiceOnClosedDays).toBe(0);
  });
});

describe('generateDemoSurveys', () => {
  const byId = new Map(ALL.map((i) => [i.id, i]));

  it('links each answer to an answered call of the same customer, a few minutes to a day later', () => {
    expect(SURVEYS.length).toBeGreaterThan(0);
    const problems: string[] = [];
    let previous = '';
    for (const a of SURVEYS) {
      const i = byId.get(a.interactionId ?? '');
      if (!i || i.answeredAt === null || i.channel === 'email' || a.customerId !== i.customerId) {
        problems.push(`${a.interactionId} link`);
        continue;
      }
      const after = localSeconds(a.answeredAt) - localSeconds(i.endedAt ?? '');
      if (after < 300 || after > 86400) problems.push(`${a.interactionId} answered ${after} s after`);
      if (a.answeredAt < previous || a.answeredAt >= '2026-07-01') problems.push(`${a.interactionId} order`);
      previous = a.answeredAt;
    }
    expect(problems).toEqual([]);
    expect(digest(generateDemoSurveys(PLAN))).toEqual(digest(SURVEYS));
  });

  it('gets NPS answers on about 12 % of answered calls and CSAT on about 8 %', () => {
    const answered = VOICE.filter((i) => i.answeredAt !== null && i.customerId !== null).length;
    const nps = SURVEYS.filter((a) => a.kind === 'nps');
    const csat = SURVEYS.filter((a) => a.kind === 'csat');
    expect(nps.length / answered).toBeGreaterThan(0.1);
    expect(nps.length / answered).toBeLessThan(0.13);
    expect(csat.length / answered).toBeGreaterThan(0.065);
    expect(csat.length / answered).toBeLessThan(0.09);
    expect(nps.every((a) => Number.isInteger(a.score) && a.score >= 0 && a.score <= 10)).toBe(true);
    expect(csat.every((a) => Number.isInteger(a.score) && a.score >= 1 && a.score <= 5)).toBe(true);
  });

  it('scores follow what happened: tsiry below armor, long waits below short ones', () => {
    const of = (pred: (i: Interaction) => boolean) =>
      SURVEYS.filter((a) => {
        const i = byId.get(a.interactionId ?? '');
        return i !== undefined && pred(i);
      });
    const armor = computeNps(of((i) => i.vendor === 'vendor-armor'));
    const tsiry = computeNps(of((i) => i.vendor === 'vendor-tsiry'));
    expect(tsiry.interval?.high ?? 0).toBeLessThan(armor.interval?.low ?? 0);
    expect(computeCsat(of((i) => i.vendor === 'vendor-tsiry')).value ?? 1).toBeLessThan(
      computeCsat(of((i) => i.vendor === 'vendor-armor')).value ?? 0,
    );
    const longWait = computeNps(of((i) => i.waitSeconds > 60));
    const shortWait = computeNps(of((i) => i.waitSeconds <= 20));
    expect(longWait.value ?? 0).toBeLessThan((shortWait.value ?? 0) - 10);
  });
});
