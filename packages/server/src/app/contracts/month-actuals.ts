import { type Actuals, type ContractKpi, isIsoMonth, type KpiOptions, type ReadScope } from '@vigie/core';
import type { Kysely } from 'kysely';
import { groupFigures, sumRollups } from '../../db/repositories/kpi-queries.ts';
import type { Database } from '../../db/schema.ts';

/** Last day (YYYY-MM-DD) of a month YYYY-MM. */
function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** What a month's statement can read from a vendor's stored contacts, and where each value came from. */
export interface MonthActuals {
  readonly actuals: Actuals;
  /** One line per value: which rollups and which definition gave it. */
  readonly sources: readonly string[];
}

/**
 * A vendor's month from the rollups (issue 3): handled contacts by channel, handled minutes,
 * and the KPIs a contract can name, computed with the workspace's KPI settings exactly as the
 * dashboards show them. What the contacts do not hold is left out (logged-in and productive
 * hours, FTE, outcome counts, the client's forecast), so the statement warns where a price line
 * needs it.
 */
export async function monthActuals(
  db: Kysely<Database>,
  scope: ReadScope,
  vendorId: string,
  month: string,
  options: KpiOptions,
): Promise<MonthActuals> {
  if (!isIsoMonth(month)) throw new Error(`month ${month}: must be written YYYY-MM`);
  const filters = { from: `${month}-01`, to: lastDay(month), vendorId };
  const [byChannel, [all]] = await Promise.all([
    sumRollups(db, scope, ['channel'], filters, { surveys: false }),
    sumRollups(db, scope, [], filters),
  ]);
  const sources: string[] = [];
  const volumes: Record<string, number> = {};
  for (const g of byChannel) {
    const channel = g.values[0] ?? 'unknown';
    volumes[channel] = g.counts.handled;
  }
  sources.push(
    `volumes: handled contacts (answered, or transferred with an answer) of ${filters.from} to ${filters.to}, by channel`,
  );
  const actuals: { -readonly [K in keyof Actuals]: Actuals[K] } = { month, volumes, kpis: {} };
  if (!all) return { actuals, sources: [...sources, 'no stored contacts this month: no KPI measured'] };
  actuals.minutes = Math.round((all.counts.totalHandleSeconds / 60) * 100) / 100;
  sources.push('minutes: handle time of the handled contacts (talk + hold + wrap-up), in minutes');
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
  actuals.kpis = kpis;
  sources.push(
    `kpis: the dashboards' figures of the month with the workspace's settings (service level: answered within ${options.serviceLevelThresholdSeconds} s over ${options.serviceLevelVariant}; FCR over ${options.fcrWindowDays} days)`,
  );
  return { actuals, sources };
}
