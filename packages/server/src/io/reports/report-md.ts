import type { FeedbackReport } from '@vigie/core';
import { type ReportBlock, reportBlocks } from './report-layout.ts';

/** The feedback report as Markdown: for e-mail, a wiki, or a diff between two drafts. */
export function reportMarkdown(report: FeedbackReport): string {
  return `${reportBlocks(report).map(mdBlock).filter(Boolean).join('\n\n')}\n`;
}

function mdBlock(block: ReportBlock): string {
  switch (block.kind) {
    case 'title':
      return `# ${block.text}`;
    case 'heading':
      return `${block.level === 1 ? '##' : '###'} ${block.text}`;
    case 'paragraph':
      switch (block.style) {
        case 'note':
          return `**${block.text}**`;
        case 'quote':
          return `> ${block.text}`;
        case 'comment':
          return `_${block.text}_`;
        default:
          return block.text;
      }
    case 'table':
      return [
        `| ${block.head.map(cell).join(' | ')} |`,
        `|${block.head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
        ...block.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ].join('\n');
    case 'gauge':
    case 'pair':
      return ''; // the figures are in the text beside them
  }
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
