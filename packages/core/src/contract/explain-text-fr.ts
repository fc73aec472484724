import { actualsPath, type Params, segmentsOf } from './explain-params.ts';
import type { ExplanationKey } from './explanation.ts';
import { CONTRACT_KPIS, type ContractKpi } from './kpi-catalog.ts';

const KPI_NAMES_FR: Readonly<Record<ContractKpi, string>> = {
  service_level: 'niveau de service',
  answer_rate: 'taux de décroché',
  abandon_rate: "taux d'abandon",
  asa: 'délai moyen de réponse',
  aht: 'durée moyenne de traitement',
  fcr: 'résolution au premier contact',
  nps: 'NPS',
  csat: 'satisfaction (CSAT)',
  conversion: 'taux de transformation',
  schedule_adherence: 'respect du planning',
};

const RULES_FR: Readonly<Record<string, string>> = {
  linear: 'linéaire',
  tiered: 'par paliers',
  points: 'à points',
};

/** Singular and plural of a point's unit. */
const POINTS_FR: Readonly<Record<string, readonly [string, string]>> = {
  percentage_point: ['point de pourcentage', 'points de pourcentage'],
  nps_point: ['point NPS', 'points NPS'],
  second: ['seconde', 'secondes'],
};

const FIELDS_FR: Readonly<Record<string, string>> = {
  minutes: 'minutes',
  loggedInHours: 'heures connectées',
  productiveHours: 'heures productives',
  fte: 'ETP',
  forecastVolume: 'volume prévu',
};

export interface FrenchFormat {
  money(cents: number): string;
  number(value: number): string;
  /** A share already in percent: 150 -> "150 %". */
  percent(value: number): string;
  kpiName(kpi: string): string;
  kpiValue(kpi: string, value: number): string;
  date(iso: string): string;
  month(yyyyMm: string): string;
}

const formats = new Map<string, FrenchFormat>();

