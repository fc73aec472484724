import { computeStatement } from '@vigie/core';
import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text-for-tests.ts';
import {
  earnBackStatement,
  exampleActuals,
  exampleContract,
  exampleInput,
  exampleStatement,
} from './statement-example-for-tests.ts';
import type { StatementDocumentInput } from './statement-labels.ts';
import { statementPdf } from './statement-pdf.ts';

// pdftotext is not installed here: the text is read back through the fonts' ToUnicode maps.
async function render(input: StatementDocumentInput) {
  const pdf = await statementPdf(input);
  const lines = pdfText(pdf);
  return { pdf, lines, text: lines.join('\n') };
}

// As printed: Roboto has no U+202F, so the PDF uses the no-break space in its place.
const printed = (s: string) => s.replace(/\u202f/g, '\u00a0');
/** The text with every no-break space read as a space, and line breaks of wrapped cells undone. */
const plain = (s: string) => s.replace(/[\u00a0\u202f\n]/g, ' ').replace(/ {2,}/g, ' ');

/** October without its productive hours: a warning, taken as 0. */
const withWarning = () => {
  const { productiveHours: _, ...actuals } = exampleActuals();
  return computeStatement(exampleContract(), '2026-10', actuals);
};

describe('statementPdf', () => {
  it('writes a PDF with the French title, KPI names, vendor and total (fr)', async () => {
    const statement = exampleStatement();
    const { pdf, text, lines } = await render(exampleInput('fr', statement));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(text).toContain('Relevé mensuel — octobre 2026');
    expect(text).toContain('Résolution au premier contact');
    expect(text).toContain('Taux de décroché');
    expect(text).toContain('Atlas Relation Client — Rabat é');
    expect(text).toContain('Démo Vigie');
    for (const section of [
      'Prestations',
      'Bonus et malus',
      'Crédits sur le montant à risque',
      'Totaux',
      "Méthode d'arrondi",
    ]) {
      expect(lines).toContain(section);
    }
    const total = printed(
      new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(
        statement.totals.totalCents / 100,
      ),
    );
    expect(total).toBe('112\u00a0883,44\u00a0€');
    expect(lines).toContain(`Total à payer${total}`);
    expect(text).toContain('31\u00a0862,54\u00a0€');
  });

  it('prints every character: no missing glyph, no narrow no-break space left', async () => {
    const { text } = await render(exampleInput('fr'));
    // A character the font lacks is drawn as glyph 0, which the ToUnicode map reads as U+0000.
    for (const bad of ['\u0000', '\ufffd', '\u202f']) expect(text.includes(bad)).toBe(false);
  });

  it('numbers the pages and notes the rounding in the footer', async () => {
    const { lines } = await render(exampleInput('fr'));
    const footers = lines.filter((l) => l.startsWith('Calculé par Vigie — arrondi'));
    expect(footers.length).toBeGreaterThan(0);
    footers.forEach((footer, i) => {
      expect(footer).toContain('au demi supérieur');
      expect(footer.endsWith(`Page ${i + 1} / ${footers.length}`)).toBe(true);
    });
  });

  it('writes the English words and amounts with lang en', async () => {
    const { text, lines } = await render(exampleInput('en'));
    expect(text).toContain('Monthly statement — October 2026');
    expect(text).toContain('First-contact resolution');
    expect(lines).toContain('Total due€112,883.44');
    expect(lines).toContain('At-risk credits');
    expect(text).toContain('Computed by Vigie — rounding: half-up');
    expect(text).not.toContain('Prestations');
  });

  it("writes core's explanations and warnings in French with lang fr", async () => {
    const { text } = await render(exampleInput('fr', withWarning()));
    const fr = plain(text);
    expect(fr).toContain(
      'Montant à risque : 8 921,68 € — 10 % des honoraires de 89 216,77 € (du 16 octobre 2026 au 31 octobre 2026) = 8 921,68 €',
    );
    expect(fr).toContain('atteint (78 % pour une cible de 75 %) : pas de pénalité');
    expect(fr).toContain('Heures productives (actuals.productiveHours) : valeur manquante, comptée comme 0');
    for (const english of ['missed (', 'no credit', '% of fees', 'is missing: taken as 0', 'linear:']) {
      expect(fr).not.toContain(english);
    }
  });

  it("writes core's explanations and warnings in English with lang en", async () => {
    const en = plain((await render(exampleInput('en', withWarning()))).text);
    expect(en).toContain('10 % of fees 89,216.77 (2026-10-16 to 2026-10-31) = 8,921.68');
    expect(en).toContain('met (0.78 vs target 0.75): no credit');
    expect(en).toContain('actuals.productiveHours is missing: taken as 0');
    expect(en).not.toContain('pas de pénalité');
  });

  it('shows the earn-back section when a credit comes back', async () => {
    const statement = earnBackStatement();
    const { text, lines } = await render(exampleInput('fr', statement));
    expect(lines).toContain('Restitution (earn-back)');
    expect(text).toContain('5\u00a0098,10\u00a0€');
    expect(text).toContain('Relevé mensuel — décembre 2026');
    expect(plain(text)).toContain(
      'Taux de décroché : cible de récupération de 95 % atteinte chacun des 2 mois qui suivent octobre 2026, pénalité restituée',
    );
  });

  it('embeds the Roboto fonts shipped with pdfmake', async () => {
    const { pdf } = await render(exampleInput('fr'));
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Roboto-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Roboto-Medium/);
    expect(raw).toContain('/FontFile2');
  });
});
