import { addMonths, type ContractInput } from '@vigie/core';

/** The demo's vendors and activities, by key, as stored. */
export interface DemoIds {
  vendor(key: 'armor' | 'atlas' | 'tsiry'): string;
  activity(key: 'phone' | 'email' | 'sales' | 'callback'): string;
}

export interface DemoContractDates {
  /** first month of the demo's contacts, YYYY-MM: every contract starts on its first day */
  readonly firstMonth: string;
  /** month of the demo's last day of contacts (yesterday) */
  readonly lastMonth: string;
}

const run = (start: string) => ({ kind: 'run' as const, start, end: null });

/**
 * The three demo contracts, one per way of buying (DOMAIN.md, "Contract mechanics"):
 * - Armor (onshore) is paid per logged-in hour with a service-level bonus/malus; an amendment
 *   two months before the last raises its rate and its target;
 * - Atlas (nearshore) ran a pilot paid per hour that ends mid-month (the month is pro-rated),
 *   then is paid per handled contact with 10 % of the invoice at risk on answer rate, FCR and
 *   NPS, with earn-back;
 * - Tsiry (offshore) is paid per act, with tiered service-level steps that stop applying when
 *   volume leaves ±15 % of the forecast.
 */
export function demoContractDocuments(ids: DemoIds, dates: DemoContractDates): Omit<ContractInput, 'id'>[] {
  const start = `${dates.firstMonth}-01`;
  const amendedFrom = `${addMonths(dates.lastMonth, -2)}-01`;
  const pilotEnd = `${addMonths(dates.firstMonth, 2)}-15`;
  const armorTerms = (centsPerHour: number, target: number) => [
    {
      ...run(start),
      priceLines: [
        { kind: 'per_logged_in_hour' as const, label: 'Heures logguées', unitPriceCents: centsPerHour },
        { kind: 'fixed_fee' as const, label: 'Pilotage et reporting', amountCents: 250_000 },
      ],
      kpiTerms: [
        {
          kpi: 'service_level' as const,
          target,
          variant: '80/20 : décrochés en 20 s sur les appels proposés, abandons courts exclus',
          rule: { kind: 'linear' as const, centsPerPoint: 15_000, capCents: 300_000 },
        },
      ],
    },
  ];
  return [
    {
      name: 'Armor Contact — service client 2026',
      vendorId: ids.vendor('armor'),
      activities: [ids.activity('phone'), ids.activity('sales'), ids.activity('callback')],
      start,
      end: null,
      noticeDays: 90,
      exitConditions:
        'Réversibilité de 3 mois : transfert des bases de connaissance et formation des équipes reprenantes.',
      currency: 'EUR',
      versions: [
        { effectiveFrom: start, reason: 'Contrat signé', phases: armorTerms(3150, 0.74) },
        {
          effectiveFrom: amendedFrom,
          reason: 'Avenant n° 1 : indexation Syntec (+2,1 %) et cible de niveau de service relevée à 75 %',
          phases: armorTerms(3216, 0.75),
        },
      ],
    },
    {
      name: 'Atlas Relation Client — pilote puis run',
      vendorId: ids.vendor('atlas'),
      activities: [ids.activity('phone'), ids.activity('email'), ids.activity('sales')],
      start,
      end: null,
      noticeDays: 60,
      currency: 'EUR',
      versions: [
        {
          effectiveFrom: start,
          reason: 'Contrat signé : pilote de dix semaines pour calibrer les indicateurs',
          phases: [
            {
              kind: 'pilot',
              start,
              end: pilotEnd,
              priceLines: [
                { kind: 'per_logged_in_hour', label: 'Heures logguées (pilote)', unitPriceCents: 2150 },
              ],
              kpiTerms: [
                { kpi: 'answer_rate', target: 0.88 },
                { kpi: 'fcr', target: 0.65 },
                { kpi: 'nps', target: 10 },
              ],
            },
            {
              kind: 'run',
              start: addDay(pilotEnd),
              end: null,
              priceLines: [
                { kind: 'per_contact', label: 'Appels traités', channel: 'phone', unitPriceCents: 420 },
                { kind: 'per_contact', label: 'E-mails traités', channel: 'email', unitPriceCents: 310 },
              ],
              kpiTerms: [
                { kpi: 'answer_rate', target: 0.9 },
                { kpi: 'fcr', target: 0.85 },
                { kpi: 'nps', target: 8 },
              ],
              atRisk: {
                percentOfInvoice: 10,
                poolAllocationPercent: 150,
                kpiAllocationPercent: { answer_rate: 40, fcr: 30, nps: 30 },
                earnBack: { targets: { answer_rate: 0.92, fcr: 0.87, nps: 10 }, months: 2 },
              },
            },
          ],
        },
      ],
    },
    {
      name: 'Tsiry Services — à l’acte',
      vendorId: ids.vendor('tsiry'),
      activities: [ids.activity('phone'), ids.activity('email')],
      start,
      end: null,
      noticeDays: 90,
      currency: 'EUR',
      versions: [
        {
          effectiveFrom: start,
          reason: 'Contrat signé',
          phases: [
            {
              ...run(start),
              priceLines: [
                { kind: 'per_contact', label: 'Appels traités', channel: 'phone', unitPriceCents: 260 },
                { kind: 'per_contact', label: 'E-mails traités', channel: 'email', unitPriceCents: 190 },
              ],
              kpiTerms: [
                {
                  kpi: 'service_level',
                  target: 0.77,
                  rule: {
                    kind: 'tiered',
                    steps: [
                      { from: 0, to: 0.7, amountCents: -200_000 },
                      { from: 0.7, to: 0.77, amountCents: -80_000 },
                      { from: 0.77, to: 0.85, amountCents: 0 },
                      { from: 0.85, to: null, amountCents: 60_000 },
                    ],
                  },
                },
                {
                  kpi: 'answer_rate',
                  target: 0.85,
                  rule: {
                    kind: 'linear',
                    bonusCentsPerPoint: 0,
                    malusCentsPerPoint: 10_000,
                    capCents: 150_000,
                  },
                },
              ],
              exclusions: { volumeBandPercent: 15, forceMajeureDays: [] },
            },
          ],
        },
      ],
    },
  ];
}

function addDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
