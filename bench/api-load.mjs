#!/usr/bin/env node
// API load benchmark: for each database dialect, starts a fresh Vigie server on 127.0.0.1,
// signs in as the demo manager and drives two scenarios with autocannon (a warm-up, then a
// fixed-duration measured run): GET the vendor list, and POST a vendor with a unique name.
//
//   node bench/api-load.mjs                      # sqlite and postgres, 10 s each
//   node bench/api-load.mjs --dialect sqlite --duration 5
//   options: --dialect sqlite|postgres (repeatable or comma-separated), --duration S (10),
//            --warmup S (2), --connections N (50), --quiet-timeout S (60), --pg-admin-url URL
//            (postgres://postgres@127.0.0.1:5432/postgres), --out DIR (bench/results)
//
// Writes bench/results/api-load-<dialect>.json and prints a markdown table. Exits 1 when a
// measured request failed (non-2xx or socket error), 2 on a setup failure or the time limit.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import {
  assertLoopback,
  cleanupStack,
  cpuSecondsOf,
  cpuSecondsOfCommand,
  createPgDatabase,
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
  scriptFail,
  scriptLog,
  startServer,
  stealSeconds,
  stopServer,
  waitForQuiet,
} from './lib.mjs';
import { DEMO_MANAGER, signIn } from './workspace-setup.mjs';

const log = scriptLog('api-load');
const fail = scriptFail('api-load');
const DIALECTS = ['sqlite', 'postgres'];

const { values: args } = parseArgs({
  options: {
    dialect: { type: 'string', multiple: true },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '50' },
    'quiet-timeout': { type: 'string', default: '60' },
    'pg-admin-url': { type: 'string', default: process.env.VIGIE_BENCH_PG_ADMIN_URL ?? DEFAULT_PG_ADMIN_URL },
    out: { type: 'string', default: path.join(ROOT, 'bench/results') },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  process.stdout.write(headerComment(import.meta.url));
  process.exit(0);
}
const dialects = (args.dialect ?? DIALECTS).flatMap((d) => d.split(',')).filter(Boolean);
for (const d of dialects) if (!DIALECTS.includes(d)) fail(`unknown dialect ${d} (sqlite or postgres)`);
const duration = positive('duration', args.duration);
const warmup = positive('warmup', args.warmup, true);
const connections = positive('connections', args.connections);
const quietTimeout = positive('quiet-timeout', args['quiet-timeout'], true);
const pgAdminUrl = args['pg-admin-url'];
try {
  assertLoopback(pgAdminUrl);
} catch (err) {
  fail(err.message);
}

function positive(name, raw, zeroOk = false) {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || (n === 0 && !zeroOk)) fail(`--${name} must be a positive number`);
  return n;
}

// ---------------------------------------------------------------- cleanup and time limit
const { defer: deferCleanup, undefer, cleanup } = cleanupStack(log, 'stopping');
// Per dialect: up to 60 s to start, each scenario warm-up + run + 20 s of slack, 30 s to stop.
const budgetMs = dialects.length * (60 + 2 * (quietTimeout + warmup + duration + 20) + 30) * 1000;
const watchdog = setTimeout(() => {
  log(`time limit of ${Math.round(budgetMs / 1000)} s reached: stopping`);
  void cleanup().finally(() => process.exit(2));
}, budgetMs);

// ---------------------------------------------------------------- HTTP helpers
/** One unloaded GET of the vendor list: its size, and how long it took (the list is not paged). */
async function fetchVendorList(baseUrl, cookie, workspaceId) {
  const started = performance.now();
  const res = await fetch(`${baseUrl}/api/workspaces/${workspaceId}/vendors`, { headers: { cookie } });
  const text = await res.text();
  const ms = round(performance.now() - started);
  if (res.status !== 200) throw new Error(`vendor list answered ${res.status}`);
  return { items: JSON.parse(text).items.length, bytes: text.length, ms };
}

