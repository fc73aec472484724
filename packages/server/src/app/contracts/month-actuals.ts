import {
  type Actuals,
  addMonths,
  type ContractKpi,
  daysOfMonth,
  type Explanation,
  isIsoMonth,
  type KpiOptions,
  type MonthInputRecord,
  type ReadScope,
  said,
} from '@vigie/core';
import type { Kysely } from 'kysely';
import { groupFigures, type KpiGroup, sumRollups } from '../../db/repositories/kpi-queries.ts';
import { listMonthInputs } from '../../db/repositories/month-inputs.ts';
import type { Database } from '../../db/schema.ts';

/** What a month's statement can read from stored data, and where each value came from. */
export interface MonthActuals {
  readonly month: string;
  readonly actuals: Actuals;
  /** One line per value: which rollups, inputs and definitions gave it (English). */
  readonly sources: readonly string[];
  /** The same lines as data, for readers in other languages. */
  readonly sourcesExplained: readonly Explanation[];
}

/** The sources of a month, in English and as data, in the same order. */
class Sources {
  readonly text: string[] = [];
  readonly explained: Explanation[] = [];
  add(...args: Parameters<typeof said>): void {
    const { text, explained } = said(...args);
    this.text.push(text);
    this.explained.push(explained);
  }
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** The months from `from` to `to` included, YYYY-MM. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

function kpisOf(all: KpiGroup, options: KpiOptions): Partial<Record<ContractKpi, number>> {
  const f = groupFigures(all, options);
  const measured: [ContractKpi, number | null][] = [
    ['service_level', f.serviceLevel],
    ['answer_rate', f.answerRate],
    ['abandon_rate', f.abandonRate],
    ['asa', f.asaSeconds],
    ['aht', f.ahtSeconds],
    ['fcr', f.fcr],
    ['nps', f.nps],
    ['csat', f.csat],
    ['conversion', f.conversion],
  ];
  const kpis: Partial<Record<ContractKpi, number>> = {};
  for (const [kpi, value] of measured) if (value !== null) kpis[kpi] = value;
  return kpis;
}

/** Hours, FTE, outcomes and forecast entered for the month (they are not in the contacts). */
function addInputs(actuals: Writable<Actuals>, sources: Sources, input: MonthInputRecord | undefined): void {
  if (!input) return;
  const entered: string[] = [];
  if (input.loggedInHours !== null) {
    actuals.loggedInHours = input.loggedInHours;
    entered.push('logged_in_hours');
  }
  if (input.productiveHours !== null) {
    actuals.productiveHours = input.productiveHours;
    entered.push('productive_hours');
  }
  if (input.fte !== null) {
    actuals.fte = input.fte;
    entered.push('fte');
  }
  if (Object.keys(input.outcomes).length > 0) {
    actuals.outcomes = input.outcomes;
    entered.push('outcomes');
  }
  if (input.forecastVolume !== null) {
    actuals.forecastVolume = input.forecastVolume;
    entered.push('forecast_volume');
  }
  if (entered.length > 0)
    sources.add('source.inputs', { fields: entered.join(','), updatedAt: input.updatedAt });
}

/**
 * A vendor's months from the rollups (issue 3) and the monthly inputs: handled contacts by
 * channel, handled minutes, the KPIs a contract can name (computed with the workspace's KPI
 * settings exactly as the dashboards show them), and the hours, FTE, outcomes and forecast
 * entered for the month. Two rollup queries for the whole range, whatever its length.
 */
export async function rangeActuals(
  db: Kysely<Database>,
  scope: ReadScope,
  vendorId: string,
  fromMonth: string,
  toMonth: string,
  options: KpiOptions,
): Promise<MonthActuals[]> {
  for (const m of [fromMonth, toMonth])
    if (!isIsoMonth(m)) throw new Error(`month ${m}: must be written YYYY-MM`);
  const lastDay = daysOfMonth(toMonth).at(-1) as string;
  const filters = { from: `${fromMonth}-01`, to: lastDay, vendorId };
  const [byDay, byMonth, inputs] = await Promise.all([
    sumRollups(db, scope, ['day', 'channel'], filters, {
      fields: ['contacts', 'handled', 'totalHandleSeconds'],
      surveys: false,
    }),
    sumRollups(db, scope, ['month'], filters),
    listMonthInputs(db, scope, vendorId, fromMonth, toMonth),
  ]);
  return monthsBetween(fromMonth, toMonth).map((month) => {
    // the month's handled contacts by channel, and each day's, for a month split between terms
    const volumes: Record<string, number> = {};
    const daily: Record<string, { volumes: Record<string, number>; minutes: number }> = {};
    for (const g of byDay) {
      const day = g.values[0] ?? '';
      const channel = g.values[1] ?? 'unknown';
      if (!day.startsWith(month)) continue;
      volumes[channel] = (volumes[channel] ?? 0) + g.counts.handled;
      const d = daily[day] ?? { volumes: {}, minutes: 0 };
      daily[day] = d;
      d.volumes[channel] = g.counts.handled;
      d.minutes = Math.round((d.minutes + g.counts.totalHandleSeconds / 60) * 100) / 100;
    }
    const sources = new Sources();
    sources.add('source.volumes', { month });
    const actuals: Writable<Actuals> = { month, volumes, kpis: {}, daily };
    const all = byMonth.find((g) => g.values[0] === month);
    if (all) {
      actuals.minutes = Math.round((all.counts.totalHandleSeconds / 60) * 100) / 100;
      sources.add('source.minutes');
      actuals.kpis = kpisOf(all, options);
      sources.add('source.kpis', {
        thresholdSeconds: options.serviceLevelThresholdSeconds,
        variant: options.serviceLevelVariant,
        fcrDays: options.fcrWindowDays,
      });
    } else {
      sources.add('source.no_contacts');
    }
    addInputs(
      actuals,
      sources,
      inputs.find((i) => i.month === month),
    );
    return { month, actuals, sources: sources.text, sourcesExplained: sources.explained };
  });
}
