#!/usr/bin/env node
// Contact-record benchmarks (issue 3): bulk import, dashboard API at 10 M stored rows, and a
// pandas reference of `vigie kpi`. Plain Node ESM, loopback only, no network.
//
//   node bench/contact-records.mjs import    [--rows 1000000] [--dialect sqlite,postgres] [--profile]
//   node bench/contact-records.mjs dashboard [--rows 10000000] [--dialect sqlite,postgres]
//                                            [--connections 1,10] [--duration 10] [--warmup 3]
//                                            [--profile] [--only-crosscheck] [--keep] [--reuse]
//   node bench/contact-records.mjs pandas    [--sizes 1000000,10000000]
//   node bench/contact-records.mjs clean     (deletes the cached generated files)
//   common: --cache DIR (/tmp/vigie-bench-cache), --seed 42, --quiet-timeout S (180),
//           --pg-admin-url URL, --out DIR (bench/results), --timeout S (per child, 1800),
//           --keep (keep the data dir / database of `dashboard` for a later --reuse), --reuse
//
// import: per dialect, a fresh data dir (and a fresh vigie_bench_* database), VIGIE_DEMO_DAYS=0;
//   the server is started once to create the demo workspace, the admin creates through the API
//   the vendors, sites and activities the generator names, and the server is stopped. Then
//   `vigie import interactions <file> --workspace <ws> --profile vigie` is timed under
//   /usr/bin/time -v, twice (the second run must store nothing). --profile adds a third run on
//   a fresh database under `node --cpu-prof`, summarised by file.
// dashboard: the same setup and one import of --rows, then `vigie serve`, sign-in as the demo
//   manager, a cross-check of `GET /kpi/summary?by=day` against `vigie kpi --by day` on the same
//   file, and per KPI route one cold request, then per connection count a warm-up and a
//   measured autocannon run (latencies of every response). --profile: per route, a server under
//   --cpu-prof answers 20 requests in a row. --only-crosscheck: no load runs.
// pandas: `vigie kpi FILE --profile vigie --by day --format json` and bench/kpi_pandas.py on the
//   same file, each under /usr/bin/time -v, and a day-by-day comparison of their figures.
//
// Generated files are cached in --cache under the names kpi-throughput.mjs uses (so it can
// reuse them with --dir); everything else (data dirs, databases, profiles) is removed at the end,
// also on failure or Ctrl-C. Results: bench/results/contact-records-<subcommand>.json and
// markdown tables on stdout. Exit 1 if a check failed, 2 on a setup failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import {
  cachedInteractions,
  DEFAULT_VENDOR_COUNT,
  GENERATED_ACTIVITIES,
  GENERATOR_VERSION,
  generatedVendors,
  interactionsFileName,
} from './generate-interactions.mjs';
import {
  assertLoopback,
  cleanupStack,
  codeState,
  cpuSecondsOf,
  DEFAULT_PG_ADMIN_URL,
  dropPgDatabase,
  freePort,
  headerComment,
  machineBusySeconds,
  machineInfo,
  peakRssMiB,
  percentile,
  ROOT,
  round,
  SERVER_BIN,
  sameCode,
  scriptFail,
  scriptLog,
  stealSeconds,
  stopServer,
  waitForQuiet,
} from './lib.mjs';
import {
  backendCpu,
  childTimer,
  importCommand,
  importSummary,
  pgSampler,
  withPostgresCpu,
} from './timing.mjs';
import { api, benchDatabases, cliEnv, DEMO_MANAGER, signIn } from './workspace-setup.mjs';

const log = scriptLog('contact-records');
const fail = scriptFail('contact-records');

// The generator's 4 built-in vendors with their sites, which the setup creates; the generator
// does not say where the sites are: Atlas Services' are in Morocco, the others in France.
const GEN_VENDORS = generatedVendors(DEFAULT_VENDOR_COUNT).map((v) =>
  v.name === 'Atlas Services' ? { ...v, country: 'MA', shore: 'nearshore' } : v,
);

