import { actualsPath, type Params, segmentsOf } from './explain-params.ts';
import type { ExplanationKey } from './explanation.ts';
import { formatCents } from './statement.ts';

const EN_POINTS: Readonly<Record<string, string>> = {
  percentage_point: 'percentage point',
  nps_point: 'NPS point',
  second: 'second',
};

const money = (p: Params, name: string) => formatCents(p.n(name));
const enShare = (p: Params) =>
  p.has('measuredDays') ? `; x ${p.s('measuredDays')}/${p.s('ofDays')} measured days` : '';
const enCap = (p: Params) =>
  p.s('cap') === 'capped'
    ? `, capped at ${money(p, 'capCents')}`
    : ` (cap ${money(p, 'capCents')} not reached)`;
const enStep = (p: Params) => `steps[${p.s('step')}] [${p.s('from')}, ${p.has('to') ? p.s('to') : '∞'})`;

/** The English sentence of each key: the only source of the English text core stores (said). */
export const EN: Record<ExplanationKey, (p: Params) => string> = {
  'kpi.no_rule': () => 'no bonus/malus rule (target only)',
  'kpi.not_applied': (p) => p.s('rule'),
  'kpi.linear': (p) =>
    `linear: ${p.s('points')} ${EN_POINTS[p.s('unit')] ?? p.s('unit')}(s) ${p.s('direction') === 'better' ? 'better than' : 'worse than'} the target ${p.s('target')} x ${money(p, 'rateCents')} per point = ${money(p, 'amountCents')}${enCap(p)}${enShare(p)}`,
  'kpi.linear.on_target': (p) =>
    `linear: ${p.s('measured')} is on the target ${p.s('target')}, so 0${enShare(p)}`,
  'kpi.tiered': (p) =>
    `tiered: ${p.s('measured')} is in ${enStep(p)}, so ${money(p, 'amountCents')}${enShare(p)}`,
  'kpi.tiered.no_step': (p) => `tiered: no step covers ${p.s('measured')}, so 0${enShare(p)}`,
  'kpi.points': (p) =>
    `points: ${p.s('measured')} is in ${enStep(p)}, ${p.s('points')} points x ${money(p, 'centsPerPoint')} = ${money(p, 'amountCents')}${enCap(p)}${enShare(p)}`,
  'kpi.points.no_step': (p) =>
    `points: ${p.s('measured')} is in no step, ${p.s('points')} points x ${money(p, 'centsPerPoint')} = ${money(p, 'amountCents')}${enCap(p)}${enShare(p)}`,
  'exclusion.force_majeure': (p) =>
    `every day from ${p.s('from')} to ${p.s('to')} is a force-majeure day: nothing to measure`,
  'exclusion.not_measured': (p) =>
    `actuals.kpis.${p.s('kpi')} is missing: no measured value, the term is not applied`,
  'exclusion.volume_band': (p) =>
    `actual volume ${p.s('volume')} (actuals.volumes) is outside the forecast ${p.s('forecast')} ± ${p.s('band')} % (${p.s('low')} to ${p.s('high')}): service-level terms do not apply`,
  'at_risk.missed': (p) =>
    `missed (${p.s('measured')} vs target ${p.s('target')}): pool ${p.s('poolPercent')} % x ${p.s('kpi')} ${p.s('kpiPercent')} % x at-risk ${money(p, 'atRiskCents')} = ${money(p, 'creditCents')}`,
  'at_risk.met': (p) => `met (${p.s('measured')} vs target ${p.s('target')}): no credit`,
  'at_risk.not_applied': () => 'not applied: no credit',
  'at_risk.basis': (p) =>
    segmentsOf(p)
      .map(
        (i) =>
          `${p.s(`percent${i}`)} % of fees ${money(p, `feesCents${i}`)} (${p.s(`from${i}`)} to ${p.s(`to${i}`)}) = ${money(p, `amountCents${i}`)}`,
      )
      .join('; '),
  'at_risk.no_pool': () => 'no at-risk pool this month',
  'earn_back.returned': (p) =>
    `${p.s('kpi')} met the earn-back target ${p.s('target')} in each of the ${p.s('months')} month(s) after ${p.s('missedIn')}: credit returned`,
  'earn_back.missed': (p) =>
    `${p.s('kpi')} ${p.s('value')} in ${p.s('month')} did not meet the earn-back target ${p.s('target')}: not earned back`,
  'earn_back.not_measured': (p) => `no measured ${p.s('kpi')} for ${p.s('month')}: not earned back`,
  'pro_rata.calendar_days': () =>
    'calendar days: the monthly fee and the monthly quantities are shared by days',
  'pro_rata.own_days': () => "the part's own days: its handled contacts and minutes from the daily actuals",
  'pro_rata.measured_days': () =>
    'measured days (force-majeure days left out): the bonus/malus is shared by days',
  'warning.month_mismatch': (p) =>
    `actuals.month is ${p.s('actualsMonth')} but the statement is for ${p.s('month')}: the actuals were used as given`,
  'warning.missing_quantity': (p) => `${actualsPath(p)} is missing: taken as 0`,
  'warning.minimum_not_applied': (p) =>
    `${actualsPath(p)} is missing: the minimum billing of "${p.s('label')}" was not applied`,
  'warning.force_majeure_not_excluded': (p) =>
    `force-majeure day ${p.s('day')} is not in actuals.excludedDays: the measured KPIs may include it`,
  'warning.no_forecast_band': (p) =>
    `actuals.forecastVolume is missing or 0: the ±${p.s('band')} % volume band could not be checked`,
  'source.volumes': (p) =>
    `volumes: handled contacts (answered, or transferred with an answer) of ${p.s('month')}, by channel`,
  'source.minutes': () => 'minutes: handle time of the handled contacts (talk + hold + wrap-up), in minutes',
  'source.kpis': (p) =>
    `kpis: the dashboards' figures of the month with the workspace's settings (service level: answered within ${p.s('thresholdSeconds')} s over ${p.s('variant')}; FCR over ${p.s('fcrDays')} days)`,
  'source.no_contacts': () => 'no stored contacts this month: no KPI measured',
  'source.inputs': (p) =>
    `${p
      .s('fields')
      .split(',')
      .map((f) => INPUT_NAMES_EN[f] ?? f)
      .join(', ')}: entered for the month (updated ${p.s('updatedAt')})`,
};

/** The monthly inputs as the sources line names them. */
const INPUT_NAMES_EN: Readonly<Record<string, string>> = {
  logged_in_hours: 'logged-in hours',
  productive_hours: 'productive hours',
  fte: 'FTE',
  outcomes: 'outcome counts',
  forecast_volume: 'forecast volume',
};