// ---------------------------------------------------------------- one autocannon run
/**
 * Runs autocannon once and records every response's latency ourselves (autocannon's summary
 * has p90 and p97.5 but no p95, and only counts 2xx latencies), its status, and the first
 * few non-2xx bodies.
 */
function cannon(baseUrl, request, seconds, pids) {
  const latencies = [];
  // the slowest response answered after the first second: connections opened at the start of
  // a run get their first answer late, which dominates the overall max
  let maxAfterFirstSecond = 0;
  let t0 = 0;
  const failures = [];
  const statuses = {};
  let reqErrors = 0;
  const firstError = [];
  const requests = [
    {
      ...request,
      onResponse(status, body) {
        if ((status < 200 || status >= 300) && failures.length < 5) {
          failures.push({ status, body: String(body).slice(0, 300) });
        }
      },
    },
  ];
  const cpuBefore = {
    server: cpuSecondsOf(pids.server),
    postgres: pids.postgres ? cpuSecondsOfCommand('postgres') : null,
    machine: machineBusySeconds(),
    steal: stealSeconds(),
  };
  const loadBefore = os.loadavg()[0];
  const clientCpuBefore = process.cpuUsage();
  return new Promise((resolve, reject) => {
    t0 = performance.now();
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        requests,
        timeout: 10,
        renderProgressBar: false,
        renderResultsTable: false,
      },
      (err, result) => {
        if (err) return reject(err);
        const clientCpu = process.cpuUsage(clientCpuBefore);
        const sorted = Float64Array.from(latencies).sort();
        const sum = latencies.reduce((a, b) => a + b, 0);
        const cpu = {
          server: round(cpuSecondsOf(pids.server) - cpuBefore.server),
          postgres: pids.postgres ? round(cpuSecondsOfCommand('postgres') - cpuBefore.postgres) : undefined,
          benchClient: round((clientCpu.user + clientCpu.system) / 1e6),
          wholeMachine: round(machineBusySeconds() - cpuBefore.machine),
          // taken by the hypervisor for other guests: invisible contention
          steal: round(stealSeconds() - cpuBefore.steal),
        };
        // what the rest of the machine (other people's processes) took meanwhile
        cpu.otherProcesses = round(
          cpu.wholeMachine - cpu.steal - cpu.server - (cpu.postgres ?? 0) - cpu.benchClient,
        );
        resolve({
          durationS: result.duration,
          requestsPerSec: {
            mean: result.requests.mean,
            stddev: result.requests.stddev,
            min: result.requests.min,
            max: result.requests.max,
          },
          responses: latencies.length,
          latencyMs: {
            mean: round(latencies.length ? sum / latencies.length : null),
            p50: round(percentile(sorted, 50)),
            p95: round(percentile(sorted, 95)),
            p99: round(percentile(sorted, 99)),
            max: round(sorted.length ? sorted[sorted.length - 1] : null),
            maxAfterFirstSecond: round(maxAfterFirstSecond),
          },
          // autocannon's own summary (2xx responses only, whole milliseconds), as a cross-check
          autocannonLatencyMs: {
            p50: result.latency.p50,
            p90: result.latency.p90,
            p97_5: result.latency.p97_5,
            p99: result.latency.p99,
            max: result.latency.max,
          },
          statusCodes: statuses,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          failureSamples: failures,
          errorSamples: firstError,
          cpuSeconds: cpu,
          // less sensitive to a busy machine than requests/s: what one request costs the server
          serverCpuMsPerRequest: latencies.length ? round((cpu.server * 1000) / latencies.length) : null,
          loadAverage1m: { before: round(loadBefore), after: round(os.loadavg()[0]) },
          serverPeakRssMiB: peakRssMiB(pids.server),
          reqErrors,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (performance.now() - t0 > 1000 && responseTime > maxAfterFirstSecond)
        maxAfterFirstSecond = responseTime;
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
    instance.on('reqError', (err) => {
      reqErrors += 1;
      if (firstError.length < 5) firstError.push(String(err?.message ?? err));
    });
  });
}

async function scenario(name, baseUrl, request, pids) {
  const quietWaitS = await waitForQuiet(quietTimeout, log);
  let warm = null;
  if (warmup > 0) {
    log(`${name}: warm-up ${warmup} s`);
    warm = await cannon(baseUrl, request, warmup, pids);
  }
  log(`${name}: measuring ${duration} s with ${connections} connections`);
  const measured = await cannon(baseUrl, request, duration, pids);
  return {
    name,
    method: request.method,
    path: request.path,
    quietWaitS,
    ...measured,
    warmup: warm && {
      durationS: warm.durationS,
      responses: warm.responses,
      non2xx: warm.non2xx,
      errors: warm.errors,
      statusCodes: warm.statusCodes,
    },
  };
}

// ---------------------------------------------------------------- one dialect
async function runDialect(dialect) {
  let serverForReport = null;
  const local = [];
  const defer = (fn) => {
    deferCleanup(fn);
    local.push(fn);
  };
  const runLocalCleanups = async () => {
    while (local.length) {
      const fn = local.pop();
      undefer(fn);
      try {
        await fn();
      } catch (err) {
        log(`cleanup step failed: ${err.message}`);
      }
    }
  };
  try {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `vigie-bench-${dialect}-`));
    defer(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    let databaseUrl;
    if (dialect === 'postgres') {
      const dbName = `vigie_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
      databaseUrl = await createPgDatabase(pgAdminUrl, dbName);
      defer(() => dropPgDatabase(pgAdminUrl, dbName));
      log(`postgres: created database ${dbName}`);
    }
    const port = await freePort();
    log(`${dialect}: starting the server on 127.0.0.1:${port}`);
    const server = await startServer({ port, dataDir, databaseUrl });
    defer(() => stopServer(server.child));
    serverForReport = server;
    log(`${dialect}: healthy after ${Math.round(server.startMs)} ms (empty database: migrations + demo)`);
    const { cookie, workspaceId } = await signIn(server.baseUrl, DEMO_MANAGER);
    const pids = { server: server.child.pid, postgres: dialect === 'postgres' };
    const vendorsPath = `/api/workspaces/${workspaceId}/vendors`;
    const headers = { cookie, 'content-type': 'application/json' };

    const vendorsBefore = (await fetchVendorList(server.baseUrl, cookie, workspaceId)).items;
    const list = await scenario(
      'GET vendor list',
      server.baseUrl,
      { method: 'GET', path: vendorsPath, headers: { cookie } },
      pids,
    );
    list.listSize = vendorsBefore;

    const runTag = randomBytes(4).toString('hex');
    let seq = 0;
    const create = await scenario(
      'POST vendor',
      server.baseUrl,
      {
        method: 'POST',
        path: vendorsPath,
        headers,
        setupRequest(req) {
          seq += 1;
          return {
            ...req,
            body: JSON.stringify({
              name: `Bench ${runTag} ${seq}`,
              legalEntity: `Bench SAS ${seq}`,
              status: 'active',
              contacts: [],
            }),
          };
        },
      },
      pids,
    );
    // Every 201 must be a row: the list now holds the demo vendors plus every vendor created.
    const created = (create.statusCodes[201] ?? 0) + (create.warmup?.statusCodes[201] ?? 0);
    const listAfter = await fetchVendorList(server.baseUrl, cookie, workspaceId);
    const vendorsAfter = listAfter.items;
    // autocannon stops at the deadline without waiting for the requests in flight (at most
    // one per connection per run); the server still completes them, so the list may hold up
    // to that many rows more than the 201s counted, never fewer.
    const runs = warmup > 0 ? 2 : 1;
    const uncounted = vendorsAfter - vendorsBefore - created;
    create.check = {
      vendorsBefore,
      created201: created,
      vendorsAfter,
      inFlightAtStop: uncounted,
      consistent: uncounted >= 0 && uncounted <= runs * connections,
      // a single, unloaded GET of the now long list (not paged): for the record
      listAfterWrites: listAfter,
    };
    if (!create.check.consistent) {
      log(`POST vendor: ${created} answers 201 but the list grew by ${vendorsAfter - vendorsBefore}`);
    }

    const unexpected2xx = Object.keys(create.statusCodes).filter((s) => s !== '201');
    if (unexpected2xx.length) log(`POST vendor: statuses other than 201: ${unexpected2xx.join(', ')}`);

    const serverOutput = server.output().trim();
    return {
      dialect,
      date: new Date().toISOString(),
      machine: machineInfo(),
      settings: { connections, durationS: duration, warmupS: warmup, pipelining: 1, logLevel: 'warn' },
      serverStartMs: Math.round(server.startMs),
      scenarios: [list, create],
      serverStderrTail: serverOutput
        .split('\n')
        .filter((l) => !/^ {2}\S+@demo|Demo workspace|Vigie is running/.test(l))
        .slice(-10),
    };
  } catch (err) {
    // say what the server said and whether it is still alive
    if (serverForReport) {
      const { child } = serverForReport;
      const state =
        child.exitCode !== null || child.signalCode !== null
          ? `the server exited (code ${child.exitCode}, signal ${child.signalCode})`
          : 'the server is still running';
      err.message += `\n${state}; its last output:\n${serverForReport.output().trim().split('\n').slice(-20).join('\n')}`;
    }
    throw err;
  } finally {
    await runLocalCleanups();
  }
}

// ---------------------------------------------------------------- main
/** Cores that processes other than the server, PostgreSQL and this client used during the run. */
function otherCores(s) {
  const other = s.cpuSeconds.otherProcesses;
  return other === null || other === undefined ? '?' : `${Math.max(0, other / s.durationS).toFixed(2)} core`;
}

function table(results) {
  const rows = [
    '| dialect | scenario | req/s (mean) | p50 ms | p95 ms | p99 ms | max ms (after 1st s) | responses | non-2xx | errors | server CPU/req | other CPU |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    for (const s of r.scenarios) {
      rows.push(
        `| ${r.dialect} | ${s.name} | ${Math.round(s.requestsPerSec.mean)} | ${s.latencyMs.p50} | ${s.latencyMs.p95} | ${s.latencyMs.p99} | ${s.latencyMs.max} (${s.latencyMs.maxAfterFirstSecond}) | ${s.responses} | ${s.non2xx} | ${s.errors} | ${s.serverCpuMsPerRequest} ms | ${otherCores(s)} |`,
      );
    }
  }
  return rows.join('\n');
}

let exitCode = 0;
const results = [];
try {
  fs.mkdirSync(args.out, { recursive: true });
  for (const dialect of dialects) {
    const r = await runDialect(dialect);
    results.push(r);
    const file = path.join(args.out, `api-load-${dialect}.json`);
    fs.writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
    log(`wrote ${path.relative(process.cwd(), file)}`);
    for (const s of r.scenarios) {
      if (s.check && !s.check.consistent) exitCode = 1;
      if (s.non2xx > 0 || s.errors > 0) {
        exitCode = 1;
        log(
          `${dialect} / ${s.name}: ${s.non2xx} non-2xx, ${s.errors} errors; samples: ${JSON.stringify([...s.failureSamples, ...s.errorSamples].slice(0, 3))}`,
        );
      }
    }
  }
  process.stdout.write(
    `\n${connections} connections, ${duration} s measured after a ${warmup} s warm-up, per scenario.\n\n${table(results)}\n`,
  );
} catch (err) {
  log(`failed: ${err.stack ?? err}${err.cause ? `\ncause: ${err.cause.stack ?? err.cause}` : ''}`);
  exitCode = 2;
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
process.exit(exitCode);
