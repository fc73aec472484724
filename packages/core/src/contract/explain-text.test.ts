import { describe, expect, it } from 'vitest';
import exampleActuals from '../../../../docs/examples/actuals-2026-10.json';
import exampleContract from '../../../../docs/examples/contract-nearshore.json';
import type { Actuals } from './actuals.ts';
import { computeStatement } from './compute-statement.ts';
import type { AtRisk } from './contract.ts';
import { explanationText, said } from './explain-text.ts';
import { EXPLANATION_KEYS, type Explanation, explain } from './explanation.ts';
import type { Statement } from './statement.ts';
import { actuals, contractInput, phase, validContract } from './test-helpers.ts';
import { validateActuals, validateContract } from './validate-contract.ts';

/** Every explanation of a statement (each beside an English text, written from it). */
function explained(s: Statement): Explanation[] {
  expect(s.warningsExplained).toHaveLength(s.warnings.length);
  const all = [...s.warningsExplained];
  for (const l of s.lines) if (l.proRata) all.push(l.proRata.basisExplained);
  for (const k of s.kpis) {
    all.push(k.ruleExplained);
    if (k.proRata) all.push(k.proRata.basisExplained);
    expect(k.excludedExplained === undefined).toBe(k.excluded === undefined);
    if (k.excludedExplained) all.push(k.excludedExplained);
  }
  if (s.atRisk) {
    all.push(s.atRisk.basisExplained);
    for (const c of s.atRisk.credits) {
      all.push(c.formulaExplained);
      expect(c.excludedExplained === undefined).toBe(c.excluded === undefined);
      if (c.excludedExplained) all.push(c.excludedExplained);
    }
    for (const e of s.atRisk.earnBack) all.push(e.reasonExplained);
  }
  return all;
}

/** Spaces as a reader sees them: French puts no-break spaces in numbers and before ":". */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const linear = { kind: 'linear' as const, centsPerPoint: 10_000, capCents: 50_000 };
const FEE = { kind: 'fixed_fee' as const, amountCents: 10_000_000 };

function workedExample(): Statement {
  const a = validateActuals(exampleActuals);
  if (!a.ok) throw new Error('bad actuals');
  const c = validateContract(exampleContract);
  if (!c.ok) throw new Error('bad contract');
  return computeStatement(c.value, '2026-10', a.value);
}

/** Every rule kind, on target, capped, uncapped, outside the steps, not measured, without rule. */
function rulesStatement(): Statement {
  const contract = validContract(
    contractInput([
      phase({
        priceLines: [FEE],
        kpiTerms: [
          {
            kpi: 'service_level',
            target: 0.8,
            rule: {
              kind: 'tiered',
              steps: [
                { from: 0, to: 0.7, amountCents: -50_000 },
                { from: 0.7, to: 0.8, amountCents: 0 },
                { from: 0.8, to: null, amountCents: 30_000 },
              ],
            },
          },
          {
            kpi: 'fcr',
            target: 0.7,
            rule: { kind: 'tiered', steps: [{ from: 0.9, to: null, amountCents: 1 }] },
          },
          {
            kpi: 'csat',
            target: 0.85,
            rule: {
              kind: 'points',
              steps: [
                { from: 0, to: 0.8, points: -2 },
                { from: 0.8, to: 0.9, points: 1 },
                { from: 0.9, to: null, points: 3 },
              ],
              centsPerPoint: 20_000,
              capCents: 50_000,
            },
          },
          {
            kpi: 'conversion',
            target: 0.1,
            rule: {
              kind: 'points',
              steps: [{ from: 0.5, to: 1, points: 1 }],
              centsPerPoint: 100,
              capCents: 900,
            },
          },
          { kpi: 'aht', target: 300, rule: { kind: 'linear', centsPerPoint: 100, capCents: 5_000 } },
          { kpi: 'abandon_rate', target: 0.05, rule: linear },
          { kpi: 'nps', target: 30, rule: linear },
          { kpi: 'asa', target: 20, rule: linear },
          { kpi: 'schedule_adherence', target: 0.9 },
        ],
      }),
    ]),
  );
  return computeStatement(
    contract,
    '2026-01',
    actuals('2026-01', {
      kpis: {
        service_level: 0.83,
        fcr: 0.5,
        csat: 0.95,
        conversion: 0.05,
        aht: 312,
        abandon_rate: 0.0533,
        nps: 30,
        schedule_adherence: 0.95,
      },
    }),
  );
}

