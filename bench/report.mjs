#!/usr/bin/env node
// Feedback report benchmark (issue 6): a vendor's report drafted from the analysis of a
// 5,000-call sample, then exported to DOCX, PDF and Markdown. Plain Node ESM running the server's
// TypeScript through tsx, in one process, on a fresh embedded SQLite database (or PostgreSQL).
//
//   node bench/report.mjs [--calls 6000] [--sample 5000] [--runs 3] [--dialect sqlite|postgres]
//                         [--pg-admin-url URL] [--out DIR]
//
// Setup (timed, not the figure): the demo workspace without contacts; --calls generated French
// calls of the vendor Atlas Relation Client stored as an import would (redacted); a sample plan
// of --sample calls stratified by agent, drawn; an analysis run of the sample with the French
// library. Then --runs times: the report drafted (POST /feedback-reports does exactly this:
// the run's figures over the vendor's calls, example calls, the builder in core, stored), and
// each export. The figure: the median wall time of the draft; target under 10 s.
// Checks: the report holds the sample's calls and six themes; each file is non-empty.
// Results: bench/results/report.json and a markdown table on stdout. Exit 1 if a check failed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPgDatabase, DEFAULT_PG_ADMIN_URL, dropPgDatabase, machineInfo, ROOT, round } from './lib.mjs';

const { values: args } = parseArgs({
  options: {
    calls: { type: 'string', default: '6000' },
    sample: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '3' },
    dialect: { type: 'string', default: 'sqlite' },
    'pg-admin-url': { type: 'string', default: DEFAULT_PG_ADMIN_URL },
    out: { type: 'string', default: path.join(ROOT, 'bench/results') },
  },
});
const log = (msg) => process.stderr.write(`[report] ${msg}\n`);
const calls = Number(args.calls);
const sampleSize = Number(args.sample);
const runs = Number(args.runs);

