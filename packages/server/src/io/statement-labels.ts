import type { ContractKpi, Explanation, Statement, StatementLine } from '@vigie/core';

/** The languages the statement documents are written in; French first. */
export type StatementLang = 'fr' | 'en';

/** What the XLSX and PDF exports of a monthly statement are made from. */
export interface StatementDocumentInput {
  readonly statement: Statement;
  readonly lang: StatementLang;
  readonly workspaceName: string;
  readonly vendorName: string;
  readonly contractName: string;
  /** Where the actuals came from: text as given (a file's name), or a sentence as data. */
  readonly sources?: readonly (string | Explanation)[];
}

const FR = {
  title: 'Relevé mensuel',
  sheet: 'Relevé',
  linesSheet: 'Lignes',
  workspace: 'Espace',
  vendor: 'Prestataire',
  contract: 'Contrat',
  month: 'Mois',
  currency: 'Devise',
  termsInForce: 'Conditions en vigueur',
  uncoveredDays: 'Jours hors contrat',
  fees: 'Prestations',
  kpis: 'Bonus et malus',
  credits: 'Crédits sur le montant à risque',
  earnBack: 'Restitution (earn-back)',
  totals: 'Totaux',
  rounding: "Méthode d'arrondi",
  warnings: 'Avertissements',
  sources: 'Sources des données',
  label: 'Libellé',
  phase: 'Phase',
  quantity: 'Quantité',
  unit: 'Unité',
  unitPrice: 'Prix unitaire',
  amount: 'Montant',
  source: 'Source',
  kpi: 'Indicateur',
  measured: 'Mesuré',
  target: 'Cible',
  rule: 'Règle et calcul',
  bonusMalus: 'Bonus / malus',
  excluded: 'Exclusion',
  allocation: 'Allocation',
  credit: 'Crédit',
  applied: 'Appliqué',
  working: 'Calcul',
  missedIn: 'Manqué en',
  measuredMonths: 'Mesures suivantes',
  returned: 'Restitué',
  reason: 'Motif',
  atRiskAmount: 'Montant à risque',
  capped: 'Crédits plafonnés au montant à risque',
  bonus: 'Bonus',
  malus: 'Malus',
  total: 'Total à payer',
  noWarnings: 'Aucun avertissement',
  pilot: 'Pilote',
  run: 'Run',
  versionOf: 'version du',
  dayUnit: 'j',
  // French puts a (no-break) space before the colon.
  colon: '\u00a0: ',
  notMeasured: 'non mesuré',
  roundingText: 'au demi supérieur (en s’éloignant de zéro), au centime, ligne par ligne',
  generatedBy: 'Calculé par Vigie — arrondi\u00a0: ',
  parts: {
    baseline: 'socle',
    above_baseline: 'au-delà du socle',
    below_baseline: 'en deçà du socle',
    minimum_top_up: 'complément au minimum',
  },
  units: {
    month: 'mois',
    hour: 'heure',
    'FTE-month': 'ETP-mois',
    minute: 'minute',
    contact: 'contact',
  } as Readonly<Record<string, string>>,
  kpiNames: {
    service_level: 'Niveau de service',
    answer_rate: 'Taux de décroché',
    abandon_rate: "Taux d'abandon",
    asa: 'Délai moyen de réponse',
    aht: 'Durée moyenne de traitement',
    fcr: 'Résolution au premier contact',
    nps: 'NPS',
    csat: 'Satisfaction (CSAT)',
    conversion: 'Taux de transformation',
    schedule_adherence: 'Respect du planning',
  } satisfies Record<ContractKpi, string>,
};

/** Every word of a statement document; the English set must have the French set's keys. */
export type StatementWords = typeof FR;

const EN: StatementWords = {
  title: 'Monthly statement',
  sheet: 'Statement',
  linesSheet: 'Lines',
  workspace: 'Workspace',
  vendor: 'Vendor',
  contract: 'Contract',
  month: 'Month',
  currency: 'Currency',
  termsInForce: 'Terms in force',
  uncoveredDays: 'Days outside the contract',
  fees: 'Fees',
  kpis: 'KPI bonus and malus',
  credits: 'At-risk credits',
  earnBack: 'Earn-back',
  totals: 'Totals',
  rounding: 'Rounding',
  warnings: 'Warnings',
  sources: 'Data sources',
  label: 'Label',
  phase: 'Phase',
  quantity: 'Quantity',
  unit: 'Unit',
  unitPrice: 'Unit price',
  amount: 'Amount',
  source: 'Source',
  kpi: 'KPI',
  measured: 'Measured',
  target: 'Target',
  rule: 'Rule and working',
  bonusMalus: 'Bonus / malus',
  excluded: 'Excluded because',
  allocation: 'Allocation',
  credit: 'Credit',
  applied: 'Applied',
  working: 'Working',
  missedIn: 'Missed in',
  measuredMonths: 'Following months',
  returned: 'Returned',
  reason: 'Reason',
  atRiskAmount: 'At-risk amount',
  capped: 'Credits capped at the at-risk amount',
  bonus: 'Bonus',
  malus: 'Malus',
  total: 'Total due',
  noWarnings: 'No warnings',
  pilot: 'Pilot',
  run: 'Run',
  versionOf: 'version of',
  dayUnit: 'd',
  colon: ': ',
  notMeasured: 'not measured',
  roundingText: 'half-up (away from zero) to the cent, line by line',
  generatedBy: 'Computed by Vigie — rounding: ',
  parts: {
    baseline: 'baseline',
    above_baseline: 'above baseline',
    below_baseline: 'below baseline',
    minimum_top_up: 'minimum top-up',
  },
  units: {},
  kpiNames: {
    service_level: 'Service level',
    answer_rate: 'Answer rate',
    abandon_rate: 'Abandon rate',
    asa: 'Average speed of answer',
    aht: 'Average handle time',
    fcr: 'First-contact resolution',
    nps: 'NPS',
    csat: 'CSAT',
    conversion: 'Conversion rate',
    schedule_adherence: 'Schedule adherence',
  },
};

/** The words of a statement document in `lang`. */
export function statementWords(lang: StatementLang): StatementWords {
  return lang === 'fr' ? FR : EN;
}

/** A line's label with the part of an anchored or minimum-billed line it is, in `words`' language. */
export function lineLabel(line: StatementLine, words: StatementWords): string {
  return line.part ? `${line.label} (${words.parts[line.part]})` : line.label;
}

/** Core names units in English; outcome codes and unknown units are shown as they are. */
export function unitName(unit: string, words: StatementWords): string {
  return words.units[unit] ?? unit;
}