/** Missing inputs: every kind of warning, the month of the actuals included. */
function missingInputsStatement(): Statement {
  const contract = validContract(
    contractInput([
      phase({
        priceLines: [
          { kind: 'per_logged_in_hour', label: 'Heures connectées', unitPriceCents: 2_000 },
          { kind: 'per_fte', label: 'ETP', unitPriceCents: 300_000 },
          { kind: 'per_minute', label: 'Minutes', unitPriceCents: 50 },
          { kind: 'per_outcome', label: 'Ventes', outcome: 'sale', unitPriceCents: 1_000 },
          { kind: 'per_contact', label: 'Chats', channel: 'chat', unitPriceCents: 300 },
          {
            kind: 'per_contact',
            label: 'Appels traités',
            channel: 'phone',
            unitPriceCents: 400,
            minimumPercentOfForecast: 90,
          },
          { kind: 'per_contact', label: 'Contacts', unitPriceCents: 100, minimumPercentOfForecast: 80 },
        ],
        kpiTerms: [{ kpi: 'service_level', target: 0.8, rule: linear }],
        exclusions: { volumeBandPercent: 10, forceMajeureDays: ['2026-01-10'] },
      }),
    ]),
  );
  return computeStatement(
    contract,
    '2026-01',
    actuals('2025-12', { volumes: { phone: 900 }, kpis: { service_level: 0.812345 } }),
  );
}

const pool = (overrides: Partial<AtRisk> = {}): AtRisk => ({
  percentOfInvoice: 10,
  poolAllocationPercent: 50,
  kpiAllocationPercent: { service_level: 40, csat: 60 },
  ...overrides,
});
const slCsat = [
  { kpi: 'service_level' as const, target: 0.8, rule: linear },
  { kpi: 'csat' as const, target: 0.85 },
];

/** Service level out of the volume band (KPI and credit excluded), csat met. */
function volumeBandStatement(): Statement {
  const contract = validContract(
    contractInput([
      phase({ priceLines: [FEE], kpiTerms: slCsat, atRisk: pool(), exclusions: { volumeBandPercent: 7 } }),
    ]),
  );
  return computeStatement(
    contract,
    '2026-01',
    actuals('2026-01', {
      volumes: { phone: 8_500 },
      forecastVolume: 10_001,
      kpis: { service_level: 0.7, csat: 0.9 },
    }),
  );
}

/** Pilot then run in March, each with a pool, force-majeure days: shares by days and two bases. */
function splitMonthStatement(): Statement {
  const days = ['2026-03-01', '2026-03-02'];
  const contract = validContract(
    contractInput([
      phase({
        kind: 'pilot',
        end: '2026-03-02',
        priceLines: [FEE],
        kpiTerms: slCsat,
        atRisk: pool(),
        exclusions: { forceMajeureDays: days },
      }),
      phase({
        kind: 'pilot',
        start: '2026-03-03',
        end: '2026-03-15',
        priceLines: [FEE],
        kpiTerms: slCsat,
        atRisk: pool({ poolAllocationPercent: 250 }),
      }),
      phase({ start: '2026-03-16', priceLines: [FEE], kpiTerms: slCsat, atRisk: pool() }),
    ]),
  );
  return computeStatement(
    contract,
    '2026-03',
    actuals('2026-03', { kpis: { service_level: 0.75, csat: 0.8 }, excludedDays: days }),
  );
}

/** A split month whose actuals have days: the parts bill their own days' contacts. */
function ownDaysStatement(): Statement {
  const contract = validContract(
    contractInput([
      phase({ kind: 'pilot', end: '2026-03-15', priceLines: [FEE] }),
      phase({ start: '2026-03-16', priceLines: [{ kind: 'per_contact', unitPriceCents: 300 }] }),
    ]),
  );
  const daily = { '2026-03-20': { volumes: { phone: 40 }, minutes: 100 } };
  return computeStatement(contract, '2026-03', actuals('2026-03', { volumes: { phone: 90 }, daily }));
}

/** Earn-back: returned, missed, not measured, and decided in a month without a pool of its own. */
function earnBackStatements(): Statement[] {
  const earnBack = { targets: { service_level: 0.85, csat: 0.9 }, months: 2 };
  const contract = validContract(
    contractInput([phase({ priceLines: [FEE], kpiTerms: slCsat, atRisk: pool({ earnBack }) })]),
  );
  const month = (m: string, kpis: Actuals['kpis']) => actuals(m, { kpis });
  const jan = month('2026-01', { service_level: 0.75, csat: 0.8 });
  const decided = computeStatement(
    contract,
    '2026-03',
    month('2026-03', { service_level: 0.87, csat: 0.95 }),
    {
      history: [jan, month('2026-02', { service_level: 0.86, csat: 0.88 })],
    },
  );
  const gap = computeStatement(contract, '2026-03', month('2026-03', { service_level: 0.9 }), {
    history: [jan],
  });
  const noPoolNow = validContract(
    contractInput([
      phase({
        kind: 'pilot',
        end: '2026-02-28',
        priceLines: [FEE],
        kpiTerms: slCsat,
        atRisk: pool({ earnBack }),
      }),
      phase({ start: '2026-03-01', priceLines: [FEE], kpiTerms: slCsat }),
    ]),
  );
  const later = computeStatement(noPoolNow, '2026-03', month('2026-03', { service_level: 0.9, csat: 0.95 }), {
    history: [jan, month('2026-02', { service_level: 0.9, csat: 0.95 })],
  });
  return [decided, gap, later];
}

