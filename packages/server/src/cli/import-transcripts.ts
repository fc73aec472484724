import type { ServerContext } from '../context.ts';
import type { TranscriptFormat } from '../io/transcripts/read-transcript-file.ts';
import { parseSpeakers } from './analyze.ts';
import { CliError } from './fail.ts';

export interface ImportTranscriptsOptions {
  workspace: string;
  vendor?: string;
  format: TranscriptFormat | 'auto';
  language: string;
  speakers?: string;
  redact: boolean;
}

/**
 * `vigie import transcripts`: stores transcript files in a workspace, all or nothing. Every
 * problem of every file is listed (file and line) and nothing is stored when there is one.
 */
export async function runImportTranscripts(
  inputs: string[],
  o: ImportTranscriptsOptions,
  openContext: () => Promise<{ ctx: ServerContext; close: () => Promise<void> }>,
): Promise<string> {
  const speakers = o.speakers ? parseSpeakers(o.speakers) : undefined;
  const rt = await openContext();
  try {
    const { findWorkspace } = await import('../db/repositories/workspaces.ts');
    if (!(await findWorkspace(rt.ctx.conn.db, o.workspace)))
      throw new CliError(`no workspace with id ${o.workspace}`);
    const { importTranscripts, TranscriptImportRejected } = await import(
      '../app/analysis/import-transcripts.ts'
    );
    const tty = process.stderr.isTTY === true;
    const started = Date.now();
    try {
      const r = await importTranscripts(rt.ctx, {
        workspaceId: o.workspace,
        inputs,
        vendor: o.vendor ?? null,
        format: o.format,
        language: o.language,
        ...(speakers ? { speakers } : {}),
        redact: o.redact,
        onProgress: (done, total) => {
          if (tty) process.stderr.write(`\rStoring ${done}/${total} calls…`);
        },
      });
      if (tty) process.stderr.write('\n');
      const redacted = Object.entries(r.redactions)
        .filter(([, n]) => n > 0)
        .map(([type, n]) => `${n} ${type}`)
        .join(', ');
      return (
        `Stored ${r.stored} call${r.stored === 1 ? '' : 's'} from ${r.files} file${r.files === 1 ? '' : 's'} in ${((Date.now() - started) / 1000).toFixed(1)} s` +
        `${r.alreadyStored ? ` (${r.alreadyStored} already stored, left as they were)` : ''}.\n` +
        (o.redact ? `Redacted: ${redacted || 'nothing found'}.\n` : 'Not redacted (--no-redact).\n')
      );
    } catch (err) {
      if (err instanceof TranscriptImportRejected) {
        const shown = err.problems.slice(0, 50).map((p) => `  ${p.message}`);
        const more =
          err.problems.length > shown.length ? [`  … and ${err.problems.length - shown.length} more`] : [];
        process.stderr.write(`${[...shown, ...more].join('\n')}\n`);
        throw new CliError(`${err.problems.length} transcript problem(s): nothing was stored`);
      }
      if (err instanceof Error && err.message.startsWith('--vendor')) throw new CliError(err.message);
      if (err instanceof Error && /no such file or folder/.test(err.message)) throw new CliError(err.message);
      throw err;
    }
  } finally {
    await rt.close();
  }
}
