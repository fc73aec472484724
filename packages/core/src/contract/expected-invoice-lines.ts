import type { ExpectedInvoiceLine } from './invoice.ts';
import type { ContractKpi } from './kpi-catalog.ts';
import { formatCents, type Statement, type StatementLine } from './statement.ts';

/** What evaluate-kpis.ts writes for a term without a rule: such a term has no invoice line. */

const KPI_LABELS: Record<ContractKpi, string> = {
  service_level: 'Service level',
  answer_rate: 'Answer rate',
  abandon_rate: 'Abandon rate',
  asa: 'ASA',
  aht: 'AHT',
  fcr: 'FCR',
  nps: 'NPS',
  csat: 'CSAT',
  conversion: 'Conversion',
  schedule_adherence: 'Schedule adherence',
};

/** A line before its code is made unique; `tags` tell apart lines sharing a base code, in order of preference. */
interface Draft extends Omit<ExpectedInvoiceLine, 'code'> {
  readonly base: string;
  readonly tags: readonly string[];
}

/**
 * The lines the vendor's invoice for the statement's month should hold, in the statement's
 * order: one per price line (`fee:<kind>[:<channel>|:<outcome>][:<part>]`), one per KPI term
 * with a bonus/malus rule (`kpi:<kpi>`, even at 0, so the vendor states the result), one per
 * applied at-risk credit (`credit:<kpi>`, negative) and one per credit earned back
 * (`earn_back:<kpi>`). A code met twice in the month (a month split between a pilot and a run,
 * or between two versions) gets `@<phase>`, else `@<versionEffectiveFrom>` (earn-back:
 * `@<missedIn>`), whichever alone tells the lines apart; lines still alike get `#1`, `#2`...
 * Codes depend only on the statement, so the template handed out and the file read back agree.
 */
export function expectedInvoiceLines(statement: Statement): ExpectedInvoiceLine[] {
  const drafts: Draft[] = [
    ...statement.lines.map(feeDraft),
    ...statement.kpis
      .filter((k) => k.hasRule)
      .map(
        (k): Draft => ({
          base: `kpi:${k.kpi}`,
          tags: [k.phase, k.versionEffectiveFrom],
          kind: 'bonus_malus',
          label: `${KPI_LABELS[k.kpi]} bonus/malus`,
          ...noQuantity,
          amountCents: k.bonusMalusCents,
          source: k.excluded ? `not applied: ${k.excluded}` : `${k.input}; ${k.rule}`,
        }),
      ),
    ...(statement.atRisk?.credits ?? [])
      .filter((c) => c.appliedCents > 0)
      .map(
        (c): Draft => ({
          base: `credit:${c.kpi}`,
          tags: [c.phase, c.versionEffectiveFrom],
          kind: 'credit',
          label: `${KPI_LABELS[c.kpi]} at-risk credit`,
          ...noQuantity,
          amountCents: -c.appliedCents,
          // the formula gives the credit before the month's cap; say when the cap cut it
          source:
            c.appliedCents === c.creditCents
              ? c.formula
              : `${c.formula}; after the month's cap: ${formatCents(c.appliedCents)}`,
        }),
      ),
    ...(statement.atRisk?.earnBack ?? [])
      .filter((e) => e.returnedCents > 0)
      .map(
        (e): Draft => ({
          base: `earn_back:${e.kpi}`,
          tags: [e.missedIn],
          kind: 'earn_back',
          label: `${KPI_LABELS[e.kpi]} earn-back of the ${e.missedIn} credit`,
          ...noQuantity,
          amountCents: e.returnedCents,
          source: e.reason,
        }),
      ),
  ];
  const codes = uniqueCodes(drafts);
  return drafts.map(({ base, tags: _tags, ...line }, i) => ({ code: codes[i] ?? base, ...line }));
}

const noQuantity = { quantity: null, unit: null, unitPriceCents: null } as const;

