import {
  type CallGroupDimension,
  type CallStats,
  COACHING_THEMES,
  type GroupStats,
  type Library,
  type Proportion,
  type ProportionComparison,
} from '@vigie/core';
import type { AnalysisRun } from '../app/analysis/run-analysis.ts';
import { ANALYSIS_TEXT as TEXT } from './analysis-output-text.ts';
import { columns, markdownTable } from './text-columns.ts';

/**
 * What `vigie analyze` prints (docs/analyze-output.md): one JSON document, or the same figures as
 * terminal tables or Markdown, labels in French or English.
 */

export type AnalysisDimension = Exclude<CallGroupDimension, 'all'>;
export type Lang = 'fr' | 'en';

/** The JSON document of a run; `groups` holds all calls and the dimensions asked for. */
export function analysisDocument(
  run: AnalysisRun,
  library: Library,
  by: readonly AnalysisDimension[],
  files: number,
) {
  const stats = run.stats.result();
  return {
    vigie: 'analysis',
    version: 1,
    library: { id: library.id, language: library.language, name: library.name },
    files,
    calls: run.calls,
    bytes: run.bytes,
    seconds: Number(run.seconds.toFixed(3)),
    workers: run.workers,
    problems: run.problems,
    rules: library.rules
      .filter((r) => r.kind !== 'definition')
      .map(({ id, kind, theme, polarity, label, cost }) => ({
        id,
        kind,
        theme: theme ?? null,
        polarity: polarity ?? null,
        label,
        cost: kind === 'practice' ? (cost ?? 'none') : null,
      })),
    groups: stats.groups.filter((g) => g.dimension === 'all' || by.includes(g.dimension)),
    ...(by.includes('agent') ? { agents: stats.agents } : {}),
  };
}

