import fs from 'node:fs';
import type { LiveProgress } from '../app/imports/import-progress.ts';
import type { ImportMode } from '../app/imports/run-import.ts';
import type { ServerContext } from '../context.ts';
import { CliError } from './fail.ts';

export interface ImportCommandOptions {
  workspace: string;
  profile: string;
  vendor?: string;
  activity?: string;
  mode: ImportMode;
  dryRun?: boolean;
}

/** An id or a name (case-insensitive) of the workspace's vendors or activities, as an id. */
async function entityId(
  ctx: ServerContext,
  table: 'vendor' | 'activity',
  workspaceId: string,
  value: string,
): Promise<string> {
  const rows = await ctx.conn.db
    .selectFrom(table)
    .select(['id', 'name'])
    .where('workspaceId', '=', workspaceId)
    .execute();
  const found =
    rows.find((r) => r.id === value) ?? rows.find((r) => r.name.toLowerCase() === value.toLowerCase());
  if (!found) {
    const known = rows.map((r) => r.name).join(', ') || 'none';
    throw new CliError(`--${table}: no ${table} "${value}" in this workspace (known: ${known})`);
  }
  return found.id;
}

/** `[#####-----]  42 %` from the bytes read; empty when the reader does not report them (XLSX). */
function bar(done: number, total: number): string {
  if (total <= 0 || done <= 0) return '';
  const share = Math.min(1, done / total);
  const filled = Math.round(share * 20);
  return `[${'#'.repeat(filled)}${'-'.repeat(20 - filled)}] ${String(Math.floor(share * 100)).padStart(3)} % `;
}

function progressLine(p: Readonly<LiveProgress>, started: number, bytesTotal: number): string {
  const seconds = (Date.now() - started) / 1000;
  const rate = seconds > 0 ? Math.round(p.rowsRead / seconds) : 0;
  return `  ${bar(p.bytesRead, bytesTotal)}${p.rowsRead.toLocaleString('en')} rows read, ${p.rowsValid.toLocaleString('en')} valid, ${p.errors} errors, ${p.warnings} warnings (${rate.toLocaleString('en')} rows/s)`;
}

/**
 * Imports a file of contact records into a workspace, as the web app does, showing progress on
 * stderr. Returns the summary for stdout; a rejected or failed import lists its summary and
 * first problems on stderr and throws (exit code 1).
 */
export async function runImportCommand(
  ctx: ServerContext,
  file: string,
  o: ImportCommandOptions,
): Promise<string> {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError(`${file}: no such file`);
  const { findWorkspace } = await import('../db/repositories/workspaces.ts');
  if (!(await findWorkspace(ctx.conn.db, o.workspace)))
    throw new CliError(`no workspace with id ${o.workspace}`);
  const { createImportRecord, runImport } = await import('../app/imports/run-import.ts');
  const { resolveProfile } = await import('../app/imports/import-profiles.ts');
  await resolveProfile(ctx.conn.db, o.workspace, o.profile).catch((err: Error) => {
    throw new CliError(`--profile: ${err.message}`);
  });
  const actor = { userId: null, email: 'cli' };
  const id = await createImportRecord(ctx, actor, {
    workspaceId: o.workspace,
    file,
    fileName: file,
    profile: o.profile,
    vendorId: o.vendor ? await entityId(ctx, 'vendor', o.workspace, o.vendor) : null,
    activityId: o.activity ? await entityId(ctx, 'activity', o.workspace, o.activity) : null,
    mode: o.mode,
    dryRun: o.dryRun === true,
  });
  const started = Date.now();
  const bytesTotal = fs.statSync(file).size;
  const tty = process.stderr.isTTY;
  let last = 0;
  const status = await runImport(ctx, actor, id, (p) => {
    if (Date.now() - last < 250) return;
    last = Date.now();
    process.stderr.write(
      tty ? `\r${progressLine(p, started, bytesTotal)}` : `${progressLine(p, started, bytesTotal)}\n`,
    );
  });
  if (tty) process.stderr.write('\n');
  const rec = await ctx.conn.db
    .selectFrom('interactionImport')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const problems = await ctx.conn.db
    .selectFrom('importProblem')
    .select(['message', 'severity'])
    .where('importId', '=', id)
    .orderBy('seq')
    .limit(10)
    .execute();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const summary = [
    `Import ${id} ${status} in ${seconds} s: ${rec.rowsValid} valid rows, ${rec.rowsImported} stored, ` +
      `${rec.rowsDuplicate} already stored, ${rec.rowsRejected} rejected, ${rec.warnings} warnings.`,
    ...problems.map((p) => `  ${p.severity}: ${p.message}`),
    rec.errors + rec.warnings > problems.length
      ? `  ... ${rec.errors + rec.warnings - problems.length} more problems`
      : '',
  ]
    .filter((l) => l !== '')
    .join('\n');
  if (status === 'rejected' || status === 'failed') {
    process.stderr.write(`${summary}\n`);
    throw new CliError(
      `Nothing was stored${status === 'rejected' ? ' (all-or-nothing: fix the rows, or use --mode quarantine to store the valid ones)' : ''}.`,
    );
  }
  return `${summary}\n`;
}
