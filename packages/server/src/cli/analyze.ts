import { once } from 'node:events';
import fs from 'node:fs';
import { SPEAKER_ROLES, type SpeakerRole } from '@vigie/core';
import type { AnalysisProgress } from '../app/analysis/run-analysis.ts';
import type { TranscriptFormat } from '../io/transcripts/transcript-formats.ts';
import {
  type AnalysisDimension,
  analysisDocument,
  analysisMarkdown,
  analysisTable,
  type Lang,
} from './analysis-output.ts';
import { CliError } from './fail.ts';

export interface AnalyzeOptions {
  format: TranscriptFormat | 'auto';
  library: string;
  language?: string;
  speakers?: string;
  by?: string;
  out: 'json' | 'md' | 'table';
  lang?: Lang;
  calls?: string;
  workers?: string;
}

const DIMENSIONS: readonly AnalysisDimension[] = ['vendor', 'site', 'agent', 'period'];

/**
 * `vigie analyze`: runs a practice library over transcript files and folders on every core, with
 * a progress bar on a terminal, and prints the figures (docs/analyze-output.md). Unreadable
 * transcripts are listed on stderr and make the exit code 1; the others are still analysed.
 */
export async function runAnalyze(inputs: string[], o: AnalyzeOptions): Promise<string> {
  const by = parseBy(o.by);
  const speakers = o.speakers ? parseSpeakers(o.speakers) : undefined;
  const workers = o.workers === undefined ? undefined : Number(o.workers);
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1))
    throw new CliError(`--workers: ${o.workers} is not a whole number of at least 1`);
  const [{ resolveLibrary }, { listTranscriptFiles }, { runAnalysis }] = await Promise.all([
    import('../app/analysis/resolve-library.ts'),
    import('../app/analysis/transcript-inputs.ts'),
    import('../app/analysis/run-analysis.ts'),
  ]);
  const files = (() => {
    try {
      return listTranscriptFiles(inputs);
    } catch (err) {
      throw new CliError((err as Error).message);
    }
  })();
  if (files.length === 0) throw new CliError(`no transcript files in ${inputs.join(', ')}`);
  const library = (() => {
    try {
      return resolveLibrary(o.library);
    } catch (err) {
      throw new CliError(`--library: ${(err as Error).message}`);
    }
  })();

  const callsOut = o.calls ? fs.createWriteStream(o.calls) : null;
  const bar = progressBar();
  const run = await runAnalysis({
    files,
    library,
    read: { format: o.format, language: o.language ?? library.language, ...(speakers ? { speakers } : {}) },
    sendResults: callsOut !== null,
    ...(workers ? { workers } : {}),
    onProgress: bar.update,
    ...(callsOut
      ? {
          onResults: async (results) => {
            if (!callsOut.write(`${results.map((r) => JSON.stringify(r)).join('\n')}\n`))
              await once(callsOut, 'drain');
          },
        }
      : {}),
  });
  bar.done();
  if (callsOut)
    await new Promise<void>((resolve, reject) =>
      callsOut.end((err?: Error | null) => (err ? reject(err) : resolve())),
    );
  if (run.problems.length > 0) {
    process.exitCode = 1;
    const shown = run.problems.slice(0, 20).map((p) => `  ${p.message}`);
    const more =
      run.problems.length > shown.length ? [`  … and ${run.problems.length - shown.length} more`] : [];
    process.stderr.write(
      `vigie: ${run.problems.length} transcript(s) could not be read:\n${[...shown, ...more].join('\n')}\n`,
    );
  }
  const doc = analysisDocument(run, library, by, files.length);
  const lang = o.lang ?? (library.language === 'fr' ? 'fr' : 'en');
  if (o.out === 'json') return `${JSON.stringify(doc, null, 2)}\n`;
  return o.out === 'md' ? analysisMarkdown(doc, library, lang) : analysisTable(doc, library, lang);
}

function parseBy(by: string | undefined): AnalysisDimension[] {
  if (!by) return [];
  return by.split(',').map((d) => {
    const dimension = d.trim() as AnalysisDimension;
    if (!DIMENSIONS.includes(dimension))
      throw new CliError(`--by: ${d} is not one of ${DIMENSIONS.join(', ')}`);
    return dimension;
  });
}

/** `spk_0=agent,spk_1=customer` → { spk_0: 'agent', spk_1: 'customer' } */
export function parseSpeakers(text: string): Record<string, SpeakerRole> {
  const out: Record<string, SpeakerRole> = {};
  for (const pair of text.split(',')) {
    const [label, role] = pair.split('=').map((s) => s.trim());
    if (!label || !role || !(SPEAKER_ROLES as readonly string[]).includes(role))
      throw new CliError(`--speakers: "${pair}" is not label=agent, label=customer or label=system`);
    out[label] = role as SpeakerRole;
  }
  return out;
}

/** A progress bar on stderr when it is a terminal: calls, MB, calls/s, MB/s, time left. */
function progressBar(): { update: (p: Readonly<AnalysisProgress>) => void; done: () => void } {
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  let last = 0;
  let shown = false;
  const line = (p: Readonly<AnalysisProgress>): string => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    const share = p.totalBytes > 0 ? Math.min(1, p.bytes / p.totalBytes) : 0;
    const width = 24;
    const filled = Math.round(share * width);
    const left = share > 0 ? (seconds / share) * (1 - share) : 0;
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0)} % · ${p.calls} calls · ${(p.bytes / 1e6).toFixed(1)}/${(p.totalBytes / 1e6).toFixed(1)} MB · ${Math.round(p.calls / seconds)} calls/s · ${(p.bytes / 1e6 / seconds).toFixed(1)} MB/s · ${Math.ceil(left)} s left${p.problems ? ` · ${p.problems} unreadable` : ''}`;
  };
  return {
    update: (p) => {
      if (!tty || Date.now() - last < 200) return;
      last = Date.now();
      shown = true;
      process.stderr.write(`\r${line(p)}\x1b[K`);
    },
    done: () => {
      if (shown) process.stderr.write('\n');
    },
  };
}