const pct = (v: number | null | undefined, lang: Lang): string =>
  v === null || v === undefined
    ? '—'
    : `${(v * 100).toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
const num = (v: number | null, lang: Lang, digits = 1): string =>
  v === null ? '—' : v.toLocaleString(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
const interval = (p: Proportion | ProportionComparison, lang: Lang): string =>
  p.interval ? `${pct(p.interval.low, lang)} – ${pct(p.interval.high, lang)}` : '—';

/** The run as report sections: a title and rows (the first row is the header). */
function sections(
  doc: ReturnType<typeof analysisDocument>,
  library: Library,
  lang: Lang,
): { title: string; rows: string[][]; align: string }[] {
  const t = TEXT[lang];
  const label = (id: string): string => library.rules.find((r) => r.id === id)?.label[lang] ?? id;
  const costless = (id: string): boolean =>
    (library.rules.find((r) => r.id === id)?.cost ?? 'none') === 'none';
  const all = doc.groups.find((g) => g.dimension === 'all') as GroupStats | undefined;
  if (!all) return [];
  const out: { title: string; rows: string[][]; align: string }[] = [];
  for (const theme of COACHING_THEMES) {
    const practices = all.practices.filter((p) => p.theme === theme);
    if (practices.length === 0) continue;
    out.push({
      title: t.theme[theme],
      align: 'lrrrrrr',
      rows: [
        [t.practice, t.calls, t.share, t.interval, t.hits, t.seconds, t.handle],
        ...practices.map((p) => [
          `${p.polarity === 'good' ? '+' : '−'} ${label(p.practiceId)}`,
          `${p.calls.k}/${p.calls.n}`,
          pct(p.calls.value, lang),
          interval(p.calls, lang),
          num(p.hitsPerCall.value, lang),
          costless(p.practiceId) ? '—' : num(p.secondsPerCall.value, lang),
          costless(p.practiceId) ? '—' : pct(p.shareOfHandleTime.value, lang),
        ]),
      ],
    });
  }
  out.push({
    title: t.reactions,
    align: 'lrrr',
    rows: [
      [t.reaction, t.calls, t.share, t.interval],
      ...all.reactions.map((r) => [
        label(r.reactionId),
        `${r.calls.k}/${r.calls.n}`,
        pct(r.calls.value, lang),
        interval(r.calls, lang),
      ]),
    ],
  });
  const effects = all.practices.flatMap((p) =>
    p.reactions
      .filter((r) => r.comparison.pValue !== null && r.comparison.pValue < 0.05)
      .map((r) => ({ p, r })),
  );
  effects.sort((a, b) => Math.abs(b.r.comparison.difference ?? 0) - Math.abs(a.r.comparison.difference ?? 0));
  out.push({
    title: t.effects,
    align: 'lrrrr',
    rows: [
      [t.reaction, t.with, t.without, t.difference, 'p'],
      ...effects.map(({ p, r }) => {
        const c = r.comparison;
        return [
          t.after(label(p.practiceId), label(r.reactionId)),
          `${pct(c.first.value, lang)} (n=${c.first.n})`,
          `${pct(c.second.value, lang)} (n=${c.second.n})`,
          `${c.difference !== null && c.difference >= 0 ? '+' : ''}${num(c.difference === null ? null : c.difference * 100, lang)} pts (${num(c.interval ? c.interval.low * 100 : null, lang)}; ${num(c.interval ? c.interval.high * 100 : null, lang)})`,
          formatP(c.pValue, c.test),
        ];
      }),
    ],
  });
  for (const dimension of ['vendor', 'site', 'period'] as const) {
    const groups = doc.groups.filter((g) => g.dimension === dimension);
    if (groups.length === 0) continue;
    out.push({
      title: t.group[dimension],
      align: `l${'r'.repeat(groups.length)}`,
      rows: [
        [t.practice, ...groups.map((g) => `${g.key ?? t.unknown} (n=${g.calls})`)],
        ...all.practices.map((p, i) => [
          label(p.practiceId),
          ...groups.map((g) => pct(g.practices[i]?.calls.value, lang)),
        ]),
      ],
    });
  }
  if (doc.agents) {
    const a = doc.agents as CallStats['agents'];
    out.push({
      title: t.agents,
      align: 'rlrrr',
      rows: [
        [t.rank, t.agent, t.calls, t.score, t.interval],
        ...a.ranked.map((r) => [
          String(r.rank),
          r.agent,
          String(r.n),
          num(r.score, lang, 3),
          r.interval ? `${num(r.interval.low, lang, 3)} – ${num(r.interval.high, lang, 3)}` : '—',
        ]),
      ],
    });
    out.push({
      title: t.best,
      align: 'lrrrr',
      rows: [
        [t.practice, t.bestShare, t.others, t.difference, 'p'],
        ...(a.bestAgents?.practices ?? []).map((d) => [
          label(d.practiceId),
          `${pct(d.comparison.first.value, lang)} (n=${d.comparison.first.n})`,
          `${pct(d.comparison.second.value, lang)} (n=${d.comparison.second.n})`,
          `${num(d.comparison.difference === null ? null : d.comparison.difference * 100, lang)} pts`,
          formatP(d.comparison.pValue, d.comparison.test),
        ]),
      ],
    });
  }
  return out;
}

function formatP(p: number | null, test: string | null): string {
  if (p === null) return '—';
  const shown = p < 0.001 ? '< 0.001' : p.toFixed(3);
  return test === 'fisher_exact' ? `${shown} (Fisher)` : shown;
}

/** The run as aligned terminal tables. */
export function analysisTable(
  doc: ReturnType<typeof analysisDocument>,
  library: Library,
  lang: Lang,
): string {
  const lines = [TEXT[lang].header(doc.calls, doc.files, doc.seconds)];
  for (const s of sections(doc, library, lang)) {
    lines.push(
      '',
      s.title,
      ...(s.rows.length > 1 ? columns(s.rows, s.align).map((l) => `  ${l}`) : [`  ${TEXT[lang].none}`]),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The run as a Markdown report. */
export function analysisMarkdown(
  doc: ReturnType<typeof analysisDocument>,
  library: Library,
  lang: Lang,
): string {
  const lines = [`# ${library.name[lang]}`, '', TEXT[lang].header(doc.calls, doc.files, doc.seconds)];
  for (const s of sections(doc, library, lang)) {
    lines.push(
      '',
      `## ${s.title}`,
      '',
      ...(s.rows.length > 1 ? markdownTable(s.rows, s.align) : [TEXT[lang].none]),
    );
  }
  return `${lines.join('\n')}\n`;
}