const { register } = await import('tsx/esm/api');
register();
const server = (file) => import(path.join(ROOT, 'packages/server/src', file));
const { loadConfig } = await server('config/config.ts');
const { openContext } = await server('open-context.ts');
const { createDemo } = await server('demo/create-demo.ts');
const { DEMO_SITES } = await server('demo/demo-data.ts');
const { storeDemoTranscripts } = await server('demo/store-demo-transcripts.ts');
const { createPlan } = await server('app/sampling/sample-plans.ts');
const { drawPlan } = await server('app/sampling/sample-draws.ts');
const { createRun, executeRun } = await server('app/analysis/analysis-runs.ts');
const { createReport } = await server('app/reports/feedback-reports.ts');
const { reportFile } = await server('io/reports/report-file.ts');

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-bench-report-'));
const pgName = `vigie_bench_report_${process.pid}`;
const env = { ...process.env, VIGIE_DATA_DIR: dataDir, VIGIE_LOG_LEVEL: 'warn' };
if (args.dialect === 'postgres') {
  await createPgDatabase(args['pg-admin-url'], pgName);
  env.DATABASE_URL = args['pg-admin-url'].replace(/\/[^/]*$/, `/${pgName}`);
}
const rt = await openContext(loadConfig(env));
const seconds = (start) => (performance.now() - start) / 1000;
const checks = [];
try {
  const ctx = rt.ctx;
  const db = ctx.conn.db;
  let t = performance.now();
  const demo = await createDemo(ctx, { contactDays: 0, transcriptCalls: 0 });
  const ws = demo.workspaceId;
  const vendor = await db
    .selectFrom('vendor')
    .select(['id', 'name'])
    .where('workspaceId', '=', ws)
    .where('name', '=', 'Atlas Relation Client')
    .executeTakeFirstOrThrow();
  const sites = await db
    .selectFrom('site')
    .select(['id', 'name'])
    .where('vendorId', '=', vendor.id)
    .execute();
  const activity = await db
    .selectFrom('activity')
    .select('id')
    .where('workspaceId', '=', ws)
    .where('channel', '=', 'phone')
    .executeTakeFirstOrThrow();
  const analyst = await db
    .selectFrom('user')
    .select(['id', 'email'])
    .where('email', '=', 'analyst@demo.vigie.local')
    .executeTakeFirstOrThrow();
  const actor = {
    userId: analyst.id,
    email: analyst.email,
    workspaceId: ws,
    role: 'analyst',
    vendorId: null,
  };
  // every demo agent at one of Atlas's sites: all the calls are Atlas's
  await storeDemoTranscripts(ctx, {
    workspaceId: ws,
    count: calls,
    seed: 17,
    endDay: '2026-10-30',
    sites: DEMO_SITES.map((s, i) => ({ key: s.key, id: sites[i % sites.length].id, vendorId: vendor.id })),
    activityId: activity.id,
    analystUserId: analyst.id,
  });
  log(`${calls} calls stored and analysed in ${round(seconds(t), 1)} s`);
  t = performance.now();
  const plan = await createPlan(ctx, actor, {
    name: 'Bench',
    population: { vendorId: vendor.id },
    size: { mode: 'fixed', size: sampleSize },
    strata: { by: 'agent', mode: 'proportional', minPerStratum: 0 },
    seed: 1,
  });
  const draw = await drawPlan(ctx, actor, plan.id);
  const drawSeconds = seconds(t);
  t = performance.now();
  const run = await createRun(ctx, actor, { libraryId: 'fr', filter: { sampleId: plan.id } });
  await executeRun(ctx, run.id);
  const analysisSeconds = seconds(t);
  log(
    `sample of ${draw.size} drawn in ${round(drawSeconds, 2)} s, analysed in ${round(analysisSeconds, 1)} s`,
  );
  const timings = { draft: [], docx: [], pdf: [], md: [] };
  const sizes = {};
  let report;
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    report = await createReport(ctx, actor, { runId: run.id, vendorId: vendor.id, language: 'fr' });
    timings.draft.push(seconds(t));
    for (const format of ['docx', 'pdf', 'md']) {
      t = performance.now();
      const file = await reportFile(report.document, format);
      timings[format].push(seconds(t));
      sizes[format] = file.bytes.length;
    }
    log(
      `run ${i + 1}: draft ${round(timings.draft[i], 2)} s, docx ${round(timings.docx[i], 2)} s, pdf ${round(timings.pdf[i], 2)} s`,
    );
  }
  checks.push(['the report holds the sample', report.document.calls === draw.size]);
  checks.push(['six themes', report.document.themes.length === 6]);
  checks.push(['every file written', Object.values(sizes).every((n) => n > 1000)]);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const findings = report.document.themes.reduce((n, th) => n + th.findings.length, 0);
  const result = {
    benchmark: 'report',
    machine: machineInfo(),
    command: `node bench/report.mjs --calls ${calls} --sample ${sampleSize} --runs ${runs} --dialect ${args.dialect}`,
    dialect: args.dialect,
    sampleCalls: draw.size,
    findings,
    drawSeconds: round(drawSeconds, 3),
    analysisSeconds: round(analysisSeconds, 2),
    seconds: Object.fromEntries(
      Object.entries(timings).map(([k, v]) => [
        k,
        { median: round(median(v), 3), runs: v.map((x) => round(x, 3)) },
      ]),
    ),
    bytes: sizes,
    targetSeconds: 10,
    checks: Object.fromEntries(checks),
  };
  fs.mkdirSync(args.out, { recursive: true });
  fs.writeFileSync(
    path.join(args.out, `report-${args.dialect}.json`),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  process.stdout.write(
    `| dialect | sample calls | findings | draft s (median) | DOCX s | PDF s | Markdown s | draw s | analysis s |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n` +
      `| ${args.dialect} | ${draw.size} | ${findings} | ${result.seconds.draft.median} | ${result.seconds.docx.median} | ${result.seconds.pdf.median} | ${result.seconds.md.median} | ${result.drawSeconds} | ${result.analysisSeconds} |\n`,
  );
} finally {
  await rt.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (args.dialect === 'postgres') await dropPgDatabase(args['pg-admin-url'], pgName);
}
const failed = checks.filter(([, ok]) => !ok);
for (const [name] of failed) log(`check failed: ${name}`);
process.exit(failed.length > 0 ? 1 : 0);