function feeDraft(line: StatementLine): Draft {
  const scope = line.channel ?? line.outcome;
  const base = ['fee', line.kind, ...(scope === undefined ? [] : [scope]), ...(line.part ? [line.part] : [])];
  const p = line.proRata;
  return {
    base: base.join(':'),
    tags: [line.phase, line.versionEffectiveFrom],
    kind: 'fee',
    label: line.label,
    quantity: line.quantity,
    unit: line.unit,
    unitPriceCents: line.unitPriceCents,
    amountCents: line.amountCents,
    // the pro rata explains why the quantity is not the input read
    source: p ? `${line.input}; x ${p.days}/${p.ofDays} days (${p.from} to ${p.to})` : line.input,
  };
}

/** Base codes, suffixed where two drafts share one (see expectedInvoiceLines). */
function uniqueCodes(drafts: readonly Draft[]): string[] {
  const codes = drafts.map((d) => d.base);
  const groups = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    groups.set(d.base, [...(groups.get(d.base) ?? []), i]);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const tagsOf = (t: number) => members.map((i) => drafts[i]?.tags[t] ?? '');
    const width = Math.max(...members.map((i) => drafts[i]?.tags.length ?? 0));
    const tagIndexes = Array.from({ length: width }, (_, t) => t);
    const single = tagIndexes.find((t) => new Set(tagsOf(t)).size === members.length);
    // no single tag tells them apart: use every tag that varies, then number what is still alike
    const used = single === undefined ? tagIndexes.filter((t) => new Set(tagsOf(t)).size > 1) : [single];
    const suffixed = members.map(
      (i) => `${drafts[i]?.base}${used.map((t) => `@${drafts[i]?.tags[t]}`).join('')}`,
    );
    const total = new Map<string, number>();
    for (const s of suffixed) total.set(s, (total.get(s) ?? 0) + 1);
    const seen = new Map<string, number>();
    suffixed.forEach((s, k) => {
      const n = (seen.get(s) ?? 0) + 1;
      seen.set(s, n);
      codes[members[k] as number] = (total.get(s) ?? 0) > 1 ? `${s}#${n}` : s;
    });
  }
  return codes;
}

/**
 * English CSV: commas and decimal points. French CSV is what French spreadsheets open as
 * columns: semicolons, decimal commas, French headers (the invoice reader takes both).
 */
const CSV_STYLE = {
  en: {
    header: ['code', 'label', 'quantity', 'unit_price', 'amount', 'currency'],
    separator: ',',
    decimal: '.',
  },
  fr: {
    header: ['code', 'libellé', 'quantité', 'prix_unitaire', 'montant', 'devise'],
    separator: ';',
    decimal: ',',
  },
} as const;

/**
 * The invoice template a vendor fills: one row per expected line, pre-filled with the
 * statement's figures, amounts in currency units (`-500.00`, `-500,00` in French), quantities
 * as plain numbers, RFC 4180 quoting and CRLF line ends. The vendor's file is read back on its
 * `code` column.
 */
export function invoiceTemplateCsv(
  lines: readonly ExpectedInvoiceLine[],
  currency: string,
  lang: 'fr' | 'en' = 'en',
): string {
  const style = CSV_STYLE[lang];
  const decimal = (text: string) => text.replace('.', style.decimal);
  const rows = lines.map((l) =>
    [
      l.code,
      l.label,
      l.quantity === null ? '' : decimal(plainNumber(l.quantity)),
      l.unitPriceCents === null ? '' : decimal(centsAsUnits(l.unitPriceCents)),
      decimal(centsAsUnits(l.amountCents)),
      currency,
    ]
      .map((field) => csvField(field, style.separator))
      .join(style.separator),
  );
  return [style.header.join(style.separator), ...rows].map((r) => `${r}\r\n`).join('');
}

/** -50000 -> "-500.00": no thousands separator, so any spreadsheet reads it as a number. */
export function centsAsUnits(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A quantity without exponent notation (statement quantities carry at most 6 decimals). */
export function plainNumber(value: number): string {
  const text = String(value);
  return text.includes('e') ? value.toFixed(6).replace(/\.?0+$/, '') : text;
}

function csvField(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}
