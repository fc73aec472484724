import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { pdfmake, printable } from './pdfmake-setup.ts';
import type { StatementDocumentInput } from './statement-labels.ts';
import { type StatementCell, type StatementTable, statementLayout } from './statement-tables.ts';

const MARGIN = 36;

/**
 * The monthly statement as an A4 PDF: title, header block, fees, KPI bonus and malus, at-risk
 * credits, earn-back, totals in bold, rounding, warnings and sources, with "Page n / m" and
 * the rounding note in the footer. Fonts are embedded, so accents print on any reader.
 */
export async function statementPdf(input: StatementDocumentInput): Promise<Buffer> {
  const layout = statementLayout(input);
  const { words: w, format: f } = layout;
  const title = `${w.title} — ${f.month(input.statement.month)}`;
  const section = (text: string): Content => ({ text: printable(text), style: 'section' });
  const content: Content[] = [
    { text: printable(title), style: 'title' },
    {
      layout: 'noBorders',
      table: {
        widths: ['auto', '*'],
        body: layout.header.map(([label, value]) => [
          { text: printable(label), bold: true, noWrap: true },
          printable(value),
        ]),
      },
    },
  ];
  for (const table of layout.tables) {
    content.push(section(table.title));
    for (const note of table.notes) content.push({ text: printable(note), style: 'note' });
    content.push(pdfTable(table));
  }
  content.push(section(w.totals), {
    layout: 'lightHorizontalLines',
    table: {
      widths: ['*', 'auto'],
      body: layout.totals.map(({ label, cell }, i) => {
        const bold = i === layout.totals.length - 1;
        return [
          { text: printable(label), bold },
          { text: printable(cell.text), bold, alignment: 'right' },
        ];
      }),
    },
  });
  content.push(section(w.rounding), printable(layout.rounding));
  content.push(section(w.warnings));
  content.push(layout.warnings.length > 0 ? { ul: layout.warnings.map(printable) } : printable(w.noWarnings));
  if (layout.sources.length > 0) content.push(section(w.sources), { ul: layout.sources.map(printable) });

  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, 48],
    info: { title: printable(title), author: 'Vigie', subject: printable(input.contractName) },
    content,
    defaultStyle: { font: 'Roboto', fontSize: 9 },
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 8] },
      section: { fontSize: 11, bold: true, margin: [0, 12, 0, 4] },
      note: { italics: true, fontSize: 8, margin: [0, 0, 0, 2] },
      th: { bold: true, fillColor: '#e8eef4' },
    },
    footer: (page, pages) => ({
      margin: [MARGIN, 16, MARGIN, 0],
      fontSize: 7,
      color: '#555555',
      columns: [
        { text: printable(`${w.generatedBy}${layout.rounding}`) },
        { text: `Page ${page} / ${pages}`, alignment: 'right', width: 'auto' },
      ],
    }),
  };
  return pdfmake.createPdf(doc).getBuffer();
}

// Texts longer than this (rule working, sources) wrap in columns sharing the free width;
// shorter ones (figures, phases) keep to one line so a figure is never split.
const SHORT = 24;

function pdfTable(table: StatementTable): Content {
  const long = table.headers.map(
    (h, i) => h.length > SHORT || table.rows.some((r) => (r[i]?.text.length ?? 0) > SHORT),
  );
  const header: TableCell[] = table.headers.map((h, i) => ({
    text: printable(h),
    style: 'th',
    noWrap: !long[i],
  }));
  const body: TableCell[][] = [header, ...table.rows.map((row) => row.map(pdfCell))];
  const widths = long.map((isLong) => (isLong ? '*' : 'auto'));
  return {
    layout: 'lightHorizontalLines',
    fontSize: 7.5,
    table: { headerRows: 1, dontBreakRows: true, widths, body },
  };
}

function pdfCell(cell: StatementCell): TableCell {
  return {
    text: printable(cell.text),
    alignment: cell.kind === 'text' ? 'left' : 'right',
    noWrap: cell.text.length <= SHORT,
  };
}
