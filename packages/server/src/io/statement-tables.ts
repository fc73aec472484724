import {
  CONTRACT_KPIS,
  type ContractKpi,
  type Explanation,
  explanationText,
  type Statement,
  type TermsRef,
} from '@vigie/core';
import { type StatementFormat, statementFormat } from './statement-format.ts';
import {
  lineLabel,
  type StatementDocumentInput,
  type StatementWords,
  statementWords,
  unitName,
} from './statement-labels.ts';

/** What a cell holds, so the spreadsheet can keep numbers as numbers with a fitting format. */
export type CellKind = 'text' | 'money' | 'quantity' | 'ratio' | 'points' | 'seconds';

/** A cell of a statement table: its text as printed, and its number when it is one. */
export interface StatementCell {
  readonly kind: CellKind;
  readonly text: string;
  /** Money in currency units (cents / 100), ratios 0..1, points, seconds. */
  readonly value?: number;
}

export interface StatementTable {
  readonly title: string;
  /** Lines printed between the title and the table (e.g. the at-risk amount and its basis). */
  readonly notes: readonly string[];
  readonly headers: readonly string[];
  readonly rows: readonly (readonly StatementCell[])[];
}

/** A statement laid out once, in one language, for both the XLSX and the PDF renderers. */
export interface StatementLayout {
  readonly words: StatementWords;
  readonly format: StatementFormat;
  readonly header: readonly (readonly [string, string])[];
  readonly tables: readonly StatementTable[];
  /** Signed as they move the total; the last row is the total. */
  readonly totals: readonly { readonly label: string; readonly cell: StatementCell }[];
  readonly rounding: string;
  readonly warnings: readonly string[];
  readonly sources: readonly string[];
}

const text = (value: string): StatementCell => ({ kind: 'text', text: value });

