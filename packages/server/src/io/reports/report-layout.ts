import {
  type FeedbackReport,
  formatPercent,
  formatSeconds,
  type ReportFinding,
  type ReportLanguage,
} from '@vigie/core';
import { REPORT_WORDS } from './report-words.ts';

/**
 * A feedback report as a list of blocks every export draws its own way (DOCX, PDF, Markdown):
 * the order, the texts and the figures are decided once, here.
 */
export type ReportBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string; style?: 'note' | 'question' | 'quote' | 'comment' }
  | { kind: 'table'; head: string[]; rows: string[][] }
  /** a share with its 95 % interval, drawn as a bar on a 0–100 % scale */
  | { kind: 'gauge'; label: string; value: number; low: number; high: number }
  /** a customer reaction's rate after the practice and in calls without it, as two bars */
  | { kind: 'pair'; label: string; withPractice: number; without: number; legend: [string, string] };

export function reportBlocks(report: FeedbackReport): ReportBlock[] {
  const lang = report.language;
  const w = REPORT_WORDS[lang];
  const pct = (ratio: number | null) => (ratio === null ? '–' : formatPercent(ratio, lang));
  const blocks: ReportBlock[] = [
    { kind: 'title', text: report.title },
    { kind: 'paragraph', text: report.introduction },
  ];
  const focus = report.themes.find((t) => t.status === 'focus');
  const deferred = report.themes.filter((t) => t.status === 'deferred' && t.findings.some((f) => f.included));
  if (focus)
    blocks.push({ kind: 'paragraph', text: `${w.focusTheme}${w.colon}${focus.label}`, style: 'note' });
  if (deferred.length > 0)
    blocks.push({
      kind: 'paragraph',
      text: `${w.deferredThemes}${w.colon}${deferred.map((t) => t.label).join(', ')}`,
      style: 'note',
    });
  for (const theme of report.themes) {
    const findings = theme.findings.filter((f) => f.included);
    if (findings.length === 0) continue;
    blocks.push({
      kind: 'heading',
      level: 1,
      text: theme.status === 'focus' ? `${theme.label} — ${w.focus}` : theme.label,
    });
    for (const f of findings) blocks.push(...findingBlocks(f, lang));
  }
  if (report.bestPractices.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: w.bestPractices });
    blocks.push({
      kind: 'table',
      head: [w.practice, w.bestAgents, w.otherAgents, w.difference],
      rows: report.bestPractices.map((b) => [
        b.label,
        `${pct(b.bestAgentsRate)} (${count(b.bestAgents, lang)})`,
        `${pct(b.othersRate)} (${count(b.otherAgents, lang)})`,
        signed(b.difference, lang),
      ]),
    });
  }
  blocks.push({ kind: 'heading', level: 1, text: w.complianceAndEffectiveness });
  blocks.push({
    kind: 'table',
    head: [w.compliance, w.callsWith],
    rows: report.compliance.map((c) => [c.label, `${pct(c.calls.value)} (${c.calls.k}/${c.calls.n})`]),
  });
  blocks.push({
    kind: 'table',
    head: [w.effectiveness, w.callsWith],
    rows: report.effectiveness.map((e) => [e.label, `${pct(e.calls.value)} (${e.calls.k}/${e.calls.n})`]),
  });
  return blocks;
}

function findingBlocks(f: ReportFinding, lang: ReportLanguage): ReportBlock[] {
  const w = REPORT_WORDS[lang];
  const pct = (ratio: number | null) => (ratio === null ? '–' : formatPercent(ratio, lang));
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 2, text: `${f.label} (${f.polarity === 'good' ? w.good : w.bad})` },
  ];
  const interval = f.calls.interval;
  blocks.push({
    kind: 'paragraph',
    text:
      `${w.callsWith}${w.colon}${pct(f.calls.value)} (${f.calls.k}/${f.calls.n}` +
      `${interval ? `, ${w.interval} ${pct(interval.low)}–${pct(interval.high)}` : ''})` +
      (f.secondsPerCall === null
        ? ''
        : `; ${formatSeconds(f.secondsPerCall, lang)} ${w.perCall}, ${formatSeconds(f.secondsTotal, lang)} ${w.inTotal}`),
  });
  if (f.calls.value !== null)
    blocks.push({
      kind: 'gauge',
      label: f.label,
      value: f.calls.value,
      low: interval?.low ?? f.calls.value,
      high: interval?.high ?? f.calls.value,
    });
  for (const r of f.reactions.slice(0, 3)) {
    const c = r.comparison;
    if (c.first.value === null || c.second.value === null) continue;
    blocks.push({
      kind: 'paragraph',
      text:
        `${r.label}${w.colon}${pct(c.first.value)} ${w.afterIt} (${c.first.k}/${c.first.n}), ${pct(c.second.value)} ${w.without} (${c.second.k}/${c.second.n}); ` +
        `${w.difference} ${signed(c.difference ?? 0, lang)}` +
        `${c.interval ? ` [${signed(c.interval.low, lang)} ; ${signed(c.interval.high, lang)}]` : ''}` +
        `${c.pValue === null ? '' : `, p ${pValue(c.pValue, lang)}`}`,
    });
    blocks.push({
      kind: 'pair',
      label: r.label,
      withPractice: c.first.value,
      without: c.second.value,
      legend: [w.afterIt, w.without],
    });
  }
  if (f.excerpts.length > 0) blocks.push({ kind: 'paragraph', text: w.excerpts, style: 'note' });
  for (const e of f.excerpts) {
    const at = `${Math.floor(e.seconds / 60)}:${String(Math.floor(e.seconds % 60)).padStart(2, '0')}`;
    const customer = e.customerSays ? `${w.customerSays} « ${e.customerSays} », ` : '';
    blocks.push({
      kind: 'paragraph',
      text: `${w.call} ${e.callId}, ${at} — ${customer}${w.agentDoes} « ${e.agentDoes} »`.replace(
        /« (.*?) »/g,
        lang === 'fr' ? '«\u00a0$1\u00a0»' : '“$1”',
      ),
      style: 'quote',
    });
  }
  if (f.comment.trim() !== '') blocks.push({ kind: 'paragraph', text: f.comment, style: 'comment' });
  if (f.questions.length > 0) blocks.push({ kind: 'paragraph', text: w.questions, style: 'note' });
  f.questions.forEach((q, i) => {
    blocks.push({ kind: 'paragraph', text: `${i + 1}. ${q.text}`, style: 'question' });
  });
  return blocks;
}

function count(n: number, lang: ReportLanguage): string {
  return new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB').format(n);
}

/** A p-value to three decimals, "< 0.001" below. */
function pValue(p: number, lang: ReportLanguage): string {
  const decimal = (text: string) => (lang === 'fr' ? text.replace('.', ',') : text);
  return p < 0.001 ? `< ${decimal('0.001')}` : `= ${decimal(p.toFixed(3))}`;
}

/** A difference of two rates in points, with its sign: +12 pts, −3 pts. */
function signed(ratio: number, lang: ReportLanguage): string {
  const points = Math.round(ratio * 1000) / 10;
  const text = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(points);
  return `${text.replace('-', '−')}${lang === 'fr' ? '\u00a0pts' : ' pts'}`;
}