const statements = () => [
  workedExample(),
  rulesStatement(),
  missingInputsStatement(),
  volumeBandStatement(),
  splitMonthStatement(),
  ...earnBackStatements(),
  ownDaysStatement(),
];

/** The keys a statement writes; the source.* ones are the server's data sources. */
const STATEMENT_KEYS = EXPLANATION_KEYS.filter((k) => !k.startsWith('source.'));

describe('explanationText', () => {
  it('is reached, every template of a statement, by the statements below', () => {
    const keys = new Set(statements().flatMap((s) => explained(s).map((e) => e.key)));
    expect([...keys].sort()).toEqual(STATEMENT_KEYS.sort());
  });

  it("writes the server's data sources in both languages", () => {
    const sources = [
      explain('source.volumes', { month: '2026-10' }),
      explain('source.minutes'),
      explain('source.kpis', { thresholdSeconds: 20, variant: 'offered', fcrDays: 7 }),
      explain('source.no_contacts'),
      explain('source.inputs', {
        fields: 'logged_in_hours,fte,forecast_volume',
        updatedAt: '2026-11-30T03:53:41.191Z',
      }),
    ];
    expect(sources.map((e) => explanationText(e, 'en'))).toEqual([
      'volumes: handled contacts (answered, or transferred with an answer) of 2026-10, by channel',
      'minutes: handle time of the handled contacts (talk + hold + wrap-up), in minutes',
      "kpis: the dashboards' figures of the month with the workspace's settings (service level: answered within 20 s over offered; FCR over 7 days)",
      'no stored contacts this month: no KPI measured',
      'logged-in hours, FTE, forecast volume: entered for the month (updated 2026-11-30T03:53:41.191Z)',
    ]);
    const fr = sources.map((e) => plain(explanationText(e, 'fr')));
    expect(fr[0]).toBe(
      'volumes : contacts traités (décrochés, ou transférés après décroché) d’octobre 2026, par canal',
    );
    expect(plain(explanationText(explain('source.volumes', { month: '2026-05' }), 'fr'))).toContain(
      'de mai 2026',
    );
    expect(fr[2]).toContain('décrochés en 20 s sur les appels proposés');
    expect(fr[4]).toBe(
      'Heures connectées, ETP, volume prévu : saisis pour le mois (mis à jour le 30 novembre 2026)',
    );
  });

  it('writes English with raw numbers and money without a currency sign', () => {
    const en = (e: Explanation) => explanationText(e, 'en');
    const linear = {
      kpi: 'service_level',
      measured: 0.87,
      target: 0.8,
      points: 7,
      unit: 'percentage_point',
      direction: 'better',
      rateCents: 10_000,
      amountCents: 70_000,
      capCents: 50_000,
    };
    expect(en(explain('kpi.linear', { ...linear, cap: 'capped' }))).toBe(
      'linear: 7 percentage point(s) better than the target 0.8 x 100.00 per point = 700.00, capped at 500.00',
    );
    expect(
      en(
        explain('kpi.linear', {
          ...linear,
          capCents: 500_000,
          cap: 'not_reached',
          measuredDays: 15,
          ofDays: 31,
        }),
      ),
    ).toBe(
      'linear: 7 percentage point(s) better than the target 0.8 x 100.00 per point = 700.00 (cap 5,000.00 not reached); x 15/31 measured days',
    );
    const step = { kpi: 'service_level', measured: 0.75, step: 1, from: 0.7, amountCents: -123_456 };
    expect(en(explain('kpi.tiered', { ...step, to: 0.8 }))).toBe(
      'tiered: 0.75 is in steps[1] [0.7, 0.8), so -1,234.56',
    );
    expect(en(explain('kpi.tiered', { ...step, to: undefined }))).toBe(
      'tiered: 0.75 is in steps[1] [0.7, ∞), so -1,234.56',
    );
    expect(
      en(
        explain('kpi.points.no_step', {
          kpi: 'conversion',
          measured: 0.05,
          points: 0,
          centsPerPoint: 100,
          amountCents: 0,
          capCents: 900,
          cap: 'not_reached',
        }),
      ),
    ).toBe('points: 0.05 is in no step, 0 points x 1.00 = 0.00 (cap 9.00 not reached)');
    expect(
      en(
        explain('at_risk.basis', {
          segments: 2,
          ...{
            percent1: 10,
            feesCents1: 645_161,
            from1: '2026-03-01',
            to1: '2026-03-02',
            amountCents1: 64_516,
          },
          ...{ percent2: 5, feesCents2: 100, from2: '2026-03-03', to2: '2026-03-31', amountCents2: 5 },
        }),
      ),
    ).toBe(
      '10 % of fees 6,451.61 (2026-03-01 to 2026-03-02) = 645.16; 5 % of fees 1.00 (2026-03-03 to 2026-03-31) = 0.05',
    );
    expect(
      en(
        explain('exclusion.volume_band', {
          volume: 8500,
          forecast: 10_001,
          band: 7,
          low: 9300.93,
          high: 10701.07,
        }),
      ),
    ).toBe(
      'actual volume 8500 (actuals.volumes) is outside the forecast 10001 ± 7 % (9300.93 to 10701.07): service-level terms do not apply',
    );
    expect(
      en(explain('earn_back.returned', { kpi: 'csat', target: 0.9, months: 2, missedIn: '2026-01' })),
    ).toBe('csat met the earn-back target 0.9 in each of the 2 month(s) after 2026-01: credit returned');
    expect(en(explain('warning.missing_quantity', { field: 'fte' }))).toBe(
      'actuals.fte is missing: taken as 0',
    );
    expect(en(explain('warning.missing_quantity', { field: 'volumes', channel: 'chat' }))).toBe(
      'actuals.volumes.chat is missing: taken as 0',
    );
    expect(en(explain('warning.missing_quantity', { field: 'outcomes', outcome: 'sale' }))).toBe(
      'actuals.outcomes.sale is missing: taken as 0',
    );
    expect(
      en(
        explain('warning.minimum_not_applied', {
          field: 'forecastByChannel',
          channel: 'phone',
          label: 'Calls',
        }),
      ),
    ).toBe('actuals.forecastByChannel.phone is missing: the minimum billing of "Calls" was not applied');
  });

  it('says an explanation and its English text together', () => {
    expect(said('earn_back.not_measured', { kpi: 'fcr', month: '2026-02', none: undefined })).toEqual({
      explained: { key: 'earn_back.not_measured', params: { kpi: 'fcr', month: '2026-02' } },
      text: 'no measured fcr for 2026-02: not earned back',
    });
  });

  it('writes the worked example in French, money in euros and ratios as percentages', () => {
    const s = workedExample();
    const fr = (e: Explanation) => plain(explanationText(e, 'fr', s.currency));
    expect(fr(s.kpis[0]?.ruleExplained as Explanation)).toBe(
      'linéaire : 3 points de pourcentage au-dessus de la cible de 80 % × 500,00 € par point = 1 500,00 € (plafond de 5 000,00 € non atteint) ; × 15/31 jours mesurés',
    );
    expect(fr(s.kpis[1]?.ruleExplained as Explanation)).toBe(
      'aucune règle de bonus ni de malus (cible seule)',
    );
    const atRisk = s.atRisk;
    if (!atRisk) throw new Error('no at-risk pool');
    expect(fr(atRisk.basisExplained)).toBe(
      '10 % des honoraires de 89 216,77 € (du 16 octobre 2026 au 31 octobre 2026) = 8 921,68 €',
    );
    expect(atRisk.credits.map((c) => fr(c.formulaExplained))).toEqual([
      'manqué (90 % pour une cible de 92 %) : allocation 150 % × taux de décroché 40 % × montant à risque 8 921,68 € = 5 353,01 €',
      'atteint (78 % pour une cible de 75 %) : pas de pénalité',
      'manqué (17 pour une cible de 20) : allocation 150 % × NPS 30 % × montant à risque 8 921,68 € = 4 014,76 €',
    ]);
    expect(fr(s.lines[0]?.proRata?.basisExplained as Explanation)).toContain('jours calendaires');
  });

  it('leaves no English word of the templates in French', () => {
    const english =
      /\b(linear|tiered|step|steps|missed|met|target|pool|credit|no credit|at-risk|fees|cap|capped|reached|better|worse|than|is in|covers|so|missing|taken as|not applied|measured|days?|month|forecast|volume band|service-level|earn-back|returned|earned|warning|every|nothing|vs)\b/i;
    const seen = new Set<string>();
    for (const s of statements()) {
      for (const e of explained(s)) {
        const text = explanationText(e, 'fr', s.currency);
        // Paths into the actuals (actuals.kpis.asa...) are names of fields, not English prose.
        expect(text.replace(/actuals(\.[A-Za-z_]+)+/g, '')).not.toMatch(english);
        expect(text).not.toMatch(/ [:;]/); // no-break space before French colons
        seen.add(e.key);
      }
    }
    expect(seen.size).toBe(STATEMENT_KEYS.length);
  });

  it('spot-checks the French of rules, exclusions, earn-back and warnings', () => {
    const [, rules, missing, band, split, decided, gap, later] = statements().map((s) =>
      explained(s).map((e) => plain(explanationText(e, 'fr', s.currency))),
    );
    expect(rules).toContain('par paliers : 83 % est dans le palier 3 [80 % ; +∞[, donc 300,00 €');
    expect(rules).toContain(
      'à points : 95 % est dans le palier 3 [90 % ; +∞[, 3 points × 200,00 € = 600,00 €, plafonné à 500,00 €',
    );
    expect(rules).toContain(
      'linéaire : 12 secondes au-dessus de la cible de 300 s × 1,00 € par point = -12,00 € (plafond de 50,00 € non atteint)',
    );
    expect(rules).toContain(
      'linéaire : 0,33 point de pourcentage au-dessus de la cible de 5 % × 100,00 € par point = -33,00 € (plafond de 500,00 € non atteint)',
    );
    expect(rules).toContain('linéaire : 30, exactement la cible, donc ni bonus ni malus');
    expect(rules).toContain(
      "aucune valeur mesurée de délai moyen de réponse (actuals.kpis.asa) : l'engagement n'est pas appliqué",
    );
    expect(missing).toContain(
      'les chiffres fournis sont ceux de décembre 2025 mais le relevé porte sur janvier 2026 : ils ont été utilisés tels quels',
    );
    expect(missing).toContain(
      'Heures connectées (actuals.loggedInHours) : valeur manquante, comptée comme 0',
    );
    expect(missing).toContain(
      'Contacts traités du canal chat (actuals.volumes.chat) : valeur manquante, comptée comme 0',
    );
    expect(missing).toContain(
      "Volume prévu du canal phone (actuals.forecastByChannel.phone) : valeur manquante, la facturation minimale de « Appels traités » n'a pas été appliquée",
    );
    expect(missing).toContain(
      "le jour de force majeure du 10 janvier 2026 ne figure pas dans actuals.excludedDays : les KPI mesurés peuvent l'inclure",
    );
    expect(
      band?.some((t) => t.startsWith('volume réel de 8 500 contacts hors de la prévision de 10 001 ± 7 %')),
    ).toBe(true);
    expect(band).toContain('non appliqué : pas de pénalité');
    expect(split).toContain(
      'tous les jours du 1er mars 2026 au 2 mars 2026 sont des jours de force majeure : rien à mesurer',
    );
    expect(split?.some((t) => t.endsWith('; × 13/29 jours mesurés'))).toBe(true);
    expect(decided).toContain(
      'Niveau de service : cible de récupération de 85 % atteinte chacun des 2 mois qui suivent janvier 2026, pénalité restituée',
    );
    expect(decided).toContain(
      'Satisfaction (CSAT) : 88 % en février 2026, cible de récupération de 90 % non atteinte, pénalité non restituée',
    );
    expect(gap).toContain('Niveau de service : aucune mesure en février 2026, pénalité non restituée');
    expect(later).toContain('pas de montant à risque ce mois-ci');
  });

  it('writes money in the statement currency, and an unknown key as it came', () => {
    const e: Explanation = { key: 'at_risk.not_applied', params: {} };
    expect(explanationText(e, 'fr')).toBe('non appliqué\u00a0: pas de pénalité');
    const missed: Explanation = {
      key: 'at_risk.missed',
      params: {
        kpi: 'fcr',
        measured: 0.7,
        target: 0.75,
        poolPercent: 100,
        kpiPercent: 50,
        atRiskCents: 123_456,
        creditCents: 61_728,
      },
    };
    expect(plain(explanationText(missed, 'fr', 'MAD'))).toContain('617,28 MAD');
    expect(explanationText(missed, 'en', 'MAD')).toContain('= 617.28');
    expect(explanationText({ key: 'kpi.someday', params: { a: 1 } }, 'fr')).toBe('kpi.someday {"a":1}');
    expect(explanationText({ key: 'toString', params: {} }, 'en')).toBe('toString {}');
  });
});
