import type { FeedbackReport } from '@vigie/core';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { pdfmake, printable } from '../pdfmake-setup.ts';
import { type ReportBlock, reportBlocks } from './report-layout.ts';
import { REPORT_WORDS } from './report-words.ts';

const MARGIN = 40;
const BAR_WIDTH = 300;

/**
 * The feedback report as an A4 PDF with embedded fonts (accents print on any reader), the same
 * blocks as the DOCX, bars drawn as vectors, "Page n / m" in the footer.
 */
export async function reportPdf(report: FeedbackReport): Promise<Buffer> {
  const w = REPORT_WORDS[report.language];
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, 48],
    info: { title: printable(report.title), author: 'Vigie' },
    content: reportBlocks(report).map(pdfBlock),
    defaultStyle: { font: 'Roboto', fontSize: 9.5 },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 10] },
      h1: { fontSize: 13, bold: true, color: '#1864ab', margin: [0, 14, 0, 4] },
      h2: { fontSize: 11, bold: true, margin: [0, 10, 0, 3] },
      note: { bold: true, margin: [0, 6, 0, 2] },
      quote: { italics: true, color: '#495057', margin: [14, 0, 0, 4] },
      question: { margin: [14, 0, 0, 2] },
      comment: { color: '#1c7ed6', margin: [0, 4, 0, 4] },
      th: { bold: true, fillColor: '#e7f5ff' },
    },
    footer: (page, pages) => ({
      text: `${w.page} ${page} / ${pages}`,
      alignment: 'center',
      fontSize: 7,
      color: '#868e96',
      margin: [0, 16, 0, 0],
    }),
  };
  return pdfmake.createPdf(doc).getBuffer();
}

function pdfBlock(block: ReportBlock): Content {
  switch (block.kind) {
    case 'title':
      return { text: printable(block.text), style: 'title' };
    case 'heading':
      return { text: printable(block.text), style: block.level === 1 ? 'h1' : 'h2' };
    case 'paragraph':
      return {
        text: printable(block.text),
        style: block.style ?? '',
        margin: block.style ? undefined : [0, 0, 0, 6],
      };
    case 'table':
      return {
        layout: 'lightHorizontalLines',
        margin: [0, 4, 0, 8],
        table: {
          headerRows: 1,
          widths: block.head.map((_, i) => (i === 0 ? '*' : 'auto')),
          body: [
            block.head.map((h) => ({ text: printable(h), style: 'th' })),
            ...block.rows.map((r) => r.map((v) => printable(v))),
          ],
        },
      };
    case 'gauge': {
      const x = (ratio: number) => Math.max(0, Math.min(1, ratio)) * BAR_WIDTH;
      return {
        margin: [0, 2, 0, 6],
        canvas: [
          { type: 'rect', x: 0, y: 0, w: BAR_WIDTH, h: 8, color: '#e2e8f0' },
          {
            type: 'rect',
            x: x(block.low),
            y: 0,
            w: Math.max(1, x(block.high) - x(block.low)),
            h: 8,
            color: '#a5d8ff',
          },
          { type: 'rect', x: 0, y: 1.5, w: Math.max(0.5, x(block.value)), h: 5, color: '#228be6' },
        ],
      };
    }
    case 'pair': {
      const x = (ratio: number) => Math.max(0.5, Math.max(0, Math.min(1, ratio)) * BAR_WIDTH);
      return {
        margin: [0, 2, 0, 6],
        columns: [
          {
            width: BAR_WIDTH + 8,
            canvas: [
              { type: 'rect', x: 0, y: 0, w: BAR_WIDTH, h: 7, color: '#e2e8f0' },
              { type: 'rect', x: 0, y: 0, w: x(block.withPractice), h: 7, color: '#fd7e14' },
              { type: 'rect', x: 0, y: 10, w: BAR_WIDTH, h: 7, color: '#e2e8f0' },
              { type: 'rect', x: 0, y: 10, w: x(block.without), h: 7, color: '#868e96' },
            ],
          },
          { width: '*', fontSize: 7, stack: block.legend.map((l) => printable(l)) },
        ],
      };
    }
  }
}
