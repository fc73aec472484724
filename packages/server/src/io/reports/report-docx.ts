import type { FeedbackReport } from '@vigie/core';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { gaugePng, pairPng, type Rgb } from './chart-png.ts';
import { type ReportBlock, reportBlocks } from './report-layout.ts';
import { REPORT_WORDS } from './report-words.ts';

const BLUE: Rgb = [34, 139, 230];
const ORANGE: Rgb = [253, 126, 20];
const GREY: Rgb = [134, 142, 150];

/**
 * The feedback report as an editable Word document: Word's own heading styles (so the vendor
 * gets a navigable outline and can restyle it), tables for the figures, each share drawn as a bar
 * with its interval and each customer reaction as two bars, and "Page n / m" in the footer.
 */
export async function reportDocx(report: FeedbackReport): Promise<Buffer> {
  const w = REPORT_WORDS[report.language];
  const children = reportBlocks(report).flatMap(docxBlock);
  const document = new Document({
    creator: 'Vigie',
    title: report.title,
    description: report.introduction.slice(0, 200),
    styles: {
      default: { document: { run: { font: 'Calibri', size: 21 } } },
      paragraphStyles: [
        {
          id: 'Quote',
          name: 'Quote',
          basedOn: 'Normal',
          run: { italics: true, color: '495057' },
          paragraph: { indent: { left: 360 }, spacing: { after: 80 } },
        },
      ],
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [`${w.page} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
                    size: 16,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

function docxBlock(block: ReportBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.TITLE })];
    case 'heading':
      return [
        new Paragraph({
          text: block.text,
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        }),
      ];
    case 'paragraph':
      return [paragraph(block.text, block.style)];
    case 'table':
      return [table(block.head, block.rows)];
    case 'gauge':
      return [image(gaugePng(block.value, block.low, block.high, BLUE), 400, 28, block.label)];
    case 'pair':
      return [
        image(pairPng(block.withPractice, block.without, [ORANGE, GREY]), 400, 40, block.label),
        new Paragraph({
          children: [
            new TextRun({ text: '■ ', color: '#fd7e14' }),
            new TextRun({ text: `${block.legend[0]}   `, size: 16 }),
            new TextRun({ text: '■ ', color: '#868e96' }),
            new TextRun({ text: block.legend[1], size: 16 }),
          ],
        }),
      ];
  }
}

function paragraph(text: string, style: Extract<ReportBlock, { kind: 'paragraph' }>['style']): Paragraph {
  switch (style) {
    case 'quote':
      return new Paragraph({ text, style: 'Quote' });
    case 'note':
      return new Paragraph({ children: [new TextRun({ text, bold: true })], spacing: { before: 120 } });
    case 'question':
      return new Paragraph({ text, indent: { left: 360 } });
    case 'comment':
      return new Paragraph({
        children: [new TextRun({ text, color: '1c7ed6' })],
        border: { left: { style: BorderStyle.SINGLE, size: 12, color: '1c7ed6', space: 6 } },
      });
    default:
      return new Paragraph({ text, spacing: { after: 120 } });
  }
}

function table(head: string[], rows: string[][]): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v) => cell(v)) })),
    ],
  });
}

function image(png: Buffer, width: number, height: number, alt: string): Paragraph {
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width, height },
        altText: { name: alt, description: alt, title: alt },
      }),
    ],
  });
}
