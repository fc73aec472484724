import type { Statement } from '@vigie/core';
import ExcelJS from 'exceljs';
import type { StatementDocumentInput, StatementWords } from './statement-labels.ts';
import { lineLabel } from './statement-labels.ts';
import { type CellKind, type StatementCell, statementLayout } from './statement-tables.ts';

// Numbers stay numbers so the client's finance team can sum and check them; the format only
// shows them. Money is in currency units with two decimals, the currency in the header block.
const NUM_FMT: Record<Exclude<CellKind, 'text'>, string> = {
  money: '#,##0.00',
  quantity: '#,##0.00',
  ratio: '0.0%',
  points: '0',
  seconds: '0 "s"',
};

// Long texts (sources, rule working, formulas) land in the last columns of each table.
const COLUMN_WIDTHS = [38, 20, 14, 14, 18, 18, 36, 48];
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };

/**
 * The monthly statement as an XLSX workbook: a "Relevé"/"Statement" sheet laid out for people
 * (header block, fees, KPI bonus and malus, at-risk credits, earn-back, totals, rounding,
 * warnings, sources) and a "Lignes"/"Lines" sheet with one signed row per figure for machines.
 * Money cells are numbers in currency units, never text.
 */
export async function statementXlsx(input: StatementDocumentInput): Promise<Buffer> {
  const layout = statementLayout(input);
  const { words: w, format: f } = layout;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Vigie';
  const ws = wb.addWorksheet(w.sheet, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToWidth: 1 },
  });
  ws.columns = COLUMN_WIDTHS.map((width) => ({ width }));

  const title = ws.addRow([`${w.title} — ${f.month(input.statement.month)}`]);
  title.font = { bold: true, size: 14 };
  for (const [label, value] of layout.header) {
    const row = ws.addRow([label || null, value]);
    row.getCell(1).font = { bold: true };
  }
  const section = (name: string) => {
    ws.addRow([]);
    ws.addRow([name]).font = { bold: true, size: 12 };
  };
  for (const table of layout.tables) {
    section(table.title);
    for (const note of table.notes) ws.addRow([note]).font = { italic: true };
    const head = ws.addRow([...table.headers]);
    head.font = { bold: true };
    head.eachCell((cell) => {
      cell.fill = HEADER_FILL;
    });
    for (const cells of table.rows) writeCells(ws.addRow([]), cells);
  }
  section(w.totals);
  // Totals sit in the fees table's amount column, so they read under the amounts.
  const amountColumn = 6;
  layout.totals.forEach(({ label, cell }, i) => {
    const row = ws.addRow([label]);
    writeCell(row.getCell(amountColumn), cell);
    if (i === layout.totals.length - 1) row.font = { bold: true };
  });
  section(w.rounding);
  ws.addRow([layout.rounding]);
  section(w.warnings);
  for (const warning of layout.warnings.length > 0 ? layout.warnings : [w.noWarnings]) ws.addRow([warning]);
  if (layout.sources.length > 0) {
    section(w.sources);
    for (const source of layout.sources) ws.addRow([source]);
  }
  ws.addRow([]);
  ws.addRow([`${w.generatedBy}${layout.rounding}`]).font = { italic: true, color: { argb: 'FF666666' } };

  flatSheet(wb.addWorksheet(w.linesSheet, { views: [{ state: 'frozen', ySplit: 1 }] }), input.statement, w);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function writeCells(row: ExcelJS.Row, cells: readonly StatementCell[]) {
  cells.forEach((cell, i) => {
    writeCell(row.getCell(i + 1), cell);
  });
}

function writeCell(target: ExcelJS.Cell, cell: StatementCell) {
  if (cell.kind === 'text' || cell.value === undefined) {
    // An empty cell, not "", lets a long text on its left overflow into it.
    target.value = cell.text === '' ? null : cell.text;
    target.alignment = { vertical: 'top', wrapText: cell.text.length > 60 };
    return;
  }
  target.value = cell.value;
  target.numFmt = NUM_FMT[cell.kind];
  target.alignment = { vertical: 'top' };
}

/**
 * One row per figure, signed as it moves the total (fees and bonus +, malus and credits -,
 * earn-back +) so that SUM(amount) equals the statement's total; section is a stable key.
 */
function flatSheet(ws: ExcelJS.Worksheet, st: Statement, w: StatementWords) {
  ws.columns = [
    { header: 'section', key: 'section', width: 16 },
    { header: 'label', key: 'label', width: 40 },
    { header: 'phase', key: 'phase', width: 8 },
    { header: 'quantity', key: 'quantity', width: 14, style: { numFmt: NUM_FMT.quantity } },
    { header: 'unit_price', key: 'unit_price', width: 14, style: { numFmt: NUM_FMT.money } },
    { header: 'amount', key: 'amount', width: 14, style: { numFmt: NUM_FMT.money } },
  ];
  ws.getRow(1).font = { bold: true };
  const units = (cents: number) => (cents === 0 ? 0 : cents / 100);
  for (const l of st.lines) {
    ws.addRow({
      section: 'fee',
      label: lineLabel(l, w),
      phase: l.phase,
      quantity: l.quantity,
      unit_price: units(l.unitPriceCents),
      amount: units(l.amountCents),
    });
  }
  for (const k of st.kpis) {
    ws.addRow({ section: 'kpi', label: w.kpiNames[k.kpi], phase: k.phase, amount: units(k.bonusMalusCents) });
  }
  for (const c of st.atRisk?.credits ?? []) {
    ws.addRow({
      section: 'at_risk_credit',
      label: w.kpiNames[c.kpi],
      phase: c.phase,
      amount: units(-c.appliedCents),
    });
  }
  for (const e of st.atRisk?.earnBack ?? []) {
    ws.addRow({
      section: 'earn_back',
      label: `${w.kpiNames[e.kpi]} (${e.missedIn})`,
      amount: units(e.returnedCents),
    });
  }
}
