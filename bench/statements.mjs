#!/usr/bin/env node
// Statements benchmark (issue 4): the monthly statements of 20 vendors' contracts over 36 months,
// recomputed from 10 million stored interactions. Plain Node ESM, loopback only, no network.
//
//   node bench/statements.mjs [--dialect sqlite,postgres] [--rows 10000000] [--vendors 20]
//                             [--months 36] [--runs 3] [--concurrency 2]
//                             [--cache DIR] [--seed 42] [--quiet-timeout S] [--timeout S]
//                             [--pg-admin-url URL] [--out DIR] [--keep] [--reuse]
//
// Per dialect: a fresh data dir (and a fresh vigie_bench_* database), VIGIE_DEMO_DAYS=0; the
// server is started once to create the demo workspace and the admin creates through the API
// the generator's vendors, sites and activities; the server is stopped. `vigie import
// interactions <file> --workspace <ws> --profile vigie` stores the generated file (timed, not the
// measured figure). A server is started again; signed in as the demo finance user, the script
// creates one contract per vendor (a third per logged-in hour with a service-level bonus/malus;
// a third a 3-month pilot per hour then per handled contact with an at-risk pool and earn-back;
// a third per contact by channel with tiered service-level steps and a volume band), one
// amendment each, 18 months in, and each vendor's monthly inputs (hours, FTE, forecast). Then a
// fresh server, and after waiting for an idle machine:
//   (a) the statements of every contract over the whole range, GET /contracts/{id}/statements,
//       one request after the other (the figure: wall time from the first request to the last
//       response), --runs times;
//   (b) the same with --concurrency requests in flight.
// Checks: every list has one statement per month; a month's full statement has the totals of the
// list; the handled contacts and handle minutes of every vendor's month (GET
// /vendors/{id}/month-actuals) are those the generator wrote.
//
// The generated file is cached in --cache (default $TMPDIR/vigie-bench-cache) under the
// kpi-throughput.mjs naming, plus -d<days> and -v<vendors> (10 M rows: about 1.6 GiB).
// --keep keeps the data dir and database for a later --reuse (which skips the setup); a run
// without --keep deletes them. Results: bench/results/statements.json (other sizes get the
// row count in the name; one entry per dialect, a later run replacing its dialect's entry)
// and a markdown table on stdout. Exit 1 if a check failed, 2 on a setup failure.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_VENDOR_COUNT,
  GENERATED_ACTIVITIES,
  GENERATOR_VERSION,
  generatedVendors,
  generateInteractions,
} from './generate-interactions.mjs';
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
const FINANCE = { email: 'finance@demo.vigie.local', password: 'vigie-demo-2026' };
const DEFAULT_ROWS = 10_000_000;
const DEFAULT_VENDORS = 20;
const DEFAULT_MONTHS = 36;
const FIRST_MONTH = '2025-01'; // the generator's START

