import { computeStatement, explanationText } from '@vigie/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  earnBackStatement,
  exampleActuals,
  exampleContract,
  exampleInput,
  exampleStatement,
} from './statement-example-for-tests.ts';
import type { StatementDocumentInput } from './statement-labels.ts';
import { statementXlsx } from './statement-xlsx.ts';

async function readBack(input: StatementDocumentInput) {
  const wb = new ExcelJS.Workbook();
  const xlsx = await statementXlsx(input);
  // exceljs types its input as an ArrayBuffer; hand it the bytes of the Node Buffer.
  await wb.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
  return wb;
}

/** The rows of a sheet as arrays of cell values, column A first. */
function rows(ws: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const out: ExcelJS.CellValue[][] = [];
  ws.eachRow((row) => {
    out.push((row.values as ExcelJS.CellValue[]).slice(1));
  });
  return out;
}

/** The last row whose column A is `label`: totals reuse the section titles' words. */
const rowOf = (ws: ExcelJS.Worksheet, label: string) => {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(1).value === label) found = row;
  });
  if (!found) throw new Error(`no row "${label}"`);
  return found;
};

const texts = (ws: ExcelJS.Worksheet) =>
  rows(ws)
    .flat()
    .filter((v): v is string => typeof v === 'string');

/** No-break spaces (French numbers, "x :") read as spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('statementXlsx', () => {
  it('writes each line amount and unit price as a number equal to the statement (fr)', async () => {
    const statement = exampleStatement();
    const ws = (await readBack(exampleInput('fr', statement))).getWorksheet('Relevé');
    if (!ws) throw new Error('no Relevé sheet');
    expect(statement.lines.length).toBe(3);
    for (const line of statement.lines) {
      const row = rowOf(ws, line.label);
      expect(row.getCell(6).value).toBe(line.amountCents / 100);
      expect(typeof row.getCell(6).value).toBe('number');
      expect(row.getCell(6).numFmt).toBe('#,##0.00');
      expect(row.getCell(5).value).toBe(line.unitPriceCents / 100);
      expect(row.getCell(3).value).toBe(line.quantity);
    }
    const total = rowOf(ws, 'Total à payer');
    expect(total.getCell(6).value).toBe(statement.totals.totalCents / 100);
    expect(total.getCell(6).value).toBe(112883.44);
    expect(total.font?.bold).toBe(true);
    expect(rowOf(ws, 'Crédits sur le montant à risque').getCell(6).value).toBe(
      -statement.totals.creditsCents / 100,
    );
  });

  it('writes the French words, KPI names and header block with lang fr', async () => {
    const wb = await readBack(exampleInput('fr'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Relevé', 'Lignes']);
    const all = texts(wb.worksheets[0] as ExcelJS.Worksheet);
    for (const word of [
      'Relevé mensuel — octobre 2026',
      'Prestations',
      'Bonus et malus',
      'Crédits sur le montant à risque',
      'Totaux',
      "Méthode d'arrondi",
      'Avertissements',
      'Aucun avertissement',
      'Sources des données',
      'actuals-2026-10.json (saisie manuelle)',
      'Prix unitaire',
      'Résolution au premier contact',
      'Taux de décroché',
      'Atlas Relation Client — Rabat é',
      'Démo Vigie',
    ]) {
      expect(all).toContain(word);
    }
    expect(
      all.some((t) => t.startsWith('01/10/2026 – 15/10/2026 (15 j) · Pilote · version du 01/09/2026')),
    ).toBe(true);
    expect(all).not.toContain('Fees');
  });

  it('writes the English words with lang en', async () => {
    const wb = await readBack(exampleInput('en'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Statement', 'Lines']);
    const all = texts(wb.worksheets[0] as ExcelJS.Worksheet);
    for (const word of [
      'Monthly statement — October 2026',
      'Fees',
      'KPI bonus and malus',
      'At-risk credits',
      'Totals',
      'Rounding',
      'Data sources',
      'Unit price',
      'First-contact resolution',
      'Answer rate',
      'Total due',
    ]) {
      expect(all).toContain(word);
    }
    expect(all).not.toContain('Prestations');
    expect(all).not.toContain('Résolution au premier contact');
  });

  it('keeps KPI values as numbers: ratios formatted as %, NPS points as such', async () => {
    const ws = (await readBack(exampleInput('fr'))).getWorksheet('Relevé');
    if (!ws) throw new Error('no sheet');
    const fcr = rowOf(ws, 'Résolution au premier contact');
    expect(fcr.getCell(3).value).toBe(0.78);
    expect(fcr.getCell(3).numFmt).toBe('0.0%');
    expect(rowOf(ws, 'NPS').getCell(3).value).toBe(17);
  });

  it('has a flat Lines sheet whose signed amounts sum to the total', async () => {
    const statement = exampleStatement();
    const ws = (await readBack(exampleInput('en', statement))).getWorksheet('Lines');
    if (!ws) throw new Error('no Lines sheet');
    const [head, ...body] = rows(ws);
    expect(head).toEqual(['section', 'label', 'phase', 'quantity', 'unit_price', 'amount']);
    expect(body.length).toBe(statement.lines.length + statement.kpis.length + 3);
    const amounts = body.map((r) => r[5]);
    expect(amounts.every((a) => typeof a === 'number')).toBe(true);
    const cents = amounts.reduce<number>((sum, a) => sum + Math.round((a as number) * 100), 0);
    expect(cents).toBe(statement.totals.totalCents);
    expect(body.filter((r) => r[0] === 'at_risk_credit').map((r) => r[5])).toEqual([-5098.1, 0, -3823.58]);
  });

  it('shows the earn-back of a credit and its amount in the totals', async () => {
    const statement = earnBackStatement();
    const wb = await readBack(exampleInput('fr', statement));
    const ws = wb.getWorksheet('Relevé');
    if (!ws) throw new Error('no sheet');
    expect(texts(ws)).toContain('Restitution (earn-back)');
    const earnBackRow = rows(ws).find((r) => r[0] === 'Taux de décroché' && r[1] === 'octobre 2026');
    expect(earnBackRow?.[5]).toBe(5098.1);
    const totals = rows(ws).filter((r) => r[0] === 'Restitution (earn-back)');
    expect(totals.at(-1)?.[5]).toBe(statement.totals.earnBackCents / 100);
    expect(rowOf(ws, 'Total à payer').getCell(6).value).toBe(statement.totals.totalCents / 100);
    const flat = rows(wb.getWorksheet('Lignes') as ExcelJS.Worksheet);
    expect(flat.find((r) => r[0] === 'earn_back')?.[5]).toBe(5098.1);
  });

  it('lists the statement warnings, in French with lang fr and in English with lang en', async () => {
    const { productiveHours: _, ...actuals } = exampleActuals();
    const statement = computeStatement(exampleContract(), '2026-10', actuals);
    expect(statement.warnings.length).toBeGreaterThan(0);
    const ws = (await readBack(exampleInput('fr', statement))).getWorksheet('Relevé');
    if (!ws) throw new Error('no sheet');
    const fr = texts(ws);
    for (const warning of statement.warningsExplained) {
      expect(fr).toContain(explanationText(warning, 'fr', statement.currency));
    }
    expect(fr.map(plain)).toContain(
      'Heures productives (actuals.productiveHours) : valeur manquante, comptée comme 0',
    );
    for (const warning of statement.warnings) expect(fr).not.toContain(warning);
    expect(fr).not.toContain('Aucun avertissement');
    const en = texts(
      (await readBack(exampleInput('en', statement))).getWorksheet('Statement') as ExcelJS.Worksheet,
    );
    for (const warning of statement.warnings) expect(en).toContain(warning);
  });

  it('writes the KPI working and at-risk formulas in the language of the document', async () => {
    const statement = exampleStatement();
    const fr = texts(
      (await readBack(exampleInput('fr', statement))).getWorksheet('Relevé') as ExcelJS.Worksheet,
    ).map(plain);
    expect(fr).toContain(
      'linéaire : 3 points de pourcentage au-dessus de la cible de 80 % × 500,00 € par point = 1 500,00 € (plafond de 5 000,00 € non atteint) ; × 15/31 jours mesurés',
    );
    expect(fr).toContain(
      'manqué (90 % pour une cible de 92 %) : allocation 150 % × taux de décroché 40 % × montant à risque 8 921,68 € = 5 353,01 €',
    );
    expect(fr).not.toContain(statement.atRisk?.credits[0]?.formula);
    const en = texts(
      (await readBack(exampleInput('en', statement))).getWorksheet('Statement') as ExcelJS.Worksheet,
    );
    expect(en).toContain(statement.kpis[0]?.rule);
    expect(en).toContain(
      'missed (0.9 vs target 0.92): pool 150 % x answer_rate 40 % x at-risk 8,921.68 = 5,353.01',
    );
  });
});
