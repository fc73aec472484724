import fs from 'node:fs';
import { buildFeedbackReport, type Library } from '@vigie/core';
import type { RunFilter } from '../app/analysis/analysis-runs.ts';
import { Lookup } from '../app/imports/entity-resolver.ts';
import { reportInput } from '../app/reports/report-input.ts';
import type { ServerContext } from '../context.ts';
import { type ReportFormat, reportFile } from '../io/reports/report-file.ts';
import { CliError } from './fail.ts';

export interface ReportOptions {
  run: string;
  format: ReportFormat;
  vendor?: string;
  lang: 'fr' | 'en';
  out?: string;
}

type OpenContext = () => Promise<{ ctx: ServerContext; close: () => Promise<void> }>;

/**
 * `vigie report --run ID`: drafts a vendor's feedback report from a finished analysis run, as the
 * web app does, and writes it as DOCX, PDF or Markdown (not stored: the web app keeps the edited
 * and published reports). Returns what was written.
 */
export async function runReport(o: ReportOptions, openContext: OpenContext): Promise<string> {
  const rt = await openContext();
  try {
    const db = rt.ctx.conn.db;
    const run = await db.selectFrom('analysisRun').selectAll().where('id', '=', o.run).executeTakeFirst();
    if (!run) throw new CliError(`no analysis run with id ${o.run}`);
    if (run.status !== 'done') throw new CliError(`analysis run ${o.run} is ${run.status}, not done`);
    const filter = JSON.parse(run.filterJson) as RunFilter;
    const vendors = await db
      .selectFrom('vendor')
      .select(['id', 'name'])
      .where('workspaceId', '=', run.workspaceId)
      .execute();
    const wanted = o.vendor ?? filter.vendorId;
    if (wanted === undefined)
      throw new CliError(
        `the run covers every vendor: give --vendor (${vendors.map((v) => v.name).join(', ')})`,
      );
    const vendor = new Lookup(vendors).find(wanted);
    if (!vendor) throw new CliError(`--vendor: no vendor "${wanted}" in the run's workspace`);
    const draw = filter.sampleId
      ? await db
          .selectFrom('sampleDraw')
          .select(['planId', 'size', 'populationSize', 'seed'])
          .where('planId', '=', filter.sampleId)
          .executeTakeFirst()
      : undefined;
    const report = buildFeedbackReport(
      await reportInput(db, {
        workspaceId: run.workspaceId,
        runId: run.id,
        library: JSON.parse(run.libraryJson) as Library,
        vendor,
        language: o.lang,
        sample: draw ?? null,
      }),
    );
    if (report.calls === 0) throw new CliError(`the run holds no call of ${vendor.name}`);
    const file = await reportFile(report, o.format);
    const out = o.out ?? file.name;
    fs.writeFileSync(out, file.bytes);
    return `Wrote ${out}: ${vendor.name}, ${report.calls} calls, ${report.themes.reduce((n, t) => n + t.findings.length, 0)} findings.\n`;
  } finally {
    await rt.close();
  }
}