export function frenchFormat(currency: string): FrenchFormat {
  const cached = formats.get(currency);
  if (cached) return cached;
  const money = new Intl.NumberFormat('fr-FR', { style: 'currency', currency });
  const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 6 });
  const ratio = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 2 });
  // Calendar days: formatted in UTC so no time zone can shift them.
  const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const day = (iso: string, format: Intl.DateTimeFormat) => {
    const d = new Date(`${iso}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? iso : format.format(d);
  };
  // French writes the first of the month as an ordinal: "1er mars 2026".
  const long = (iso: string) => day(iso, date).replace(/^1(\s)/, '1er$1');
  const format: FrenchFormat = {
    money: (cents) => money.format(cents / 100),
    number: (value) => number.format(value),
    percent: (value) => ratio.format(value / 100),
    kpiName: (kpi) => KPI_NAMES_FR[kpi as ContractKpi] ?? kpi,
    kpiValue: (kpi, value) => {
      const scale = CONTRACT_KPIS[kpi as ContractKpi]?.scale;
      if (scale === 'ratio') return ratio.format(value);
      if (scale === 'seconds') return `${number.format(value)}\u00a0s`;
      return number.format(value);
    },
    date: long,
    month: (yyyyMm) => day(`${yyyyMm}-01`, month),
  };
  formats.set(currency, format);
  return format;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const kv = (p: Params, f: FrenchFormat, name: string) => f.kpiValue(p.s('kpi'), p.n(name));
const frShare = (p: Params) =>
  p.has('measuredDays') ? ` ; × ${p.s('measuredDays')}/${p.s('ofDays')} jours mesurés` : '';
const frCap = (p: Params, f: FrenchFormat) =>
  p.s('cap') === 'capped'
    ? `, plafonné à ${f.money(p.n('capCents'))}`
    : ` (plafond de ${f.money(p.n('capCents'))} non atteint)`;
/** "palier 2 [80 % ; 85 %[": steps counted from 1, intervals written the French way. */
const frStep = (p: Params, f: FrenchFormat) =>
  `palier ${p.n('step') + 1} [${kv(p, f, 'from')} ; ${p.has('to') ? kv(p, f, 'to') : '+∞'}[`;
const frPoints = (p: Params, f: FrenchFormat) =>
  `${f.number(p.n('points'))} point${Math.abs(p.n('points')) >= 2 ? 's' : ''} × ${f.money(p.n('centsPerPoint'))} = ${f.money(p.n('amountCents'))}${frCap(p, f)}${frShare(p)}`;
const frField = (p: Params) => {
  const field = p.s('field');
  if (field === 'volumes') return `contacts traités du canal ${p.s('channel')}`;
  if (field === 'outcomes') return `résultats « ${p.s('outcome')} »`;
  if (field === 'forecastByChannel') return `volume prévu du canal ${p.s('channel')}`;
  return FIELDS_FR[field] ?? field;
};
const notReturned = 'pénalité non restituée';

/** The French sentence of each key, numbers, money and dates formatted the French way. */
export const FR: Record<ExplanationKey, (p: Params, f: FrenchFormat) => string> = {
  'kpi.no_rule': () => 'aucune règle de bonus ni de malus (cible seule)',
  'kpi.not_applied': (p) => RULES_FR[p.s('rule')] ?? p.s('rule'),
  'kpi.linear': (p, f) => {
    const points = p.n('points');
    const [one, many] = POINTS_FR[p.s('unit')] ?? [p.s('unit'), p.s('unit')];
    const side = p.n('measured') > p.n('target') ? 'au-dessus de' : 'en dessous de';
    return `linéaire : ${f.number(points)} ${Math.abs(points) >= 2 ? many : one} ${side} la cible de ${kv(p, f, 'target')} × ${f.money(p.n('rateCents'))} par point = ${f.money(p.n('amountCents'))}${frCap(p, f)}${frShare(p)}`;
  },
  'kpi.linear.on_target': (p, f) =>
    `linéaire : ${kv(p, f, 'measured')}, exactement la cible, donc ni bonus ni malus${frShare(p)}`,
  'kpi.tiered': (p, f) =>
    `par paliers : ${kv(p, f, 'measured')} est dans le ${frStep(p, f)}, donc ${f.money(p.n('amountCents'))}${frShare(p)}`,
  'kpi.tiered.no_step': (p, f) =>
    `par paliers : aucun palier ne couvre ${kv(p, f, 'measured')}, donc ni bonus ni malus${frShare(p)}`,
  'kpi.points': (p, f) => `à points : ${kv(p, f, 'measured')} est dans le ${frStep(p, f)}, ${frPoints(p, f)}`,
  'kpi.points.no_step': (p, f) =>
    `à points : ${kv(p, f, 'measured')} n'est dans aucun palier, ${frPoints(p, f)}`,
  'exclusion.force_majeure': (p, f) =>
    `tous les jours du ${f.date(p.s('from'))} au ${f.date(p.s('to'))} sont des jours de force majeure : rien à mesurer`,
  'exclusion.not_measured': (p, f) =>
    `aucune valeur mesurée de ${f.kpiName(p.s('kpi'))} (actuals.kpis.${p.s('kpi')}) : l'engagement n'est pas appliqué`,
  'exclusion.volume_band': (p, f) =>
    `volume réel de ${f.number(p.n('volume'))} contacts hors de la prévision de ${f.number(p.n('forecast'))} ± ${f.percent(p.n('band'))} (de ${f.number(p.n('low'))} à ${f.number(p.n('high'))}) : les engagements de niveau de service ne s'appliquent pas`,
  'at_risk.missed': (p, f) =>
    `manqué (${kv(p, f, 'measured')} pour une cible de ${kv(p, f, 'target')}) : allocation ${f.percent(p.n('poolPercent'))} × ${f.kpiName(p.s('kpi'))} ${f.percent(p.n('kpiPercent'))} × montant à risque ${f.money(p.n('atRiskCents'))} = ${f.money(p.n('creditCents'))}`,
  'at_risk.met': (p, f) =>
    `atteint (${kv(p, f, 'measured')} pour une cible de ${kv(p, f, 'target')}) : pas de pénalité`,
  'at_risk.not_applied': () => 'non appliqué : pas de pénalité',
  'at_risk.basis': (p, f) =>
    segmentsOf(p)
      .map(
        (i) =>
          `${f.percent(p.n(`percent${i}`))} des honoraires de ${f.money(p.n(`feesCents${i}`))} (du ${f.date(p.s(`from${i}`))} au ${f.date(p.s(`to${i}`))}) = ${f.money(p.n(`amountCents${i}`))}`,
      )
      .join(' ; '),
  'at_risk.no_pool': () => 'pas de montant à risque ce mois-ci',
  'earn_back.returned': (p, f) => {
    const months = p.n('months') === 1 ? 'le mois qui suit' : `chacun des ${p.s('months')} mois qui suivent`;
    return `${capitalized(f.kpiName(p.s('kpi')))} : cible de récupération de ${kv(p, f, 'target')} atteinte ${months} ${f.month(p.s('missedIn'))}, pénalité restituée`;
  },
  'earn_back.missed': (p, f) =>
    `${capitalized(f.kpiName(p.s('kpi')))} : ${kv(p, f, 'value')} en ${f.month(p.s('month'))}, cible de récupération de ${kv(p, f, 'target')} non atteinte, ${notReturned}`,
  'earn_back.not_measured': (p, f) =>
    `${capitalized(f.kpiName(p.s('kpi')))} : aucune mesure en ${f.month(p.s('month'))}, ${notReturned}`,
  'pro_rata.calendar_days': () =>
    'jours calendaires : le forfait mensuel et les quantités du mois sont répartis au prorata des jours',
  'pro_rata.own_days': () =>
    'les jours propres à la période : ses contacts traités et ses minutes, d’après les chiffres quotidiens',
  'pro_rata.measured_days': () =>
    'jours mesurés (jours de force majeure exclus) : le bonus ou le malus est réparti au prorata des jours',
  'warning.month_mismatch': (p, f) =>
    `les chiffres fournis sont ceux ${de(f.month(p.s('actualsMonth')))} mais le relevé porte sur ${f.month(p.s('month'))} : ils ont été utilisés tels quels`,
  'warning.missing_quantity': (p) =>
    `${capitalized(frField(p))} (${actualsPath(p)}) : valeur manquante, comptée comme 0`,
  'warning.minimum_not_applied': (p) =>
    `${capitalized(frField(p))} (${actualsPath(p)}) : valeur manquante, la facturation minimale de « ${p.s('label')} » n'a pas été appliquée`,
  'warning.force_majeure_not_excluded': (p, f) =>
    `le jour de force majeure du ${f.date(p.s('day'))} ne figure pas dans actuals.excludedDays : les KPI mesurés peuvent l'inclure`,
  'warning.no_forecast_band': (p, f) =>
    `volume prévu (actuals.forecastVolume) manquant ou nul : la marge de volume de ±${f.percent(p.n('band'))} n'a pas pu être vérifiée`,
  'source.volumes': (p, f) =>
    `volumes : contacts traités (décrochés, ou transférés après décroché) ${de(f.month(p.s('month')))}, par canal`,
  'source.minutes': () =>
    'minutes : durée de traitement des contacts traités (conversation + attente + post-appel), en minutes',
  'source.kpis': (p) =>
    `indicateurs : les chiffres du mois des tableaux de bord, avec les réglages de l'espace (niveau de service : décrochés en ${p.s('thresholdSeconds')} s ${SL_VARIANTS_FR[p.s('variant')] ?? p.s('variant')} ; résolution au premier contact sur ${p.s('fcrDays')} jours)`,
  'source.no_contacts': () => 'aucun contact enregistré ce mois-ci : aucun indicateur mesuré',
  'source.inputs': (p, f) =>
    `${capitalized(
      p
        .s('fields')
        .split(',')
        .map((x) => INPUT_NAMES_FR[x] ?? x)
        .join(', '),
    )} : saisis pour le mois (mis à jour le ${f.date(p.s('updatedAt').slice(0, 10))})`,
};

/** "de mai 2026", "d’octobre 2026": the elision French writes before a vowel. */
const de = (text: string) => (/^[aeiouyàâéèêîôh]/i.test(text) ? `d’${text}` : `de ${text}`);

/** The service-level denominators of the workspace's settings (kpi/options.ts). */
const SL_VARIANTS_FR: Readonly<Record<string, string>> = {
  offered: 'sur les appels proposés',
  answered: 'sur les appels décrochés',
  'answered-and-late-abandons': 'sur les appels décrochés et les abandons tardifs',
};

const INPUT_NAMES_FR: Readonly<Record<string, string>> = {
  logged_in_hours: 'heures connectées',
  productive_hours: 'heures productives',
  fte: 'ETP',
  outcomes: 'nombres de résultats',
  forecast_volume: 'volume prévu',
};