const [command, ...argv] = process.argv.slice(2);
const { values: args } = parseArgs({
  args: argv,
  options: {
    rows: { type: 'string' },
    sizes: { type: 'string', default: '1000000,10000000' },
    dialect: { type: 'string', multiple: true },
    connections: { type: 'string', default: '1,10' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    cache: { type: 'string', default: path.join(os.tmpdir(), 'vigie-bench-cache') },
    seed: { type: 'string', default: '42' },
    'quiet-timeout': { type: 'string', default: '180' },
    'pg-admin-url': { type: 'string', default: process.env.VIGIE_BENCH_PG_ADMIN_URL ?? DEFAULT_PG_ADMIN_URL },
    out: { type: 'string', default: path.join(ROOT, 'bench/results') },
    timeout: { type: 'string', default: '1800' },
    profile: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    'only-crosscheck': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help || !['import', 'dashboard', 'pandas', 'clean'].includes(command)) {
  process.stdout.write(headerComment(import.meta.url));
  process.exit(args.help ? 0 : 2);
}
const seed = Number(args.seed);
const quietTimeout = Number(args['quiet-timeout']);
const childTimeout = Number(args.timeout);
const pgAdminUrl = args['pg-admin-url'];
assertLoopback(pgAdminUrl);
const dialects = (args.dialect ?? ['sqlite', 'postgres']).flatMap((d) => d.split(',')).filter(Boolean);
for (const d of dialects) if (!['sqlite', 'postgres'].includes(d)) fail(`unknown dialect ${d}`);
if (!fs.existsSync('/usr/bin/time')) fail('/usr/bin/time (GNU time) is missing: apt-get install -y time');

// ---------------------------------------------------------------- cleanup
const { defer, undefer, cleanup } = cleanupStack(log);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-bench-cr-'));
defer(() => fs.rmSync(scratch, { recursive: true, force: true }));
// each child process under /usr/bin/time -v and timeout, killed on cleanup
const timed = childTimer({ scratch, timeoutS: childTimeout, defer, undefer });
const {
  serveDatabase,
  prepareDatabase,
  releaseDatabase,
  reuseDatabase,
  settleDatabase,
  databaseBytes,
  tableCounts,
} = benchDatabases({
  pgAdminUrl,
  dirPrefix: 'vigie-bench-cr-',
  log,
  defer,
  undefer,
  vendors: GEN_VENDORS,
  activities: GENERATED_ACTIVITIES,
});

// ---------------------------------------------------------------- generated files (cached)
/** Same names and metadata as kpi-throughput.mjs, so both reuse the same files. */
async function dataFile(rows) {
  const file = path.join(args.cache, interactionsFileName(rows, { seed }));
  await cachedInteractions(file, rows, { seed, customers: true, log });
  return file;
}

// ---------------------------------------------------------------- database setup
/** Rows in the contact table and the rollups the dashboard reads. */
const COUNTED_TABLES = [
  'interaction',
  'kpi_day_rollup',
  'kpi_interval_rollup',
  'kpi_agent_day_rollup',
  'kpi_agent_channel_rollup',
  'kpi_histogram',
];

// ---------------------------------------------------------------- timed import
/** One timed `vigie import interactions`; phases from the progress lines on stderr. */
async function timedImport(db, file, rows, label, nodeArgs = []) {
  const quietWaitS = await waitForQuiet(quietTimeout, log);
  log(
    `${label}: vigie import interactions (${rows.toLocaleString('en')} rows, load ${os.loadavg()[0].toFixed(2)})`,
  );
  // what the import's PostgreSQL backends run meanwhile: the Node process only waits on them then
  const stopSampler = db.dialect === 'postgres' ? await pgSampler(pgAdminUrl, db.dbName) : null;
  let lastPrint = 0;
  const r = await timed(importCommand(file, db.workspaceId, nodeArgs), {
    env: cliEnv(db.dataDir, db.databaseUrl),
    onStderrLine: (line, t) => {
      if (t - lastPrint > 15) {
        lastPrint = t;
        log(`  ${line.trim()}`);
      }
    },
  });
  const sampled = stopSampler ? await stopSampler() : undefined;
  if (sampled) withPostgresCpu(r, sampled.backendCpuSeconds);
  const sqlSamples = sampled?.statements;
  const summary = importSummary(r.stdout);
  // progress lines: "... 123,000 lines read, 123,000 valid, ..." every >= 250 ms while rows
  // are read and stored; after the last row, repeat gaps and rollups run with no line printed.
  const progress = r.stderr
    .map(({ t, line }) => {
      const p = line.match(/([\d,]+) (?:lines|rows) read/);
      return p ? { t, read: Number(p[1].replaceAll(',', '')) } : null;
    })
    .filter(Boolean);
  let readEndS = null;
  const done = progress.findIndex((p) => p.read >= rows);
  if (done > 0) {
    // the first line showing every row is either printed right after the last batch, or
    // (throttled) only after the rollups: then the read ended within ~0.25 s of the line before
    const gap = progress[done].t - progress[done - 1].t;
    readEndS = gap > 1 ? progress[done - 1].t + 0.25 : progress[done].t;
  }
  const res = {
    label,
    dialect: db.dialect,
    rows,
    quietWaitS,
    ...r,
    rowsPerSecond: Math.round(rows / r.wallSeconds),
    summary,
    phases: readEndS && {
      readAndStoreSeconds: round(readEndS, 1),
      afterLastRowSeconds: round(r.wallSeconds - readEndS, 1),
    },
    sqlSamples,
    stdout: r.stdout.trim(),
    stderr: undefined,
    stderrTail: r.stderr.slice(-5).map((x) => x.line),
  };
  log(
    `${label}: ${r.wallSeconds.toFixed(1)} s wall, ${res.rowsPerSecond} rows/s, ${r.maxRssMiB} MiB peak RSS, ` +
      `cpu ${r.cpuSeconds} s${r.postgresCpuSeconds !== undefined ? `, postgres ${r.postgresCpuSeconds} s` : ''}, ` +
      `other ${r.otherCores} cores; ${r.stdout.trim().split('\n')[0]}` +
      (res.phases
        ? `; rows in by ${res.phases.readAndStoreSeconds} s, then ${res.phases.afterLastRowSeconds} s`
        : ''),
  );
  if (r.exitCode !== 0) log(`  exit ${r.exitCode}: ${res.stderrTail.join('\n  ')}`);
  return res;
}

// ---------------------------------------------------------------- CPU profile summary
function category(url) {
  if (!url) return 'V8/native';
  if (url.includes('read-csv-records')) return 'reader (read-csv-records.ts)';
  if (url.includes('import-interactions')) return 'import (import-interactions.ts)';
  if (url.includes('profiles/vigie-csv')) return 'mapping (vigie-csv.ts)';
  if (url.includes('run-import')) return 'run-import.ts';
  if (url.includes('entity-resolver')) return 'entity-resolver.ts';
  if (url.includes('interaction-store')) return 'interaction-store.ts (rows, insert)';
  if (url.includes('packages/core/src/kpi')) return 'core/src/kpi (flags, timestamps)';
  if (url.includes('kpi-queries') || url.includes('kpi-contacts')) return 'kpi-queries.ts / kpi-contacts.ts';
  if (url.includes('routes/kpi')) return 'routes/kpi.ts';
  if (url.includes('better-sqlite3')) return 'better-sqlite3 (JS side)';
  if (url.includes('better-auth') || url.includes('better-call')) return 'better-auth';
  if (url.includes('node_modules/hono') || url.includes('@hono')) return 'hono';
  if (url.includes('node_modules/zod')) return 'zod';
  if (url.includes('packages/core/src')) return 'core (other)';
  if (url.includes('packages/server/src')) return 'server (other)';
  if (url.includes('node_modules/pg')) return 'pg driver';
  if (url.includes('node_modules/kysely')) return 'kysely';
  if (url.includes('node_modules/tsx')) return 'tsx';
  if (url.startsWith('node:')) return 'node internals';
  return 'other JS';
}

/** `fromUs`: only samples taken after this CLOCK_MONOTONIC time in µs (process.hrtime, V8's clock). */
function summariseProfile(profDir, fromUs = 0, toUs = Number.POSITIVE_INFINITY) {
  // the main thread: the profile with the most busy (not idle) time; tsx's loader thread idles
  let best = null;
  let bestBusy = -1;
  for (const f of fs.readdirSync(profDir).filter((x) => x.endsWith('.cpuprofile'))) {
    const p = JSON.parse(fs.readFileSync(path.join(profDir, f), 'utf8'));
    const idle = new Set(p.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
    let busy = 0;
    p.samples.forEach((id, i) => {
      if (!idle.has(id)) busy += p.timeDeltas[i] ?? 0;
    });
    if (busy > bestBusy) {
      best = p;
      bestBusy = busy;
    }
  }
  const byId = new Map(best.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let t = best.startTime;
  best.samples.forEach((id, i) => {
    t += best.timeDeltas[i] ?? 0;
    if (t >= fromUs && t <= toUs) self.set(id, (self.get(id) ?? 0) + (best.timeDeltas[i] ?? 0));
  });
  let total = 0;
  const fns = new Map();
  const cats = new Map();
  for (const [id, us] of self) {
    const cf = byId.get(id).callFrame;
    total += us;
    const file = cf.url.replace(/^file:\/\//, '').replace(`${ROOT}/`, '');
    const key = `${cf.functionName || '(anonymous)'} ${file ? `${file}:${cf.lineNumber + 1}` : ''}`.trim();
    fns.set(key, (fns.get(key) ?? 0) + us);
    const cat = cf.url ? category(cf.url) : cf.functionName;
    cats.set(cat, (cats.get(cat) ?? 0) + us);
  }
  const pct = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .map(([name, us]) => ({ name, seconds: round(us / 1e6), percent: round((100 * us) / total, 1) }));
  return { totalSeconds: round(total / 1e6), byCategory: pct(cats), topFunctions: pct(fns).slice(0, 25) };
}

// ---------------------------------------------------------------- import
async function runImportBench() {
  const rows = Number(args.rows ?? 1_000_000);
  const file = await dataFile(rows);
  const out = {
    machine: machineInfo(),
    date: new Date().toISOString(),
    rows,
    seed,
    file: path.basename(file),
    runs: [],
  };
  let ok = true;
  for (const dialect of dialects) {
    const db = await prepareDatabase(dialect, dialect);
    try {
      const first = await timedImport(db, file, rows, `${dialect} first import`);
      first.databaseBytes = await databaseBytes(db);
      const second = await timedImport(db, file, rows, `${dialect} re-import (idempotent)`);
      first.check = first.summary?.stored === rows && first.summary?.rejected === 0 && first.exitCode === 0;
      second.check =
        second.summary?.stored === 0 && second.summary?.alreadyStored === rows && second.exitCode === 0;
      if (!first.check || !second.check) ok = false;
      out.runs.push(first, second);
    } finally {
      await releaseDatabase(db);
    }
    if (args.profile) {
      const pdb = await prepareDatabase(dialect, `${dialect} profile`);
      const profDir = fs.mkdtempSync(path.join(scratch, 'prof-'));
      try {
        const p = await timedImport(pdb, file, rows, `${dialect} import under --cpu-prof`, [
          '--cpu-prof',
          '--cpu-prof-dir',
          profDir,
        ]);
        p.profile = summariseProfile(profDir);
        log(`${dialect} profile by category: ${JSON.stringify(p.profile.byCategory.slice(0, 10))}`);
        out.runs.push(p);
      } finally {
        fs.rmSync(profDir, { recursive: true, force: true });
        await releaseDatabase(pdb);
      }
    }
  }
  writeResult(`contact-records-import${rows === 1_000_000 ? '' : `-${rows}`}.json`, out);
  const lines = [
    '| dialect | run | wall s | rows/s | peak RSS MiB | CPU s (import process) | PostgreSQL CPU s | rows in by (s) | after last row (s) | stored | already stored | other CPU (cores) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of out.runs) {
    lines.push(
      `| ${r.dialect} | ${r.label.replace(`${r.dialect} `, '')} | ${r.wallSeconds.toFixed(1)} | ${r.rowsPerSecond.toLocaleString('en')} | ${Math.round(r.maxRssMiB)} | ${r.cpuSeconds.toFixed(1)} | ${r.postgresCpuSeconds?.toFixed(1) ?? '–'} | ${r.phases?.readAndStoreSeconds ?? '?'} | ${r.phases?.afterLastRowSeconds ?? '?'} | ${r.summary?.stored.toLocaleString('en') ?? '?'} | ${r.summary?.alreadyStored.toLocaleString('en') ?? '?'} | ${r.otherCores} |`,
    );
  }
  process.stdout.write(`\n${lines.join('\n')}\n`);
  return ok;
}

// ---------------------------------------------------------------- dashboard
async function cannon(baseUrl, request, seconds, connections, serverPid, dbName) {
  const latencies = [];
  const statuses = {};
  let reqErrors = 0;
  const pgBefore = dbName ? await backendCpu(pgAdminUrl, dbName) : null;
  const cpuBefore = {
    server: cpuSecondsOf(serverPid),
    machine: machineBusySeconds(),
    steal: stealSeconds(),
  };
  const client = process.cpuUsage();
  const pgAfter = async () => {
    if (!dbName) return undefined;
    const after = await backendCpu(pgAdminUrl, dbName);
    let s = 0;
    for (const [pid, cpu] of after) s += cpu - (pgBefore.get(pid) ?? 0);
    return s;
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        requests: [request],
        timeout: 30,
        renderProgressBar: false,
        renderResultsTable: false,
      },
      async (err, result) => {
        if (err) return reject(err);
        const c = process.cpuUsage(client);
        const sorted = Float64Array.from(latencies).sort();
        const cpu = {
          server: round(cpuSecondsOf(serverPid) - cpuBefore.server),
          benchClient: round((c.user + c.system) / 1e6),
          wholeMachine: round(machineBusySeconds() - cpuBefore.machine),
          steal: round(stealSeconds() - cpuBefore.steal),
        };
        // the server's PostgreSQL backends (this database only)
        cpu.postgres = round(await pgAfter());
        cpu.otherProcesses = round(
          cpu.wholeMachine - cpu.steal - cpu.server - (cpu.postgres ?? 0) - cpu.benchClient,
        );
        resolve({
          durationS: result.duration,
          requestsPerSec: round(latencies.length / result.duration, 1),
          responses: latencies.length,
          latencyMs: {
            mean: round(latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length)),
            p50: round(percentile(sorted, 50)),
            p95: round(percentile(sorted, 95)),
            p99: round(percentile(sorted, 99)),
            max: round(sorted.length ? sorted[sorted.length - 1] : null),
          },
          statusCodes: statuses,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          reqErrors,
          cpuSeconds: cpu,
          serverCpuMsPerRequest: latencies.length ? round((cpu.server * 1000) / latencies.length) : null,
          otherCores: round(Math.max(0, cpu.otherProcesses) / result.duration),
          serverPeakRssMiB: peakRssMiB(serverPid),
        });
      },
    );
    instance.on('response', (_c, status, _b, ms) => {
      latencies.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
    });
    instance.on('reqError', () => {
      reqErrors++;
    });
  });
}

function dashboardScenarios(ws, vendorIds) {
  const k = `/api/workspaces/${ws}/kpi`;
  const armor = vendorIds['Armor Contact'];
  return [
    {
      name: 'summary by vendor, 1 month',
      path: `${k}/summary?from=2025-02-01&to=2025-02-28&by=vendor`,
      check: (b) => b.rows.length === 4 || `${b.rows.length} rows, expected 4`,
    },
    {
      name: 'summary by vendor,day, 3 months',
      path: `${k}/summary?from=2025-01-01&to=2025-03-31&by=vendor,day`,
      check: (b) => b.rows.length === 360 || `${b.rows.length} rows, expected 360`,
    },
    {
      name: 'summary by agent, 1 vendor, 1 month',
      path: `${k}/summary?from=2025-02-01&to=2025-02-28&by=agent&vendorId=${armor}`,
      check: (b) => b.rows.length >= 100 || `${b.rows.length} rows`,
    },
    {
      name: 'heatmap, 1 vendor, 1 month (30 min)',
      path: `${k}/heatmap?from=2025-02-01&to=2025-02-28&vendorId=${armor}&interval=30`,
      check: (b) => b.cells.length === 28 * 24 || `${b.cells.length} cells, expected ${28 * 24}`,
    },
    {
      name: 'distributions, 1 month',
      path: `${k}/distributions?from=2025-02-01&to=2025-02-28`,
      check: (b) => b.wait.reduce((s, x) => s + x.count, 0) > 0 || 'empty histogram',
    },
    {
      name: 'contacts drill-down, 1 vendor-day, limit 50',
      path: `${k}/contacts?from=2025-02-12&to=2025-02-12&vendorId=${armor}&limit=50`,
      check: (b) => (b.items.length === 50 && b.total >= 50) || `${b.items.length} items of ${b.total}`,
    },
  ];
}

function stateFile(dialect, rows) {
  return path.join(args.cache, `dashboard-state-${dialect}-${rows}.json`);
}

async function runDashboardBench() {
  const rows = Number(args.rows ?? 10_000_000);
  const connectionCounts = args.connections.split(',').map(Number);
  const duration = Number(args.duration);
  const warmup = Number(args.warmup);
  const out = {
    machine: machineInfo(),
    date: new Date().toISOString(),
    rows,
    seed,
    settings: { connectionCounts, durationS: duration, warmupS: warmup },
    dialects: [],
  };
  let ok = true;
  for (const dialect of dialects) {
    const entry = { dialect, import: null, scenarios: [] };
    out.dialects.push(entry);
    let db = args.reuse ? reuseDatabase(stateFile(dialect, rows)) : null;
    if (db) {
      entry.import = db.import;
      entry.reused = true;
    }
    try {
      if (!db) {
        const file = await dataFile(rows);
        db = await prepareDatabase(dialect, dialect);
        const imp = await timedImport(
          db,
          file,
          rows,
          `${dialect} import of ${rows.toLocaleString('en')} rows`,
        );
        imp.databaseBytes = await databaseBytes(db);
        entry.import = imp;
        if (imp.summary?.stored !== rows) {
          ok = false;
          throw new Error(`${dialect}: the import stored ${imp.summary?.stored} rows, not ${rows}`);
        }
      }
      entry.tableRows = await tableCounts(db, COUNTED_TABLES);
      log(`${dialect}: rows stored ${JSON.stringify(entry.tableRows)}`);
      const port = await freePort();
      const server = await serveDatabase(db, port);
      const stop = defer(() => stopServer(server.child));
      try {
        entry.serverStartMs = Math.round(server.startMs);
        entry.code = codeState();
        const { cookie } = await signIn(server.baseUrl, DEMO_MANAGER);
        // the stored rollups against `vigie kpi` on the same file, day by day
        const byDay = await api(
          server.baseUrl,
          cookie,
          'GET',
          `/api/workspaces/${db.workspaceId}/kpi/summary?from=2025-01-01&to=2025-03-31&by=day`,
        );
        await stopServer(server.child); // vigie kpi may run now: not beside a server under test
        entry.crossCheck = compare(await vigieKpiByDay(rows), byDay.rows);
        log(
          `${dialect}: API summary by day vs vigie kpi --by day: agree ${entry.crossCheck.agree} ${entry.crossCheck.problems.slice(0, 3).join('; ')}`,
        );
        if (!entry.crossCheck.agree) ok = false;
        if (!args['only-crosscheck']) {
          Object.assign(server, await serveDatabase(db, port));
        }
        if (args.profile) {
          // per request type: a server under --cpu-prof answers 20 requests one after the other
          await stopServer(server.child);
          entry.profiles = [];
          for (const sc of dashboardScenarios(db.workspaceId, db.vendorIds)) {
            const profDir = fs.mkdtempSync(path.join(scratch, 'prof-'));
            Object.assign(server, await serveDatabase(db, port, ['--cpu-prof', '--cpu-prof-dir', profDir]));
            const { cookie: pc } = await signIn(server.baseUrl, DEMO_MANAGER);
            const ms = [];
            let fromUs = 0;
            for (let k = 0; k < 21; k++) {
              // the first one warms up; the profile counts from the second
              if (k === 1) fromUs = Number(process.hrtime.bigint() / 1000n);
              const t0 = performance.now();
              const res = await fetch(`${server.baseUrl}${sc.path}`, { headers: { cookie: pc } });
              await res.arrayBuffer();
              if (k > 0) ms.push(performance.now() - t0);
            }
            const toUs = Number(process.hrtime.bigint() / 1000n);
            await stopServer(server.child);
            const prof = summariseProfile(profDir, fromUs, toUs);
            prof.windowSeconds = round((toUs - fromUs) / 1e6);
            fs.rmSync(profDir, { recursive: true, force: true });
            const sorted = Float64Array.from(ms).sort();
            entry.profiles.push({
              name: sc.name,
              requests: 20,
              medianMs: round(percentile(sorted, 50)),
              ...prof,
            });
            log(
              `${dialect} profile ${sc.name}: median ${round(percentile(sorted, 50))} ms; ` +
                prof.byCategory
                  .filter((c) => c.name !== '(idle)')
                  .slice(0, 6)
                  .map((c) => `${c.name} ${c.seconds} s`)
                  .join(', '),
            );
          }
          if (!args['only-crosscheck']) Object.assign(server, await serveDatabase(db, port));
        }
        const scenarios = args['only-crosscheck'] ? [] : dashboardScenarios(db.workspaceId, db.vendorIds);
        const session = args['only-crosscheck'] ? null : await signIn(server.baseUrl, DEMO_MANAGER);
        for (const sc of scenarios) {
          const cookie = session.cookie;
          const request = { method: 'GET', path: sc.path, headers: { cookie } };
          // one request on a server that has not answered it yet: the cold figure
          const t0 = performance.now();
          const res = await fetch(`${server.baseUrl}${sc.path}`, { headers: { cookie } });
          const text = await res.text();
          const coldMs = round(performance.now() - t0, 1);
          let check = `status ${res.status}`;
          if (res.status === 200) check = sc.check(JSON.parse(text));
          if (check !== true) {
            ok = false;
            log(`${dialect} ${sc.name}: check failed: ${check}: ${text.slice(0, 200)}`);
          }
          const s = { name: sc.name, path: sc.path, coldMs, bytes: text.length, check, runs: [] };
          entry.scenarios.push(s);
          for (const connections of connectionCounts) {
            const quietWaitS = await waitForQuiet(quietTimeout, log);
            if (warmup > 0)
              await cannon(server.baseUrl, request, warmup, connections, server.child.pid, db.dbName);
            const m = await cannon(
              server.baseUrl,
              request,
              duration,
              connections,
              server.child.pid,
              db.dbName,
            );
            m.connections = connections;
            m.quietWaitS = quietWaitS;
            m.loadavg = round(os.loadavg()[0]);
            if (m.non2xx || m.errors) ok = false;
            s.runs.push(m);
            log(
              `${dialect} ${sc.name}, ${connections} conn: ${m.requestsPerSec} req/s, p50 ${m.latencyMs.p50} p95 ${m.latencyMs.p95} p99 ${m.latencyMs.p99} ms, ` +
                `server ${m.serverCpuMsPerRequest} ms CPU/req, other ${m.otherCores} cores, ${m.non2xx} non-2xx`,
            );
          }
        }
        entry.codeChangedDuringRuns = !sameCode(entry.code, codeState());
      } finally {
        await stopServer(server.child);
        undefer(stop);
      }
    } finally {
      await settleDatabase(db, {
        keep: args.keep,
        stateFile: stateFile(dialect, rows),
        extra: { import: entry.import },
      });
    }
  }
  writeResult(`contact-records-dashboard${rows === 10_000_000 ? '' : `-${rows}`}.json`, out);
  const lines = [
    '| dialect | request | cold ms | conns | req/s | p50 ms | p95 ms | p99 ms | max ms | server CPU/req ms | PostgreSQL CPU/req ms | other CPU (cores) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const d of out.dialects) {
    for (const s of d.scenarios) {
      for (const r of s.runs) {
        lines.push(
          `| ${d.dialect} | ${s.name} | ${s.coldMs} | ${r.connections} | ${r.requestsPerSec} | ${r.latencyMs.p50} | ${r.latencyMs.p95} | ${r.latencyMs.p99} | ${r.latencyMs.max} | ${r.serverCpuMsPerRequest} | ${r.cpuSeconds.postgres === undefined ? '–' : round((r.cpuSeconds.postgres * 1000) / Math.max(1, r.responses))} | ${r.otherCores} |`,
        );
      }
    }
  }
  process.stdout.write(`\n${lines.join('\n')}\n`);
  return ok;
}

// ---------------------------------------------------------------- vigie kpi --by day, cached
function kpiCacheFile(rows) {
  return path.join(args.cache, `vigie-kpi-by-day-${rows}-s${seed}-g${GENERATOR_VERSION}.json`);
}

/** `vigie kpi FILE --by day` rows, from the cache the pandas subcommand fills, else computed. */
async function vigieKpiByDay(rows) {
  try {
    return JSON.parse(fs.readFileSync(kpiCacheFile(rows), 'utf8'));
  } catch {
    const file = await dataFile(rows);
    log(`vigie kpi ${path.basename(file)} --by day (for the cross-check)`);
    const r = await timed([
      'node',
      SERVER_BIN,
      'kpi',
      file,
      '--profile',
      'vigie',
      '--by',
      'day',
      '--format',
      'json',
    ]);
    if (r.exitCode !== 0)
      throw new Error(
        `vigie kpi failed: ${r.stderr
          .slice(-3)
          .map((x) => x.line)
          .join(' / ')}`,
      );
    const out = JSON.parse(r.stdout).rows;
    fs.writeFileSync(kpiCacheFile(rows), JSON.stringify(out));
    return out;
  }
}

// ---------------------------------------------------------------- pandas vs vigie kpi
const COMPARED = [
  'offered',
  'answered',
  'abandoned',
  'shortAbandoned',
  'serviceLevel',
  'asaSeconds',
  'ahtSeconds',
  'fcr',
  'fcrN',
  'fcrRepeated',
];

function compare(vigieRows, pandasRows) {
  const byDay = new Map(pandasRows.map((r) => [r.day, r]));
  const perField = Object.fromEntries(COMPARED.map((f) => [f, { maxAbsDiff: 0, mismatches: 0 }]));
  const problems = [];
  if (vigieRows.length !== pandasRows.length)
    problems.push(`vigie has ${vigieRows.length} days, pandas ${pandasRows.length}`);
  for (const v of vigieRows) {
    const p = byDay.get(v.day);
    if (!p) {
      problems.push(`day ${v.day} missing in pandas`);
      continue;
    }
    for (const f of COMPARED) {
      const a = v[f];
      const b = p[f];
      let diff;
      if (a === null || b === null || a === undefined || b === undefined)
        diff = a === b ? 0 : Number.POSITIVE_INFINITY;
      else diff = Math.abs(a - b);
      perField[f].maxAbsDiff = Math.max(perField[f].maxAbsDiff, diff);
      // counts must be equal; ratios up to floating-point summation order
      const tol = Number.isInteger(a) && Number.isInteger(b) ? 0 : 1e-9 * Math.max(1, Math.abs(a));
      if (diff > tol) {
        perField[f].mismatches++;
        if (problems.length < 10) problems.push(`${v.day} ${f}: vigie ${a}, pandas ${b}`);
      }
    }
  }
  const agree = problems.length === 0 && Object.values(perField).every((x) => x.mismatches === 0);
  return { days: vigieRows.length, agree, perField, problems };
}

async function runPandasBench() {
  const sizes = args.sizes.split(',').map(Number);
  const out = { machine: machineInfo(), date: new Date().toISOString(), seed, sizes: [] };
  try {
    out.pandasVersion = (
      await timed([
        '/usr/bin/python3',
        '-c',
        'import pandas, numpy, sys; print(pandas.__version__, numpy.__version__, sys.version.split()[0])',
      ])
    ).stdout.trim();
  } catch {
    // reported as missing below
  }
  let ok = true;
  for (const rows of sizes) {
    const file = await dataFile(rows);
    const entry = { rows, file: path.basename(file), bytes: fs.statSync(file).size };
    out.sizes.push(entry);
    let quiet = await waitForQuiet(quietTimeout, log);
    log(`vigie kpi ${rows.toLocaleString('en')} rows --by day (load ${os.loadavg()[0].toFixed(2)})`);
    const v = await timed([
      'node',
      SERVER_BIN,
      'kpi',
      file,
      '--profile',
      'vigie',
      '--by',
      'day',
      '--format',
      'json',
    ]);
    entry.vigie = { ...v, quietWaitS: quiet, stdout: undefined, stderr: v.stderr.slice(-5) };
    log(`  ${v.wallSeconds} s, ${v.maxRssMiB} MiB, exit ${v.exitCode}`);
    quiet = await waitForQuiet(quietTimeout, log);
    log(`pandas ${rows.toLocaleString('en')} rows (load ${os.loadavg()[0].toFixed(2)})`);
    const p = await timed(['/usr/bin/python3', path.join(ROOT, 'bench/kpi_pandas.py'), file]);
    entry.pandas = { ...p, quietWaitS: quiet, stdout: undefined, stderr: p.stderr.slice(-5) };
    log(`  ${p.wallSeconds} s, ${p.maxRssMiB} MiB, exit ${p.exitCode}`);
    if (v.exitCode === 0 && p.exitCode === 0) {
      const pj = JSON.parse(p.stdout);
      entry.pandas.phases = pj.phases;
      const vigieRows = JSON.parse(v.stdout).rows;
      fs.writeFileSync(kpiCacheFile(rows), JSON.stringify(vigieRows));
      entry.comparison = compare(vigieRows, pj.rows);
      log(`  figures agree: ${entry.comparison.agree} ${entry.comparison.problems.slice(0, 3).join('; ')}`);
      if (!entry.comparison.agree) ok = false;
    } else {
      entry.comparison = { agree: null, why: 'a run failed' };
      ok = false;
    }
  }
  writeResult('contact-records-pandas.json', out);
  const lines = [
    '| rows | tool | wall s | rows/s | CPU s | peak RSS MiB | figures agree (90 days × 10 fields) | other CPU (cores) |',
    '|---:|---|---:|---:|---:|---:|---|---:|',
  ];
  for (const e of out.sizes) {
    for (const [tool, r] of [
      ['vigie kpi --by day', e.vigie],
      ['pandas (kpi_pandas.py)', e.pandas],
    ]) {
      lines.push(
        `| ${e.rows.toLocaleString('en')} | ${tool} | ${r.wallSeconds.toFixed(1)} | ${Math.round(e.rows / r.wallSeconds).toLocaleString('en')} | ${r.cpuSeconds.toFixed(1)} | ${Math.round(r.maxRssMiB)} | ${e.comparison.agree === true ? 'yes' : e.comparison.agree === false ? 'NO' : '–'} | ${r.otherCores} |`,
      );
    }
  }
  process.stdout.write(`\n${lines.join('\n')}\n`);
  return ok;
}

function writeResult(name, data) {
  fs.mkdirSync(args.out, { recursive: true });
  const file = path.join(args.out, name);
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  log(`wrote ${path.relative(process.cwd(), file)}`);
}

// ---------------------------------------------------------------- main
let exitCode = 0;
try {
  let ok = true;
  if (command === 'import') ok = await runImportBench();
  else if (command === 'dashboard') ok = await runDashboardBench();
  else if (command === 'pandas') ok = await runPandasBench();
  else if (command === 'clean') {
    for (const f of fs.existsSync(args.cache) ? fs.readdirSync(args.cache) : []) {
      const full = path.join(args.cache, f);
      if (/^dashboard-state-.*\.json$/.test(f)) {
        // a database kept by `dashboard --keep`
        const s = JSON.parse(fs.readFileSync(full, 'utf8'));
        fs.rmSync(s.dataDir, { recursive: true, force: true });
        if (s.dbName) await dropPgDatabase(pgAdminUrl, s.dbName);
        fs.rmSync(full);
        log(`removed kept ${s.dataDir}${s.dbName ? ` and database ${s.dbName}` : ''}`);
      } else if (/^vigie-(kpi-by-day-)?\d+-s\d+-g\d+(-nocust)?(\.csv)?(\.json)?$/.test(f)) fs.rmSync(full);
    }
    log(`cleaned ${args.cache}`);
  }
  if (!ok) exitCode = 1;
} catch (err) {
  log(`failed: ${err.stack ?? err}`);
  exitCode = 2;
} finally {
  await cleanup();
}
process.exit(exitCode);