/** Lays out `input.statement` in `input.lang`: the one place both documents read their content from. */
export function statementLayout(input: StatementDocumentInput): StatementLayout {
  const { statement: st, lang } = input;
  const w = statementWords(lang);
  const f = statementFormat(lang, st.currency);
  // Core's rules, formulas, reasons and warnings, written in the document's language.
  const explain = (e: Explanation) => explanationText(e, lang, st.currency);
  // -0 would print as "-0,00 €": a zero credit or malus is written as zero.
  const money = (cents: number): StatementCell => {
    const c = cents === 0 ? 0 : cents;
    return { kind: 'money', text: f.money(c), value: c / 100 };
  };
  const kpiCell = (kpi: ContractKpi, value: number | null): StatementCell => {
    if (value === null) return text(w.notMeasured);
    const scale = { ratio: 'ratio', nps: 'points', seconds: 'seconds' } as const;
    return { kind: scale[CONTRACT_KPIS[kpi].scale], text: f.kpiValue(kpi, value), value };
  };
  const phase = (ref: TermsRef) => {
    const name = w[ref.phase];
    return text(ref.proRata ? `${name} · ${ref.proRata.days}/${ref.proRata.ofDays} ${w.dayUnit}` : name);
  };
  const tables: StatementTable[] = [
    {
      title: w.fees,
      notes: [],
      headers: [w.label, w.phase, w.quantity, w.unit, w.unitPrice, w.amount, w.source],
      rows: st.lines.map((l) => [
        text(lineLabel(l, w)),
        phase(l),
        { kind: 'quantity', text: f.quantity(l.quantity), value: l.quantity },
        text(unitName(l.unit, w)),
        money(l.unitPriceCents),
        money(l.amountCents),
        text(l.input),
      ]),
    },
  ];
  if (st.kpis.length > 0) {
    tables.push({
      title: w.kpis,
      notes: [],
      headers: [w.kpi, w.phase, w.measured, w.target, w.bonusMalus, w.rule, w.excluded],
      rows: st.kpis.map((k) => [
        text(k.variant ? `${w.kpiNames[k.kpi]} (${k.variant})` : w.kpiNames[k.kpi]),
        phase(k),
        kpiCell(k.kpi, k.measured),
        kpiCell(k.kpi, k.target),
        money(k.bonusMalusCents),
        text(explain(k.ruleExplained)),
        text(k.excludedExplained ? explain(k.excludedExplained) : ''),
      ]),
    });
  }
  const atRisk = st.atRisk;
  if (atRisk && atRisk.credits.length > 0) {
    tables.push({
      title: w.credits,
      notes: [
        `${w.atRiskAmount}${w.colon}${f.money(atRisk.amountCents)} — ${explain(atRisk.basisExplained)}`,
        ...(atRisk.capped
          ? [
              `${w.capped}${w.colon}${w.credit} ${f.money(atRisk.uncappedCents)}, ${w.applied.toLowerCase()} ${f.money(atRisk.creditsCents)}`,
            ]
          : []),
      ],
      headers: [w.kpi, w.phase, w.measured, w.target, w.allocation, w.credit, w.applied, w.working],
      rows: atRisk.credits.map((c) => [
        text(w.kpiNames[c.kpi]),
        phase(c),
        kpiCell(c.kpi, c.measured),
        kpiCell(c.kpi, c.target),
        text(`${f.percent(c.poolAllocationPercent)} × ${f.percent(c.kpiAllocationPercent)}`),
        money(c.creditCents),
        money(c.appliedCents),
        text(
          c.excludedExplained
            ? `${explain(c.formulaExplained)} — ${explain(c.excludedExplained)}`
            : explain(c.formulaExplained),
        ),
      ]),
    });
  }
  if (atRisk && atRisk.earnBack.length > 0) {
    tables.push({
      title: w.earnBack,
      notes: [],
      headers: [w.kpi, w.missedIn, w.credit, w.target, w.measuredMonths, w.returned, w.reason],
      rows: atRisk.earnBack.map((e) => [
        text(w.kpiNames[e.kpi]),
        text(f.month(e.missedIn)),
        money(e.creditCents),
        kpiCell(e.kpi, e.target),
        text(
          e.measured
            .map(
              (m) =>
                `${f.month(m.month)}${w.colon}${m.value === null ? w.notMeasured : f.kpiValue(e.kpi, m.value)}`,
            )
            .join(', '),
        ),
        money(e.returnedCents),
        text(explain(e.reasonExplained)),
      ]),
    });
  }
  const t = st.totals;
  return {
    words: w,
    format: f,
    header: headerRows(input, w, f),
    tables,
    totals: [
      { label: w.fees, cell: money(t.feesCents) },
      { label: w.bonus, cell: money(t.bonusCents) },
      { label: w.malus, cell: money(-t.malusCents) },
      { label: w.credits, cell: money(-t.creditsCents) },
      { label: w.earnBack, cell: money(t.earnBackCents) },
      { label: w.total, cell: money(t.totalCents) },
    ],
    rounding: w.roundingText,
    warnings: st.warningsExplained.map(explain),
    sources: (input.sources ?? []).map((x) => (typeof x === 'string' ? x : explain(x))),
  };
}

function headerRows(input: StatementDocumentInput, w: StatementWords, f: StatementFormat) {
  const st: Statement = input.statement;
  const rows: (readonly [string, string])[] = [
    [w.workspace, input.workspaceName],
    [w.vendor, input.vendorName],
    [w.contract, input.contractName],
    [w.month, f.month(st.month)],
    [w.currency, st.currency],
  ];
  st.segments.forEach((s, i) => {
    const period = `${f.date(s.from)} – ${f.date(s.to)} (${s.days} ${w.dayUnit})`;
    const terms = `${w[s.phase]} · ${w.versionOf} ${f.date(s.versionEffectiveFrom)} · ${s.versionReason}`;
    rows.push([i === 0 ? w.termsInForce : '', `${period} · ${terms}`]);
  });
  if (st.uncoveredDays.length > 0) rows.push([w.uncoveredDays, st.uncoveredDays.map(f.date).join(', ')]);
  return rows;
}
