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
import { execFileSync, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { GENERATOR_VERSION, generateInteractions } from './generate-interactions.mjs';
import {
  assertLoopback,
  cpuSecondsOf,
  createPgDatabase,
  DEFAULT_PG_ADMIN_URL,
  dropPgDatabase,
  freePort,
  machineBusySeconds,
  machineInfo,
  peakRssMiB,
  percentile,
  ROOT,
  round,
  SERVER_BIN,
  startServer,
  stealSeconds,
  stopServer,
  waitForQuiet,
} from './lib.mjs';

const ADMIN = { email: 'admin@demo.vigie.local', password: 'vigie-demo-2026' };
const MANAGER = { email: 'manager@demo.vigie.local', password: 'vigie-demo-2026' };

// What bench/generate-interactions.mjs writes (it does not export them): vendors with their
// sites, and activities. Kept in step by hand; the import check (0 rejected) catches a drift.
const GEN_VENDORS = [
  { name: 'Armor Contact', sites: ['Évry', 'Rennes', 'Brest'], country: 'FR', shore: 'onshore' },
  { name: 'Atlas Services', sites: ['Rabat', 'Casablanca'], country: 'MA', shore: 'nearshore' },
  { name: 'Nordic Care', sites: ['Lille', 'Amiens'], country: 'FR', shore: 'onshore' },
  { name: 'Sud Relation, SA', sites: ['Marseille'], country: 'FR', shore: 'onshore' },
];
const GEN_ACTIVITIES = ['Service client', 'Réclamations', 'Facturation', 'Support technique', 'Ventes'];

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
  process.stdout.write(
    `${fs
      .readFileSync(new URL(import.meta.url), 'utf8')
      .split('\n')
      .slice(1)
      .filter((_l, i, all) => all.slice(0, i + 1).every((l) => l.startsWith('//')))
      .join('\n')}\n`,
  );
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

function fail(message) {
  process.stderr.write(`contact-records: ${message}\n`);
  process.exit(2);
}
const log = (msg) =>
  process.stderr.write(`[contact-records ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

// ---------------------------------------------------------------- cleanup
const cleanups = [];
let cleaning = null;
function defer(fn) {
  cleanups.push(fn);
  return fn;
}
function undefer(fn) {
  const i = cleanups.lastIndexOf(fn);
  if (i >= 0) cleanups.splice(i, 1);
}
function cleanup() {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const fn = cleanups.pop();
      try {
        await fn();
      } catch (err) {
        log(`cleanup step failed: ${err.message}`);
      }
    }
  })();
  return cleaning;
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => {
    log(`${sig}: cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-bench-cr-'));
defer(() => fs.rmSync(scratch, { recursive: true, force: true }));

// ---------------------------------------------------------------- generated files (cached)
/** Same names and metadata as kpi-throughput.mjs, so both reuse the same files. */
async function dataFile(rows) {
  fs.mkdirSync(args.cache, { recursive: true });
  const file = path.join(args.cache, `vigie-${rows}-s${seed}-g${GENERATOR_VERSION}.csv`);
  const meta = `${file}.json`;
  try {
    const m = JSON.parse(fs.readFileSync(meta, 'utf8'));
    if (
      m.rows === rows &&
      m.seed === seed &&
      m.version === GENERATOR_VERSION &&
      fs.statSync(file).size === m.bytes
    ) {
      log(`reusing ${file}`);
      return file;
    }
  } catch {
    // absent or stale
  }
  const t0 = performance.now();
  const bytes = await generateInteractions(file, rows, { seed, customers: true });
  fs.writeFileSync(meta, JSON.stringify({ rows, seed, version: GENERATOR_VERSION, customers: true, bytes }));
  log(
    `generated ${file}: ${(bytes / 2 ** 20).toFixed(0)} MiB in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  return file;
}

// ---------------------------------------------------------------- code under test
/**
 * The commit and a fingerprint of the uncommitted changes to what the server runs: others edit
 * and commit in this working tree meanwhile, so each run records the code it measured.
 */
function codeState() {
  const git = (...a) => execFileSync('git', a, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  try {
    const dirs = ['packages/server/src', 'packages/core/src', 'package-lock.json'];
    const diff = git('diff', 'HEAD', '--', ...dirs);
    const untracked = git('ls-files', '--others', '--exclude-standard', '--', ...dirs)
      .split('\n')
      .filter(Boolean);
    const h = createHash('sha1').update(diff);
    for (const f of untracked) h.update(f).update(fs.readFileSync(path.join(ROOT, f)));
    const changed = git('diff', 'HEAD', '--name-only', '--', ...dirs)
      .split('\n')
      .filter(Boolean);
    return {
      commit: git('rev-parse', '--short', 'HEAD').trim(),
      uncommitted: [...changed, ...untracked],
      fingerprint: changed.length + untracked.length ? h.digest('hex').slice(0, 10) : 'clean',
    };
  } catch {
    return { commit: 'unknown' };
  }
}
const sameCode = (a, b) => a.commit === b.commit && a.fingerprint === b.fingerprint;

// ---------------------------------------------------------------- timed child processes
function parseTimeV(text) {
  const get = (re) => text.match(re)?.[1];
  const wall = (get(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)/) ?? '0')
    .split(':')
    .map(Number)
    .reduce((a, b) => a * 60 + b, 0);
  return {
    wallSeconds: wall,
    userSeconds: Number(get(/User time \(seconds\): (\S+)/)),
    systemSeconds: Number(get(/System time \(seconds\): (\S+)/)),
    maxRssMiB: round(Number(get(/Maximum resident set size \(kbytes\): (\d+)/)) / 1024, 1),
    exitStatus: Number(get(/Exit status: (\d+)/) ?? -1),
  };
}

let childSeq = 0;
/**
 * Runs `cmd` under `/usr/bin/time -v` and `timeout`, in its own process group (killed on
 * cleanup). Returns stdout, timestamped stderr lines, the /usr/bin/time figures, and the CPU the
 * rest of the machine (and PostgreSQL) used meanwhile.
 */
async function timed(cmd, { env = process.env, onStderrLine } = {}) {
  const timeFile = path.join(scratch, `time-${++childSeq}.txt`);
  const before = {
    machine: machineBusySeconds(),
    steal: stealSeconds(),
    load: os.loadavg()[0],
  };
  const codeBefore = codeState();
  const t0 = performance.now();
  const child = spawn(
    '/usr/bin/time',
    ['-v', '-o', timeFile, 'timeout', '--foreground', '-k', '10', String(childTimeout), ...cmd],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const kill = defer(() => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // gone
    }
  });
  let stdout = '';
  const stderr = [];
  let partial = '';
  child.stdout.on('data', (c) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c) => {
    const now = (performance.now() - t0) / 1000;
    partial += c.toString();
    const lines = partial.split(/\r?\n|\r/);
    partial = lines.pop();
    for (const line of lines) {
      if (line === '') continue;
      stderr.push({ t: round(now, 2), line });
      onStderrLine?.(line, now);
    }
  });
  const code = await new Promise((resolve) => child.once('close', (c) => resolve(c)));
  const ownWall = (performance.now() - t0) / 1000;
  undefer(kill);
  if (partial) stderr.push({ t: round(ownWall, 2), line: partial });
  const t = parseTimeV(fs.readFileSync(timeFile, 'utf8'));
  const cpu = t.userSeconds + t.systemSeconds;
  const machine = machineBusySeconds() - before.machine;
  const steal = stealSeconds() - before.steal;
  return {
    command: cmd.join(' '),
    exitCode: code,
    ...t,
    cpuSeconds: round(cpu),
    // other processes' CPU during the run, in cores (the machine is shared); PostgreSQL's
    // share is taken out by the caller (see withPostgresCpu)
    otherCores: round(Math.max(0, machine - steal - cpu) / ownWall),
    machineBusySeconds: round(machine),
    stealSeconds: round(steal),
    ownWallSeconds: round(ownWall),
    loadavgBefore: round(before.load),
    code: codeBefore,
    codeChangedDuringRun: !sameCode(codeBefore, codeState()),
    stdout,
    stderr,
  };
}

/** Takes the CPU of the run's own PostgreSQL backends out of `otherCores`. */
function withPostgresCpu(r, pgCpu) {
  r.postgresCpuSeconds = round(pgCpu);
  r.otherCores = round(
    Math.max(0, r.machineBusySeconds - r.stealSeconds - r.cpuSeconds - pgCpu) / r.ownWallSeconds,
  );
  return r;
}

function cliEnv(dataDir, databaseUrl) {
  const env = { ...process.env, VIGIE_DATA_DIR: dataDir, VIGIE_LOG_LEVEL: 'warn', VIGIE_DEMO_DAYS: '0' };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return env;
}

// ---------------------------------------------------------------- HTTP
async function signIn(baseUrl, who) {
  const res = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify(who),
  });
  const body = await res.text();
  if (res.status !== 200)
    throw new Error(`sign-in of ${who.email} answered ${res.status}: ${body.slice(0, 300)}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const me = await (await fetch(`${baseUrl}/api/me`, { headers: { cookie } })).json();
  const workspaceId = me?.memberships?.[0]?.workspaceId;
  if (!workspaceId) throw new Error(`/api/me: ${JSON.stringify(me).slice(0, 300)}`);
  return { cookie, workspaceId };
}

async function api(baseUrl, cookie, method, p, body) {
  const res = await fetch(`${baseUrl}${p}`, {
    method,
    headers: { cookie, origin: baseUrl, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${p} answered ${res.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

/**
 * Creates the generator's vendors, sites and activities in the demo workspace. The import
 * finds a site by its name alone, so a demo site that has the name of a generated site under
 * another vendor (Lille, Rabat, Casablanca) is renamed "<name> (démo)" first.
 */
async function createEntities(baseUrl, cookie, ws) {
  const base = `/api/workspaces/${ws}`;
  const created = { vendors: 0, sites: 0, activities: 0, renamedDemoSites: [] };
  const vendors = (await api(baseUrl, cookie, 'GET', `${base}/vendors`)).items;
  const vendorIds = {};
  for (const v of GEN_VENDORS) {
    const found = vendors.find((x) => x.name.toLowerCase() === v.name.toLowerCase());
    if (found) vendorIds[v.name] = found.id;
    else {
      const r = await api(baseUrl, cookie, 'POST', `${base}/vendors`, {
        name: v.name,
        legalEntity: v.name,
        status: 'active',
        contacts: [],
      });
      vendorIds[v.name] = r.id;
      created.vendors++;
    }
  }
  const sites = (await api(baseUrl, cookie, 'GET', `${base}/sites`)).items;
  for (const v of GEN_VENDORS) {
    for (const name of v.sites) {
      const same = sites.filter((s) => s.name.toLowerCase() === name.toLowerCase());
      if (same.some((s) => s.vendorId === vendorIds[v.name])) continue;
      for (const s of same) {
        const { id, workspaceId: _w, createdAt: _c, updatedAt: _u, ...input } = s;
        await api(baseUrl, cookie, 'PUT', `${base}/sites/${id}`, { ...input, name: `${s.name} (démo)` });
        created.renamedDemoSites.push(s.name);
      }
      await api(baseUrl, cookie, 'POST', `${base}/sites`, {
        vendorId: vendorIds[v.name],
        name,
        city: name,
        country: v.country,
        shore: v.shore,
        languages: ['fr'],
        seats: 60,
      });
      created.sites++;
    }
  }
  const activities = (await api(baseUrl, cookie, 'GET', `${base}/activities`)).items;
  for (const name of GEN_ACTIVITIES) {
    if (activities.some((a) => a.name.toLowerCase() === name.toLowerCase())) continue;
    await api(baseUrl, cookie, 'POST', `${base}/activities`, {
      name,
      channel: 'phone',
      direction: 'inbound',
      languages: ['fr'],
    });
    created.activities++;
  }
  return { vendorIds, created };
}

// ---------------------------------------------------------------- database setup
/** A fresh data dir (and database), the demo workspace, the generator's entities. */
async function prepareDatabase(dialect, label) {
  const db = { dialect };
  db.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `vigie-bench-cr-${dialect}-`));
  db.removeDir = defer(() => fs.rmSync(db.dataDir, { recursive: true, force: true }));
  if (dialect === 'postgres') {
    db.dbName = `vigie_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
    db.databaseUrl = await createPgDatabase(pgAdminUrl, db.dbName);
    db.dropDb = defer(() => dropPgDatabase(pgAdminUrl, db.dbName));
    log(`${label}: created database ${db.dbName}`);
  }
  const server = await startServer({
    port: await freePort(),
    dataDir: db.dataDir,
    databaseUrl: db.databaseUrl,
    extraEnv: { VIGIE_DEMO_DAYS: '0' },
  });
  const stop = defer(() => stopServer(server.child));
  try {
    const { cookie, workspaceId } = await signIn(server.baseUrl, ADMIN);
    db.workspaceId = workspaceId;
    const { vendorIds, created } = await createEntities(server.baseUrl, cookie, workspaceId);
    db.vendorIds = vendorIds;
    log(`${label}: workspace ${workspaceId}, created ${JSON.stringify(created)}`);
  } finally {
    await stopServer(server.child);
    undefer(stop);
  }
  return db;
}

async function releaseDatabase(db) {
  if (db.dropDb) {
    undefer(db.dropDb);
    await db.dropDb();
  }
  undefer(db.removeDir);
  db.removeDir();
}

async function databaseBytes(db) {
  if (db.dialect === 'sqlite') {
    return fs
      .readdirSync(db.dataDir)
      .filter((f) => f.startsWith('vigie.sqlite'))
      .reduce((s, f) => s + fs.statSync(path.join(db.dataDir, f)).size, 0);
  }
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: pgAdminUrl });
  await c.connect();
  try {
    return Number((await c.query('select pg_database_size($1) as n', [db.dbName])).rows[0].n);
  } finally {
    await c.end();
  }
}

/** Rows in the contact table and the rollups the dashboard reads. */
async function tableCounts(db) {
  const tables = [
    'interaction',
    'kpi_day_rollup',
    'kpi_interval_rollup',
    'kpi_agent_day_rollup',
    'kpi_agent_channel_rollup',
    'kpi_histogram',
  ];
  const out = {};
  if (db.dialect === 'sqlite') {
    const { default: Database } = await import('better-sqlite3');
    const s = new Database(path.join(db.dataDir, 'vigie.sqlite'), { readonly: true });
    try {
      for (const t of tables) {
        try {
          out[t] = s.prepare(`select count(*) as n from ${t}`).get().n;
        } catch {
          out[t] = null; // not in this schema
        }
      }
    } finally {
      s.close();
    }
    return out;
  }
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: db.databaseUrl });
  await c.connect();
  try {
    for (const t of tables) {
      try {
        out[t] = Number((await c.query(`select count(*) as n from ${t}`)).rows[0].n);
      } catch {
        out[t] = null; // not in this schema
      }
    }
  } finally {
    await c.end();
  }
  return out;
}

/**
 * Samples what the import's PostgreSQL backends are running, every 500 ms: the statements that
 * hold the time (the Node process only waits on them then).
 */
async function pgSampler(dbName) {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: pgAdminUrl });
  await c.connect();
  const counts = new Map();
  // CPU seconds of each backend of this database, as last read from /proc (a backend's CPU
  // after the last sample, under 0.5 s, is missed)
  const backendCpu = new Map();
  let samples = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      try {
        const r = await c.query(
          `select pid, state, wait_event_type, left(regexp_replace(query, '\\s+', ' ', 'g'), 70) as q
             from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`,
          [dbName],
        );
        samples++;
        for (const x of r.rows) {
          const cpu = cpuSecondsOf(x.pid);
          if (cpu !== null) backendCpu.set(x.pid, Math.max(cpu, backendCpu.get(x.pid) ?? 0));
        }
        const active = r.rows.filter((x) => x.state === 'active');
        const key = active.length
          ? active.map((x) => `${x.q}${x.wait_event_type ? ` [wait ${x.wait_event_type}]` : ''}`).join(' | ')
          : r.rows.length
            ? '(connected, no statement running)'
            : '(no connection)';
        counts.set(key, (counts.get(key) ?? 0) + 1);
      } catch {
        // the database may be busy; skip this sample
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    await c.end();
    return {
      backendCpuSeconds: [...backendCpu.values()].reduce((a, b) => a + b, 0),
      statements: [...counts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([what, n]) => ({ what, samples: n, share: round(n / samples, 3) })),
    };
  };
}

const IMPORT_RE =
  /Import (\S+) (\w+) in ([\d.]+) s: (\d+) valid rows, (\d+) stored, (\d+) already stored, (\d+) rejected, (\d+) warnings/;

/** One timed `vigie import interactions`; phases from the progress lines on stderr. */
async function timedImport(db, file, rows, label, nodeArgs = []) {
  const quietWaitS = await waitForQuiet(quietTimeout, log);
  log(
    `${label}: vigie import interactions (${rows.toLocaleString('en')} rows, load ${os.loadavg()[0].toFixed(2)})`,
  );
  const stopSampler = db.dialect === 'postgres' ? await pgSampler(db.dbName) : null;
  let lastPrint = 0;
  const r = await timed(
    [
      'node',
      ...nodeArgs,
      SERVER_BIN,
      'import',
      'interactions',
      file,
      '--workspace',
      db.workspaceId,
      '--profile',
      'vigie',
    ],
    {
      env: cliEnv(db.dataDir, db.databaseUrl),
      onStderrLine: (line, t) => {
        if (t - lastPrint > 15) {
          lastPrint = t;
          log(`  ${line.trim()}`);
        }
      },
    },
  );
  const sampled = stopSampler ? await stopSampler() : undefined;
  if (sampled) withPostgresCpu(r, sampled.backendCpuSeconds);
  const sqlSamples = sampled?.statements;
  const m = r.stdout.match(IMPORT_RE);
  const summary = m && {
    importId: m[1],
    status: m[2],
    reportedSeconds: Number(m[3]),
    valid: Number(m[4]),
    stored: Number(m[5]),
    alreadyStored: Number(m[6]),
    rejected: Number(m[7]),
    warnings: Number(m[8]),
  };
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
/** CPU seconds so far of every backend connected to database `dbName`, by pid. */
async function backendCpu(dbName) {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: pgAdminUrl });
  await c.connect();
  try {
    const r = await c.query(
      'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [dbName],
    );
    return new Map(r.rows.map((x) => [x.pid, cpuSecondsOf(x.pid) ?? 0]));
  } finally {
    await c.end();
  }
}

async function cannon(baseUrl, request, seconds, connections, serverPid, dbName) {
  const latencies = [];
  const statuses = {};
  let reqErrors = 0;
  const pgBefore = dbName ? await backendCpu(dbName) : null;
  const cpuBefore = {
    server: cpuSecondsOf(serverPid),
    machine: machineBusySeconds(),
    steal: stealSeconds(),
  };
  const client = process.cpuUsage();
  const pgAfter = async () => {
    if (!dbName) return undefined;
    const after = await backendCpu(dbName);
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
    let db = null;
    const entry = { dialect, import: null, scenarios: [] };
    out.dialects.push(entry);
    if (args.reuse) {
      try {
        const s = JSON.parse(fs.readFileSync(stateFile(dialect, rows), 'utf8'));
        if (fs.existsSync(s.dataDir)) {
          db = s;
          db.removeDir = defer(() => fs.rmSync(db.dataDir, { recursive: true, force: true }));
          if (db.dbName) db.dropDb = defer(() => dropPgDatabase(pgAdminUrl, db.dbName));
          entry.import = s.import;
          entry.reused = true;
          log(`${dialect}: reusing ${db.dataDir}${db.dbName ? ` and ${db.dbName}` : ''}`);
        }
      } catch {
        // nothing to reuse
      }
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
      entry.tableRows = await tableCounts(db);
      log(`${dialect}: rows stored ${JSON.stringify(entry.tableRows)}`);
      const port = await freePort();
      const server = await startServer({
        port,
        dataDir: db.dataDir,
        databaseUrl: db.databaseUrl,
        extraEnv: { VIGIE_DEMO_DAYS: '0' },
      });
      const stop = defer(() => stopServer(server.child));
      try {
        entry.serverStartMs = Math.round(server.startMs);
        entry.code = codeState();
        const { cookie } = await signIn(server.baseUrl, MANAGER);
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
          Object.assign(
            server,
            await startServer({
              port,
              dataDir: db.dataDir,
              databaseUrl: db.databaseUrl,
              extraEnv: { VIGIE_DEMO_DAYS: '0' },
            }),
          );
        }
        if (args.profile) {
          // per request type: a server under --cpu-prof answers 20 requests one after the other
          await stopServer(server.child);
          entry.profiles = [];
          for (const sc of dashboardScenarios(db.workspaceId, db.vendorIds)) {
            const profDir = fs.mkdtempSync(path.join(scratch, 'prof-'));
            const ps = await startServer({
              port,
              dataDir: db.dataDir,
              databaseUrl: db.databaseUrl,
              extraEnv: { VIGIE_DEMO_DAYS: '0' },
              nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profDir],
            });
            Object.assign(server, ps);
            const { cookie: pc } = await signIn(server.baseUrl, MANAGER);
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
          if (!args['only-crosscheck'])
            Object.assign(
              server,
              await startServer({
                port,
                dataDir: db.dataDir,
                databaseUrl: db.databaseUrl,
                extraEnv: { VIGIE_DEMO_DAYS: '0' },
              }),
            );
        }
        const scenarios = args['only-crosscheck'] ? [] : dashboardScenarios(db.workspaceId, db.vendorIds);
        const session = args['only-crosscheck'] ? null : await signIn(server.baseUrl, MANAGER);
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
      if (db && args.keep) {
        undefer(db.removeDir);
        if (db.dropDb) undefer(db.dropDb);
        const { removeDir: _r, dropDb: _d, ...state } = db;
        fs.writeFileSync(stateFile(dialect, rows), JSON.stringify({ ...state, import: entry.import }));
        log(
          `${dialect}: kept ${db.dataDir}${db.dbName ? ` and ${db.dbName}` : ''} (use --reuse; remove with a run without --keep)`,
        );
      } else if (db) {
        await releaseDatabase(db);
        fs.rmSync(stateFile(dialect, rows), { force: true });
      }
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
