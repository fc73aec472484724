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
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  cachedInteractions,
  GENERATED_ACTIVITIES,
  generatedVendors,
  interactionsFileName,
} from './generate-interactions.mjs';
import {
  assertLoopback,
  cleanupStack,
  cpuSecondsOf,
  DEFAULT_PG_ADMIN_URL,
  headerComment,
  machineBusySeconds,
  machineInfo,
  peakRssMiB,
  percentile,
  ROOT,
  round,
  scriptFail,
  scriptLog,
  stealSeconds,
  waitForQuiet,
} from './lib.mjs';
import { backendCpu, childTimer, importCommand, importSummary } from './timing.mjs';
import { api, benchDatabases, cliEnv, DEMO_FINANCE, signIn } from './workspace-setup.mjs';

const log = scriptLog('statements');
const fail = scriptFail('statements');
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
  process.stdout.write(headerComment(import.meta.url));
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

// ---------------------------------------------------------------- cleanup
const { defer, undefer, cleanup } = cleanupStack(log);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-bench-st-'));
defer(() => fs.rmSync(scratch, { recursive: true, force: true }));
const timed = childTimer({ scratch, timeoutS: childTimeout, defer, undefer });
const { withServer, prepareDatabase, reuseDatabase, settleDatabase, databaseBytes, tableCounts } =
  benchDatabases({
    pgAdminUrl,
    dirPrefix: 'vigie-bench-st-',
    log,
    defer,
    undefer,
    vendors: generatedVendors(vendorCount),
    activities: GENERATED_ACTIVITIES,
  });

// ---------------------------------------------------------------- generated file (cached)
/**
 * The kpi-throughput.mjs / contact-records.mjs name (`vigie-<rows>-s<seed>-g<version>.csv`), plus
 * `-d<days>` when not 90 (as kpi-throughput.mjs --longer) and `-v<vendors>` when not the
 * generator's 4. Its metadata also holds the generator's tally (handled contacts and handle
 * seconds by vendor and month), which the checks and the monthly inputs read; a file without
 * it is generated again (same bytes).
 */
async function dataFile() {
  const opts = { seed, customers: true, days: DAYS, vendors: vendorCount };
  const file = path.join(args.cache, interactionsFileName(rows, opts));
  const { tally, generatedSeconds } = await cachedInteractions(file, rows, { ...opts, withTally: true, log });
  return { file, tally, generatedSeconds };
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
/** `vigie import interactions` under /usr/bin/time -v and timeout, in its own process group. */
async function timedImport(db, file) {
  const cmd = importCommand(file, db.workspaceId);
  log(`${db.dialect}: ${cmd.join(' ')} (load ${os.loadavg()[0].toFixed(2)})`);
  let lastPrint = 0;
  const r = await timed(cmd, {
    env: cliEnv(db.dataDir, db.databaseUrl),
    onStderrLine: (line, t) => {
      if (t - lastPrint > 30) {
        lastPrint = t;
        log(`  ${line.trim()}`);
      }
    },
  });
  const res = {
    command: `vigie import interactions ${path.basename(file)} --workspace <ws> --profile vigie`,
    exitCode: r.exitCode,
    wallSeconds: r.wallSeconds,
    cpuSeconds: r.cpuSeconds,
    maxRssMiB: r.maxRssMiB,
    rowsPerSecond: Math.round(rows / r.wallSeconds),
    summary: importSummary(r.stdout),
    stdout: r.stdout.trim(),
    stderrTail: r.stderr.slice(-5).map((x) => x.line),
  };
  log(
    `${db.dialect}: import ${r.wallSeconds.toFixed(1)} s wall, ${res.rowsPerSecond} rows/s, ${r.maxRssMiB} MiB peak RSS; ${res.stdout.split('\n')[0]}`,
  );
  return res;
}

// ---------------------------------------------------------------- database setup
function stateFile(dialect) {
  return path.join(args.cache, `statements-state-${dialect}-${rows}-v${vendorCount}-m${monthCount}.json`);
}

/** The contact table and the day rollup the statements read. */
const COUNTED_TABLES = ['interaction', 'kpi_day_rollup'];

/** Contracts, amendments and monthly inputs, through the API as the demo finance user. */
async function createContracts(db, tally) {
  return withServer(db, async (server) => {
    const { cookie } = await signIn(server.baseUrl, DEMO_FINANCE);
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
  const pgBefore = db.dbName ? await backendCpu(pgAdminUrl, db.dbName) : null;
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
    const after = await backendCpu(pgAdminUrl, db.dbName);
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
  let db = args.reuse ? reuseDatabase(stateFile(dialect)) : null;
  if (db) {
    entry.import = db.import;
    entry.setup = db.setup;
    entry.reused = true;
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
    entry.tableRows = await tableCounts(db, COUNTED_TABLES);
    entry.databaseBytes = await databaseBytes(db);
    log(`${dialect}: ${JSON.stringify(entry.tableRows)}, ${(entry.databaseBytes / 2 ** 20).toFixed(0)} MiB`);

    // a fresh server: the first run is the first time the process computes statements
    await withServer(db, async (server) => {
      entry.serverStartMs = Math.round(server.startMs);
      const { cookie } = await signIn(server.baseUrl, DEMO_FINANCE);
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
    await settleDatabase(db, {
      keep: args.keep,
      stateFile: stateFile(dialect),
      extra: { import: entry.import, setup: entry.setup },
    });
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