const { values: args } = parseArgs({
  options: {
    dialect: { type: 'string', multiple: true },
    rows: { type: 'string', default: String(DEFAULT_ROWS) },
    vendors: { type: 'string', default: String(DEFAULT_VENDORS) },
    months: { type: 'string', default: String(DEFAULT_MONTHS) },
    runs: { type: 'string', default: '3' },
    concurrency: { type: 'string', default: '2' },
    cache: { type: 'string', default: path.join(os.tmpdir(), 'vigie-bench-cache') },
    seed: { type: 'string', default: '42' },
    'quiet-timeout': { type: 'string', default: '180' },
    timeout: { type: 'string', default: '3600' },
    'pg-admin-url': { type: 'string', default: process.env.VIGIE_BENCH_PG_ADMIN_URL ?? DEFAULT_PG_ADMIN_URL },
    out: { type: 'string', default: path.join(ROOT, 'bench/results') },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  process.stdout.write(
    `${fs
      .readFileSync(new URL(import.meta.url), 'utf8')
      .split('\n')
      .slice(1)
      .filter((_l, i, all) => all.slice(0, i + 1).every((l) => l.startsWith('//')))
      .join('\n')}\n`,
  );
  process.exit(0);
}
const rows = Number(args.rows);
const vendorCount = Number(args.vendors);
const monthCount = Number(args.months);
const runs = Number(args.runs);
const concurrency = Number(args.concurrency);
const seed = Number(args.seed);
const quietTimeout = Number(args['quiet-timeout']);
const childTimeout = Number(args.timeout);
const pgAdminUrl = args['pg-admin-url'];
assertLoopback(pgAdminUrl);
const dialects = (args.dialect ?? ['sqlite', 'postgres']).flatMap((d) => d.split(',')).filter(Boolean);
for (const d of dialects) if (!['sqlite', 'postgres'].includes(d)) fail(`unknown dialect ${d}`);
if (!(Number.isInteger(rows) && rows > 0)) fail(`--rows ${args.rows}: a positive integer`);
if (!(Number.isInteger(vendorCount) && vendorCount >= 3)) fail(`--vendors ${args.vendors}: at least 3`);
if (!(Number.isInteger(monthCount) && monthCount >= 6)) fail(`--months ${args.months}: at least 6`);
if (!(Number.isInteger(runs) && runs >= 1)) fail(`--runs ${args.runs}: at least 1`);
if (!(Number.isInteger(concurrency) && concurrency >= 2))
  fail(`--concurrency ${args.concurrency}: at least 2`);
if (!fs.existsSync('/usr/bin/time')) fail('/usr/bin/time (GNU time) is missing: apt-get install -y time');

/** YYYY-MM plus n months. */
function addMonths(month, n) {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}
const LAST_MONTH = addMonths(FIRST_MONTH, monthCount - 1);
/** Days from 2025-01-01 to the end of the last month: 36 months = 1095 days. */
const DAYS = Math.round((Date.UTC(2025, monthCount, 1) - Date.UTC(2025, 0, 1)) / 86_400_000);
const START_DAY = `${FIRST_MONTH}-01`;
const AMENDED_FROM = `${addMonths(FIRST_MONTH, Math.min(18, monthCount - 2))}-01`;
const PILOT_END = `${addMonths(FIRST_MONTH, 2)}-31`; // 3 months of pilot: January to March
const RUN_START = `${addMonths(FIRST_MONTH, 3)}-01`;
const MONTHS = Array.from({ length: monthCount }, (_, k) => addMonths(FIRST_MONTH, k));

function fail(message) {
  process.stderr.write(`statements: ${message}\n`);
  process.exit(2);
}
const log = (msg) => process.stderr.write(`[statements ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

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
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-bench-st-'));
defer(() => fs.rmSync(scratch, { recursive: true, force: true }));

// ---------------------------------------------------------------- generated file (cached)
/**
 * The kpi-throughput.mjs / contact-records.mjs name (`vigie-<rows>-s<seed>-g<version>.csv`), plus
 * `-d<days>` when not 90 (as kpi-throughput.mjs --longer) and `-v<vendors>` when not the
 * generator's 4. Its metadata also holds the generator's tally (handled contacts and handle
 * seconds by vendor and month), which the checks and the monthly inputs read; a file without
 * it is generated again (same bytes).
 */
async function dataFile() {
  fs.mkdirSync(args.cache, { recursive: true });
  const span = DAYS === 90 ? '' : `-d${DAYS}`;
  const v = vendorCount === DEFAULT_VENDOR_COUNT ? '' : `-v${vendorCount}`;
  const file = path.join(args.cache, `vigie-${rows}-s${seed}-g${GENERATOR_VERSION}${span}${v}.csv`);
  const meta = `${file}.json`;
  try {
    const m = JSON.parse(fs.readFileSync(meta, 'utf8'));
    if (
      m.rows === rows &&
      m.seed === seed &&
      m.version === GENERATOR_VERSION &&
      (m.days ?? 90) === DAYS &&
      (m.vendors ?? DEFAULT_VENDOR_COUNT) === vendorCount &&
      m.customers !== false &&
      m.tally &&
      fs.statSync(file).size === m.bytes
    ) {
      log(`reusing ${file}`);
      return { file, tally: m.tally, generatedSeconds: null };
    }
  } catch {
    // absent or stale
  }
  const t0 = performance.now();
  const tally = {};
  const bytes = await generateInteractions(file, rows, {
    seed,
    customers: true,
    days: DAYS,
    vendors: vendorCount,
    tally,
  });
  fs.writeFileSync(
    meta,
    JSON.stringify({
      rows,
      seed,
      version: GENERATOR_VERSION,
      customers: true,
      days: DAYS,
      vendors: vendorCount,
      bytes,
      tally,
    }),
  );
  const generatedSeconds = round((performance.now() - t0) / 1000, 1);
  log(`generated ${file}: ${(bytes / 2 ** 20).toFixed(0)} MiB in ${generatedSeconds} s`);
  return { file, tally, generatedSeconds };
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
  if (res.status >= 300) throw new Error(`${method} ${p} answered ${res.status}: ${text.slice(0, 400)}`);
  return text ? JSON.parse(text) : null;
}

// ---------------------------------------------------------------- workspace entities
/**
 * The generator's vendors, sites and activities in the demo workspace, as contact-records.mjs
 * creates them (a demo site with a generated site's name under another vendor is renamed
 * "<name> (démo)" first: the import finds a site by its name alone).
 */
async function createEntities(baseUrl, cookie, ws) {
  const base = `/api/workspaces/${ws}`;
  const created = { vendors: 0, sites: 0, activities: 0, renamedDemoSites: [] };
  const genVendors = generatedVendors(vendorCount);
  const vendors = (await api(baseUrl, cookie, 'GET', `${base}/vendors`)).items;
  const vendorIds = {};
  for (const v of genVendors) {
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
  for (const v of genVendors) {
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
        country: 'FR',
        shore: 'onshore',
        languages: ['fr'],
        seats: 60,
      });
      created.sites++;
    }
  }
  let activities = (await api(baseUrl, cookie, 'GET', `${base}/activities`)).items;
  for (const name of GENERATED_ACTIVITIES) {
    if (activities.some((a) => a.name.toLowerCase() === name.toLowerCase())) continue;
    await api(baseUrl, cookie, 'POST', `${base}/activities`, {
      name,
      channel: 'phone',
      direction: 'inbound',
      languages: ['fr'],
    });
    created.activities++;
  }
  activities = (await api(baseUrl, cookie, 'GET', `${base}/activities`)).items;
  const activityIds = GENERATED_ACTIVITIES.map(
    (name) => activities.find((a) => a.name.toLowerCase() === name.toLowerCase()).id,
  );
  return { vendorIds, activityIds, created };
}

// ---------------------------------------------------------------- contracts
// Targets sit near what the generated contacts measure (service level about 0.43 with the
// default 20 s over offered, answer rate 0.86, FCR 0.97), so that months fall either side.
// The generated contacts carry no surveys: NPS is never measured (the statements say so).
const KINDS = ['hourly', 'pilot_then_per_contact', 'per_contact_tiered'];
const r3 = (x) => Math.round(x * 1000) / 1000;

function hourlyPhases(centsPerHour, target) {
  return [
    {
      kind: 'run',
      start: START_DAY,
      end: null,
      priceLines: [
        { kind: 'per_logged_in_hour', label: 'Logged-in hours', unitPriceCents: centsPerHour },
        { kind: 'fixed_fee', label: 'Management and reporting', amountCents: 250_000 },
      ],
      kpiTerms: [
        {
          kpi: 'service_level',
          target,
          variant: 'answered within 20 s over offered, short abandons left out',
          rule: { kind: 'linear', centsPerPoint: 15_000, capCents: 300_000 },
        },
      ],
    },
  ];
}

function pilotThenRunPhases(centsPerContact, t) {
  return [
    {
      kind: 'pilot',
      start: START_DAY,
      end: PILOT_END,
      priceLines: [{ kind: 'per_logged_in_hour', label: 'Logged-in hours (pilot)', unitPriceCents: 2150 }],
      kpiTerms: [
        { kpi: 'answer_rate', target: 0.85 },
        { kpi: 'fcr', target: 0.95 },
        { kpi: 'nps', target: 10 },
      ],
    },
    {
      kind: 'run',
      start: RUN_START,
      end: null,
      priceLines: [{ kind: 'per_contact', label: 'Handled contacts', unitPriceCents: centsPerContact }],
      kpiTerms: [
        { kpi: 'answer_rate', target: t.answerRate },
        { kpi: 'fcr', target: t.fcr },
        { kpi: 'nps', target: 8 },
      ],
      atRisk: {
        percentOfInvoice: 10,
        poolAllocationPercent: 150,
        kpiAllocationPercent: { answer_rate: 40, fcr: 30, nps: 30 },
        earnBack: {
          targets: { answer_rate: r3(t.answerRate + 0.005), fcr: r3(t.fcr + 0.003), nps: 10 },
          months: 2,
        },
      },
    },
  ];
}

function perContactPhases(cents, slTarget) {
  return [
    {
      kind: 'run',
      start: START_DAY,
      end: null,
      priceLines: [
        { kind: 'per_contact', label: 'Handled calls', channel: 'phone', unitPriceCents: cents.phone },
        { kind: 'per_contact', label: 'Handled e-mails', channel: 'email', unitPriceCents: cents.email },
        { kind: 'per_contact', label: 'Handled chats', channel: 'chat', unitPriceCents: cents.chat },
      ],
      kpiTerms: [
        {
          kpi: 'service_level',
          target: slTarget,
          rule: {
            kind: 'tiered',
            steps: [
              { from: 0, to: r3(slTarget - 0.02), amountCents: -200_000 },
              { from: r3(slTarget - 0.02), to: slTarget, amountCents: -80_000 },
              { from: slTarget, to: r3(slTarget + 0.02), amountCents: 0 },
              { from: r3(slTarget + 0.02), to: null, amountCents: 60_000 },
            ],
          },
        },
        {
          kpi: 'answer_rate',
          target: 0.86,
          rule: { kind: 'linear', bonusCentsPerPoint: 0, malusCentsPerPoint: 10_000, capCents: 150_000 },
        },
      ],
      exclusions: { volumeBandPercent: 15, forceMajeureDays: [] },
    },
  ];
}

/** Vendor i's contract (kind i mod 3) and its amendment, 18 months in. */
function contractOf(i, vendorName, vendorId, activityIds) {
  const kind = KINDS[i % 3];
  const common = {
    vendorId,
    activities: activityIds,
    start: START_DAY,
    end: null,
    noticeDays: 90,
    currency: 'EUR',
  };
  const amended = { effectiveFrom: AMENDED_FROM, reason: 'Amendment 1: indexation and targets revised' };
  if (kind === 'hourly')
    return {
      kind,
      document: {
        ...common,
        name: `${vendorName}: logged-in hours`,
        versions: [{ effectiveFrom: START_DAY, reason: 'signed', phases: hourlyPhases(3150, 0.43) }],
      },
      amendment: { ...amended, phases: hourlyPhases(3216, 0.435) },
    };
  if (kind === 'pilot_then_per_contact')
    return {
      kind,
      document: {
        ...common,
        name: `${vendorName}: pilot, then per contact`,
        versions: [
          {
            effectiveFrom: START_DAY,
            reason: 'signed: a 3-month pilot per hour, then per handled contact',
            phases: pilotThenRunPhases(420, { answerRate: 0.86, fcr: 0.968 }),
          },
        ],
      },
      amendment: { ...amended, phases: pilotThenRunPhases(431, { answerRate: 0.862, fcr: 0.969 }) },
    };
  return {
    kind,
    document: {
      ...common,
      name: `${vendorName}: per contact`,
      versions: [
        {
          effectiveFrom: START_DAY,
          reason: 'signed',
          phases: perContactPhases({ phone: 260, email: 190, chat: 220 }, 0.43),
        },
      ],
    },
    amendment: { ...amended, phases: perContactPhases({ phone: 266, email: 195, chat: 225 }, 0.435) },
  };
}

/**
 * A vendor's inputs of a month, from what the generator wrote: logged-in hours for 78 %
 * occupancy of the handle time, productive hours, FTE at 151.67 h a month, and a forecast off by
 * a few percent, and by +25 % one month in six (outside a ±15 % volume band).
 */
const FORECAST_FACTORS = [1, 1.04, 0.97, 1.02, 0.95, 1.25];
function monthInput(tallyMonth, k) {
  const handled = tallyMonth?.handled ?? 0;
  const handleHours = (tallyMonth?.handleSeconds ?? 0) / 3600;
  const loggedInHours = Math.round((handleHours / 0.78) * 10) / 10;
  return {
    loggedInHours,
    productiveHours: Math.round(handleHours * 1.06 * 10) / 10,
    fte: Math.round((loggedInHours / 151.67) * 10) / 10,
    outcomes: {},
    forecastVolume: Math.round(handled * FORECAST_FACTORS[k % FORECAST_FACTORS.length]),
  };
}

// ---------------------------------------------------------------- timed import
const IMPORT_RE =
  /Import (\S+) (\w+) in ([\d.]+) s: (\d+) valid rows, (\d+) stored, (\d+) already stored, (\d+) rejected, (\d+) warnings/;

function parseTimeV(text) {
  const get = (re) => text.match(re)?.[1];
  const wall = (get(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)/) ?? '0')
    .split(':')
    .map(Number)
    .reduce((a, b) => a * 60 + b, 0);
  return {
    wallSeconds: wall,
    cpuSeconds: round(
      Number(get(/User time \(seconds\): (\S+)/)) + Number(get(/System time \(seconds\): (\S+)/)),
    ),
    maxRssMiB: round(Number(get(/Maximum resident set size \(kbytes\): (\d+)/)) / 1024, 1),
  };
}

function cliEnv(dataDir, databaseUrl) {
  const env = { ...process.env, VIGIE_DATA_DIR: dataDir, VIGIE_LOG_LEVEL: 'warn', VIGIE_DEMO_DAYS: '0' };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return env;
}

/** `vigie import interactions` under /usr/bin/time -v and timeout, in its own process group. */
async function timedImport(db, file) {
  const timeFile = path.join(scratch, `time-import-${db.dialect}.txt`);
  const cmd = [
    'node',
    SERVER_BIN,
    'import',
    'interactions',
    file,
    '--workspace',
    db.workspaceId,
    '--profile',
    'vigie',
  ];
  log(`${db.dialect}: ${cmd.join(' ')} (load ${os.loadavg()[0].toFixed(2)})`);
  const t0 = performance.now();
  const child = spawn(
    '/usr/bin/time',
    ['-v', '-o', timeFile, 'timeout', '--foreground', '-k', '10', String(childTimeout), ...cmd],
    { cwd: ROOT, env: cliEnv(db.dataDir, db.databaseUrl), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const kill = defer(() => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // gone
    }
  });
  let stdout = '';
  let stderrTail = '';
  let lastPrint = 0;
  child.stdout.on('data', (c) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c) => {
    stderrTail = (stderrTail + c.toString()).slice(-4000);
    const now = (performance.now() - t0) / 1000;
    if (now - lastPrint > 30) {
      lastPrint = now;
      const line = stderrTail
        .split(/\r?\n|\r/)
        .filter(Boolean)
        .at(-1);
      if (line) log(`  ${line.trim()}`);
    }
  });
  const code = await new Promise((resolve) => child.once('close', (c) => resolve(c)));
  undefer(kill);
  const t = parseTimeV(fs.readFileSync(timeFile, 'utf8'));
  const m = stdout.match(IMPORT_RE);
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
  const res = {
    command: `vigie import interactions ${path.basename(file)} --workspace <ws> --profile vigie`,
    exitCode: code,
    ...t,
    rowsPerSecond: Math.round(rows / t.wallSeconds),
    summary,
    stdout: stdout.trim(),
    stderrTail: stderrTail
      .split(/\r?\n|\r/)
      .filter(Boolean)
      .slice(-5),
  };
  log(
    `${db.dialect}: import ${t.wallSeconds.toFixed(1)} s wall, ${res.rowsPerSecond} rows/s, ${t.maxRssMiB} MiB peak RSS; ${stdout.trim().split('\n')[0]}`,
  );
  return res;
}

// ---------------------------------------------------------------- database setup
function stateFile(dialect) {
  return path.join(args.cache, `statements-state-${dialect}-${rows}-v${vendorCount}-m${monthCount}.json`);
}

async function prepareDatabase(dialect) {
  const db = { dialect };
  db.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `vigie-bench-st-${dialect}-`));
  db.removeDir = defer(() => fs.rmSync(db.dataDir, { recursive: true, force: true }));
  if (dialect === 'postgres') {
    db.dbName = `vigie_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
    db.databaseUrl = await createPgDatabase(pgAdminUrl, db.dbName);
    db.dropDb = defer(() => dropPgDatabase(pgAdminUrl, db.dbName));
    log(`${dialect}: created database ${db.dbName}`);
  }
  await withServer(db, async (server) => {
    const { cookie, workspaceId } = await signIn(server.baseUrl, ADMIN);
    db.workspaceId = workspaceId;
    const { vendorIds, activityIds, created } = await createEntities(server.baseUrl, cookie, workspaceId);
    db.vendorIds = vendorIds;
    db.activityIds = activityIds;
    log(`${dialect}: workspace ${workspaceId}, created ${JSON.stringify(created)}`);
  });
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

/** Runs `fn(server)` with `vigie serve` on the database, stopped afterwards. */
async function withServer(db, fn) {
  const server = await startServer({
    port: await freePort(),
    dataDir: db.dataDir,
    databaseUrl: db.databaseUrl,
    extraEnv: { VIGIE_DEMO_DAYS: '0' },
  });
  const stop = defer(() => stopServer(server.child));
  try {
    return await fn(server);
  } finally {
    await stopServer(server.child);
    undefer(stop);
  }
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

/** Rows of the contact table and of the day rollup the statements read. */
async function tableCounts(db) {
  const tables = ['interaction', 'kpi_day_rollup'];
  const out = {};
  if (db.dialect === 'sqlite') {
    const { default: Database } = await import('better-sqlite3');
    const s = new Database(path.join(db.dataDir, 'vigie.sqlite'), { readonly: true });
    try {
      for (const t of tables) out[t] = s.prepare(`select count(*) as n from ${t}`).get().n;
    } finally {
      s.close();
    }
    return out;
  }
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: db.databaseUrl });
  await c.connect();
  try {
    for (const t of tables) out[t] = Number((await c.query(`select count(*) as n from ${t}`)).rows[0].n);
  } finally {
    await c.end();
  }
  return out;
}

/** Contracts, amendments and monthly inputs, through the API as the demo finance user. */
async function createContracts(db, tally) {
  return withServer(db, async (server) => {
    const { cookie } = await signIn(server.baseUrl, FINANCE);
    const base = `/api/workspaces/${db.workspaceId}`;
    const t0 = performance.now();
    db.contracts = [];
    const names = generatedVendors(vendorCount).map((v) => v.name);
    for (const [i, name] of names.entries()) {
      const { kind, document, amendment } = contractOf(i, name, db.vendorIds[name], db.activityIds);
      const created = await api(server.baseUrl, cookie, 'POST', `${base}/contracts`, document);
      const amended = await api(
        server.baseUrl,
        cookie,
        'POST',
        `${base}/contracts/${created.id}/versions`,
        amendment,
      );
      if (amended.versionCount !== 2 || amended.lastAmendedFrom !== AMENDED_FROM)
        throw new Error(
          `contract of ${name}: ${amended.versionCount} versions, last from ${amended.lastAmendedFrom}, after the amendment`,
        );
      db.contracts.push({ id: created.id, vendor: name, vendorId: db.vendorIds[name], kind });
    }
    const contractsSeconds = round((performance.now() - t0) / 1000, 1);
    const t1 = performance.now();
    let puts = 0;
    for (const name of names) {
      const months = tally.vendors[name].months;
      for (const [k, month] of MONTHS.entries()) {
        await api(
          server.baseUrl,
          cookie,
          'PUT',
          `${base}/vendors/${db.vendorIds[name]}/month-inputs/${month}`,
          monthInput(months[month], k),
        );
        puts++;
      }
    }
    const inputsSeconds = round((performance.now() - t1) / 1000, 1);
    log(
      `${db.dialect}: ${db.contracts.length} contracts with an amendment each in ${contractsSeconds} s, ${puts} monthly inputs in ${inputsSeconds} s`,
    );
    return { contracts: db.contracts.length, contractsSeconds, monthInputs: puts, inputsSeconds };
  });
}

// ---------------------------------------------------------------- measurement
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

const listPath = (ws, id) =>
  `/api/workspaces/${ws}/contracts/${id}/statements?from=${FIRST_MONTH}&to=${LAST_MONTH}`;

/** One statement list: status, months, and the figures kept for the checks. */
function checkList(status, text) {
  if (status !== 200) return { ok: false, why: `status ${status}: ${text.slice(0, 200)}` };
  const items = JSON.parse(text).items;
  const months = items.map((x) => x.month);
  if (months.join() !== MONTHS.join())
    return {
      ok: false,
      why: `${items.length} months (${months[0]} to ${months.at(-1)}), expected ${MONTHS.length}`,
    };
  return { ok: true, items };
}

/**
 * Every contract's statements over the range, `inFlight` requests at a time; wall time from the
 * first request to the last response, and each request's latency.
 */
async function measuredRun(server, cookie, db, inFlight) {
  const queue = db.contracts.map((c, k) => ({ ...c, k }));
  const perRequest = new Array(queue.length);
  const failures = [];
  let warnings = 0;
  const lists = new Array(queue.length);
  const pgBefore = db.dbName ? await backendCpu(db.dbName) : null;
  const before = {
    server: cpuSecondsOf(server.child.pid),
    machine: machineBusySeconds(),
    steal: stealSeconds(),
    client: process.cpuUsage(),
  };
  const t0 = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < queue.length) {
      const c = queue[next++];
      const s = performance.now();
      const res = await fetch(`${server.baseUrl}${listPath(db.workspaceId, c.id)}`, { headers: { cookie } });
      const text = await res.text();
      perRequest[c.k] = performance.now() - s;
      const r = checkList(res.status, text);
      if (!r.ok) failures.push(`${c.vendor}: ${r.why}`);
      else {
        lists[c.k] = r.items;
        warnings += r.items.reduce((a, x) => a + x.warningCount, 0);
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const wallSeconds = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(before.client);
  const serverCpu = cpuSecondsOf(server.child.pid) - before.server;
  let pgCpu;
  if (pgBefore) {
    const after = await backendCpu(db.dbName);
    pgCpu = 0;
    for (const [pid, cpu] of after) pgCpu += cpu - (pgBefore.get(pid) ?? 0);
  }
  const machine = machineBusySeconds() - before.machine;
  const steal = stealSeconds() - before.steal;
  const other = machine - steal - serverCpu - (pgCpu ?? 0) - (c.user + c.system) / 1e6;
  const sorted = Float64Array.from(perRequest).sort();
  return {
    concurrency: inFlight,
    wallSeconds: round(wallSeconds, 3),
    requests: queue.length,
    requestMs: {
      median: round(percentile(sorted, 50), 1),
      max: round(sorted[sorted.length - 1], 1),
      byContract: db.contracts.map((x, k) => ({
        vendor: x.vendor,
        kind: x.kind,
        ms: round(perRequest[k], 1),
      })),
    },
    serverCpuSeconds: round(serverCpu),
    postgresCpuSeconds: pgCpu === undefined ? undefined : round(pgCpu),
    otherCores: round(Math.max(0, other) / wallSeconds),
    serverPeakRssMiB: peakRssMiB(server.child.pid),
    loadavgBefore: round(os.loadavg()[0]),
    statementWarnings: warnings,
    failures,
    lists,
  };
}

/**
 * Months whose full statement is compared with the list: a pilot month, a month whose forecast
 * is 25 % off (the volume band excludes the service-level terms), the amendment's first month.
 */
const DETAIL_MONTHS = [addMonths(FIRST_MONTH, 1), addMonths(FIRST_MONTH, 5), AMENDED_FROM.slice(0, 7)];

async function crossCheck(server, cookie, db, tally, lists) {
  const base = `/api/workspaces/${db.workspaceId}`;
  const problems = [];
  const compared = [];
  const warningTexts = new Map();
  const exclusions = new Map();
  const note = (map, key, example) => map.set(key, { example, count: (map.get(key)?.count ?? 0) + 1 });
  const generic = (text) => text.replace(/\d[\d.,]*/g, 'N');
  // one contract of each kind: each detail month's totals equal the list's totals of that month
  for (const kind of KINDS) {
    const k = db.contracts.findIndex((c) => c.kind === kind);
    const c = db.contracts[k];
    for (const month of DETAIL_MONTHS) {
      const one = await api(server.baseUrl, cookie, 'GET', `${base}/contracts/${c.id}/statements/${month}`);
      const listed = lists[k]?.find((x) => x.month === month)?.totals;
      const same = JSON.stringify(sortKeys(one.statement.totals)) === JSON.stringify(sortKeys(listed ?? {}));
      compared.push({ vendor: c.vendor, kind, month, totalCents: one.statement.totals.totalCents, same });
      if (!same)
        problems.push(
          `${c.vendor} ${month}: statement totals ${JSON.stringify(one.statement.totals)} vs list ${JSON.stringify(listed)}`,
        );
      for (const w of one.statement.warnings) note(warningTexts, `${kind}: ${generic(w)}`, w);
      // terms not applied (a KPI not measured, a volume outside the band): not warnings
      for (const t of one.statement.kpis ?? [])
        if (t.excluded) note(exclusions, `${kind}: ${t.kpi}: ${generic(t.excluded)}`, t.excluded);
    }
  }
  // every vendor's month: handled contacts and minutes as the generator wrote them
  let handledStored = 0;
  let mismatchedMonths = 0;
  for (const name of Object.keys(db.vendorIds)) {
    const r = await api(
      server.baseUrl,
      cookie,
      'GET',
      `${base}/vendors/${db.vendorIds[name]}/month-actuals?from=${FIRST_MONTH}&to=${LAST_MONTH}`,
    );
    for (const m of r.items) {
      const handled = Object.values(m.actuals.volumes ?? {}).reduce((a, b) => a + b, 0);
      handledStored += handled;
      const t = tally.vendors[name].months[m.month] ?? { handled: 0, handleSeconds: 0 };
      const minutes = Math.round((t.handleSeconds / 60) * 100) / 100;
      const storedMinutes = m.actuals.minutes ?? 0;
      if (handled !== t.handled || Math.abs(storedMinutes - minutes) > 0.005) {
        mismatchedMonths++;
        if (problems.length < 12)
          problems.push(
            `${name} ${m.month}: stored ${handled} handled, ${storedMinutes} min; generated ${t.handled}, ${minutes} min`,
          );
      }
    }
  }
  if (handledStored !== tally.handled)
    problems.push(`handled contacts: ${handledStored} in the month actuals, ${tally.handled} in the file`);
  return {
    agree: problems.length === 0,
    statementVsList: compared,
    handled: {
      inFile: tally.handled,
      inMonthActuals: handledStored,
      mismatchedVendorMonths: mismatchedMonths,
    },
    warningsSeen: [...warningTexts].map(([key, v]) => ({ key, ...v })),
    termsNotApplied: [...exclusions].map(([key, v]) => ({ key, ...v })),
    problems,
  };
}

function sortKeys(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}

// ---------------------------------------------------------------- one dialect
async function runDialect(dialect, data) {
  const entry = {
    dialect,
    command: `node bench/statements.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    date: new Date().toISOString(),
    machine: machineInfo(),
  };
  let ok = true;
  let db = null;
  if (args.reuse) {
    try {
      const s = JSON.parse(fs.readFileSync(stateFile(dialect), 'utf8'));
      if (fs.existsSync(s.dataDir)) {
        db = s;
        db.removeDir = defer(() => fs.rmSync(db.dataDir, { recursive: true, force: true }));
        if (db.dbName) db.dropDb = defer(() => dropPgDatabase(pgAdminUrl, db.dbName));
        entry.import = s.import;
        entry.setup = s.setup;
        entry.reused = true;
        log(`${dialect}: reusing ${db.dataDir}${db.dbName ? ` and ${db.dbName}` : ''}`);
      }
    } catch {
      // nothing to reuse
    }
  }
  try {
    if (!db) {
      db = await prepareDatabase(dialect);
      await waitForQuiet(quietTimeout, log);
      const imp = await timedImport(db, data.file);
      imp.databaseBytes = await databaseBytes(db);
      entry.import = imp;
      if (imp.exitCode !== 0 || imp.summary?.stored !== rows || imp.summary?.rejected !== 0)
        throw new Error(
          `${dialect}: the import stored ${imp.summary?.stored} rows of ${rows} (rejected ${imp.summary?.rejected}, exit ${imp.exitCode}): ${imp.stderrTail.join(' / ')}`,
        );
      entry.setup = await createContracts(db, data.tally);
    }
    entry.tableRows = await tableCounts(db);
    entry.databaseBytes = await databaseBytes(db);
    log(`${dialect}: ${JSON.stringify(entry.tableRows)}, ${(entry.databaseBytes / 2 ** 20).toFixed(0)} MiB`);

    // a fresh server: the first run is the first time the process computes statements
    await withServer(db, async (server) => {
      entry.serverStartMs = Math.round(server.startMs);
      const { cookie } = await signIn(server.baseUrl, FINANCE);
      entry.runs = [];
      let lists = null;
      for (const inFlight of [1, concurrency]) {
        for (let r = 1; r <= runs; r++) {
          const quietWaitS = await waitForQuiet(quietTimeout, log);
          const m = await measuredRun(server, cookie, db, inFlight);
          m.run = r;
          m.quietWaitS = quietWaitS;
          lists ??= m.failures.length === 0 ? m.lists : null;
          delete m.lists;
          if (m.failures.length) ok = false;
          entry.runs.push(m);
          log(
            `${dialect} ${inFlight === 1 ? 'one after the other' : `${inFlight} in flight`}, run ${r}: ${m.wallSeconds} s for ${m.requests} contracts × ${monthCount} months ` +
              `(median ${m.requestMs.median} ms, max ${m.requestMs.max} ms), server CPU ${m.serverCpuSeconds} s` +
              `${m.postgresCpuSeconds !== undefined ? `, PostgreSQL CPU ${m.postgresCpuSeconds} s` : ''}, other ${m.otherCores} cores` +
              `${m.failures.length ? `; FAILED: ${m.failures.slice(0, 3).join('; ')}` : ''}`,
          );
        }
      }
      const median = (inFlight) => {
        const w = Float64Array.from(
          entry.runs.filter((x) => x.concurrency === inFlight).map((x) => x.wallSeconds),
        ).sort();
        return round(percentile(w, 50), 3);
      };
      entry.sequentialMedianSeconds = median(1);
      entry.concurrentMedianSeconds = median(concurrency);
      entry.targetSeconds = 10;
      entry.underTarget = entry.sequentialMedianSeconds < 10;
      entry.statementWarningsPerRun = entry.runs[0]?.statementWarnings;
      if (lists) {
        entry.crossCheck = await crossCheck(server, cookie, db, data.tally, lists);
        log(
          `${dialect}: cross-check ${entry.crossCheck.agree ? 'agrees' : 'FAILED'}: handled ${entry.crossCheck.handled.inMonthActuals} stored vs ${entry.crossCheck.handled.inFile} in the file; ` +
            `${entry.crossCheck.statementVsList.filter((x) => x.same).length}/${entry.crossCheck.statementVsList.length} statements equal their list totals` +
            `${entry.crossCheck.problems.length ? `; ${entry.crossCheck.problems.slice(0, 3).join('; ')}` : ''}`,
        );
        for (const w of entry.crossCheck.warningsSeen)
          log(`  statement warning (${w.count}×) ${w.key.split(':')[0]}: ${w.example}`);
        for (const w of entry.crossCheck.termsNotApplied)
          log(`  term not applied (${w.count}×) ${w.key.split(': ').slice(0, 2).join(' ')}: ${w.example}`);
        if (!entry.crossCheck.agree) ok = false;
      } else {
        entry.crossCheck = { agree: false, why: 'no run returned every list' };
        ok = false;
      }
    });
    const end = machineInfo();
    entry.codeChangedDuringRun =
      end.commit !== entry.machine.commit || end.serverWorktreeDirty !== entry.machine.serverWorktreeDirty;
  } finally {
    if (db && args.keep) {
      undefer(db.removeDir);
      if (db.dropDb) undefer(db.dropDb);
      const { removeDir: _r, dropDb: _d, ...state } = db;
      fs.writeFileSync(
        stateFile(dialect),
        JSON.stringify({ ...state, import: entry.import, setup: entry.setup }),
      );
      log(
        `${dialect}: kept ${db.dataDir}${db.dbName ? ` and ${db.dbName}` : ''} (use --reuse; removed by a run without --keep)`,
      );
    } else if (db) {
      await releaseDatabase(db);
      fs.rmSync(stateFile(dialect), { force: true });
    }
  }
  entry.ok = ok;
  return entry;
}

// ---------------------------------------------------------------- main
function resultName() {
  const parts = ['statements'];
  if (rows !== DEFAULT_ROWS) parts.push(String(rows));
  if (vendorCount !== DEFAULT_VENDORS) parts.push(`v${vendorCount}`);
  if (monthCount !== DEFAULT_MONTHS) parts.push(`m${monthCount}`);
  return `${parts.join('-')}.json`;
}

function writeResult(entries, data) {
  fs.mkdirSync(args.out, { recursive: true });
  const file = path.join(args.out, resultName());
  let previous = [];
  try {
    previous = JSON.parse(fs.readFileSync(file, 'utf8')).dialects ?? [];
  } catch {
    // none yet
  }
  const dialectsOut = [
    ...previous.filter((p) => !entries.some((e) => e.dialect === p.dialect)),
    ...entries,
  ].sort((a, b) => (a.dialect < b.dialect ? 1 : -1)); // sqlite, then postgres
  const out = {
    command: `node bench/statements.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    date: new Date().toISOString(),
    machine: machineInfo(),
    settings: {
      rows,
      vendors: vendorCount,
      months: monthCount,
      range: { from: FIRST_MONTH, to: LAST_MONTH },
      days: DAYS,
      amendmentFrom: AMENDED_FROM,
      runs,
      concurrency,
      seed,
      file: path.basename(data.file),
      fileBytes: fs.statSync(data.file).size,
      handledInFile: data.tally.handled,
      generatedSeconds: data.generatedSeconds,
      contractKinds: KINDS,
    },
    dialects: dialectsOut,
  };
  fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  log(`wrote ${path.relative(process.cwd(), file)}`);
}

function table(entries) {
  const lines = [
    `Statements of ${vendorCount} contracts × ${monthCount} months (${FIRST_MONTH} to ${LAST_MONTH}) from ${rows.toLocaleString('en')} stored interactions`,
    '',
    '| dialect | import s | requests in flight | runs: wall s | median wall s | median request ms | max request ms | server CPU s (median run) | PostgreSQL CPU s | other CPU (cores) | checks |',
    '|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const e of entries) {
    for (const inFlight of [1, concurrency]) {
      const rs = (e.runs ?? []).filter((r) => r.concurrency === inFlight);
      if (rs.length === 0) continue;
      const mid = [...rs].sort((a, b) => a.wallSeconds - b.wallSeconds)[Math.floor((rs.length - 1) / 2)];
      lines.push(
        `| ${e.dialect} | ${e.import?.wallSeconds?.toFixed(1) ?? '–'}${e.reused ? ' (kept)' : ''} | ${inFlight} | ${rs.map((r) => r.wallSeconds.toFixed(2)).join(' / ')} | ${mid.wallSeconds.toFixed(2)} | ${mid.requestMs.median} | ${Math.max(...rs.map((r) => r.requestMs.max))} | ${mid.serverCpuSeconds} | ${mid.postgresCpuSeconds ?? '–'} | ${Math.max(...rs.map((r) => r.otherCores))} | ${e.ok ? 'ok' : 'FAILED'} |`,
      );
    }
  }
  return lines.join('\n');
}

let exitCode = 0;
try {
  log(
    `${rows.toLocaleString('en')} rows, ${vendorCount} vendors, ${DAYS} days (${FIRST_MONTH} to ${LAST_MONTH}), dialects ${dialects.join(', ')}`,
  );
  const data = await dataFile();
  const entries = [];
  for (const dialect of dialects) entries.push(await runDialect(dialect, data));
  writeResult(entries, data);
  process.stdout.write(`\n${table(entries)}\n`);
  if (entries.some((e) => !e.ok)) exitCode = 1;
} catch (err) {
  log(`failed: ${err.stack ?? err}`);
  exitCode = 2;
} finally {
  await cleanup();
}
process.exit(exitCode);
