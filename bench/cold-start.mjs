#!/usr/bin/env node
// Cold-start benchmark, in a fresh clone of this repository:
//   1. `git clone` of the committed HEAD into a temporary folder;
//   2. `npm ci` there with an empty npm cache (`--cache <empty dir>`): a really cold install;
//      if npm ci refuses (e.g. a lock file out of sync), `npm install` is timed instead;
//   3. `npm run build` (the web app, Vite) there;
//   4. server start times, from spawning `node packages/server/bin/vigie.mjs serve` to the first
//      200 from /api/health: on an empty database (migrations + demo workspace) and on an
//      existing one (warm start), for SQLite and PostgreSQL; the very first start also has an
//      empty tsx transpile cache. `vigie --help` (loading every module, no database) is the
//      baseline.
//
//   node bench/cold-start.mjs                     # everything, 5 runs per start case
//   options: --runs N (5), --dialect sqlite|postgres (repeatable; both by default),
//            --skip-install (measure starts in this checkout instead: no clone, no npm ci,
//            no build), --keep (leave the clone), --pg-admin-url URL, --out DIR
//
// Writes bench/results/cold-start.json (start-times.json with --skip-install) and prints
// markdown tables. Each step has a time limit; the temporary clone, npm cache, data dirs and
// databases are removed at the end.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  assertLoopback,
  createPgDatabase,
  DEFAULT_PG_ADMIN_URL,
  dropPgDatabase,
  freePort,
  headerComment,
  machineInfo,
  ROOT,
  round,
  SERVER_BIN,
  startServer,
  stopServer,
  waitForQuiet,
} from './lib.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    dialect: { type: 'string', multiple: true },
    'skip-install': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'pg-admin-url': { type: 'string', default: process.env.VIGIE_BENCH_PG_ADMIN_URL ?? DEFAULT_PG_ADMIN_URL },
    out: { type: 'string', default: path.join(ROOT, 'bench/results') },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  process.stdout.write(headerComment(import.meta.url));
  process.exit(0);
}
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 50) fail('--runs must be a whole number from 1 to 50');
const dialects = (args.dialect ?? ['sqlite', 'postgres']).flatMap((d) => d.split(',')).filter(Boolean);
for (const d of dialects) if (!['sqlite', 'postgres'].includes(d)) fail(`unknown dialect ${d}`);
const pgAdminUrl = args['pg-admin-url'];
// with --skip-install only the start times are measured: keep the full run's results apart
const outName = args['skip-install'] ? 'start-times' : 'cold-start';
try {
  assertLoopback(pgAdminUrl);
} catch (err) {
  fail(err.message);
}

function fail(message) {
  process.stderr.write(`cold-start: ${message}\n`);
  process.exit(2);
}
const log = (msg) => process.stderr.write(`[cold-start ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

const cleanups = [];
async function cleanup() {
  while (cleanups.length) {
    try {
      await cleanups.pop()();
    } catch (err) {
      log(`cleanup step failed: ${err.message}`);
    }
  }
}
const children = new Set();
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => {
    for (const c of children) c.kill('SIGKILL');
    void cleanup().finally(() => process.exit(130));
  });
}
// Whole-run limit: install 20 min + build 10 min + starts, then give up.
const watchdog = setTimeout(
  () => {
    log('time limit reached: stopping');
    for (const c of children) c.kill('SIGKILL');
    void cleanup().finally(() => process.exit(2));
  },
  (35 + dialects.length * runs * 2) * 60_000,
);

/** Runs a command with a time limit; resolves with its wall time, exit code and output tail. */
function timed(cmd, cmdArgs, { cwd, env = process.env, limitMs }) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(cmd, cmdArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let out = '';
    const keep = (b) => {
      out += b.toString();
      if (out.length > 200_000) out = out.slice(-200_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limitMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      resolve({
        command: [cmd, ...cmdArgs].join(' '),
        seconds: round((performance.now() - started) / 1000, 3),
        exitCode: code,
        signal,
        timedOut,
        output: out,
      });
    });
  });
}

const tail = (text, n = 15) => text.trim().split('\n').slice(-n);

/** What stands between npm and its registry, without naming hosts or showing any secret. */
function npmNetwork() {
  const get = (key) => {
    try {
      const v = execFileSync('npm', ['config', 'get', key], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
      return v === 'null' || v === 'undefined' ? '' : v;
    } catch {
      return '';
    }
  };
  const envProxy = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'].some((k) => process.env[k]);
  return {
    npmVersion: execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim(),
    defaultRegistry: get('registry').replace(/\/$/, '') === 'https://registry.npmjs.org',
    proxyInNpmConfig: Boolean(get('proxy') || get('https-proxy')),
    proxyInEnvironment: envProxy,
  };
}

function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return {
    runs: s.length,
    medianMs: Math.round(median),
    minMs: Math.round(s[0]),
    maxMs: Math.round(s[s.length - 1]),
    allMs: values.map(Math.round),
  };
}

const quietWaits = [];

/** Spawns the server, waits for health, stops it; returns the milliseconds to healthy. */
async function oneStart(repoDir, { dataDir, databaseUrl, tmpDir }) {
  quietWaits.push(await waitForQuiet(30, log));
  const port = await freePort();
  const server = await startServer({
    repoDir,
    port,
    dataDir,
    databaseUrl,
    timeoutMs: 120_000,
    extraEnv: tmpDir ? { TMPDIR: tmpDir } : {},
  });
  children.add(server.child);
  await stopServer(server.child);
  children.delete(server.child);
  return server.startMs;
}

async function measureStarts(repoDir, workDir) {
  const out = {};
  // tsx keeps transpiled files under os.tmpdir(): a fresh TMPDIR makes the first start's cache empty.
  const tsxTmp = path.join(workDir, 'tmp');
  fs.mkdirSync(tsxTmp);
  const env = { ...process.env, TMPDIR: tsxTmp };

  const help = [];
  for (let i = 0; i < runs; i++) {
    const r = await timed(process.execPath, [SERVER_BIN, '--help'], { cwd: repoDir, env, limitMs: 60_000 });
    if (r.exitCode !== 0) throw new Error(`vigie --help failed: ${tail(r.output).join('\n')}`);
    help.push(r.seconds * 1000);
  }
  // the first of these ran with an empty tsx cache
  out.helpFirstColdTsxMs = Math.round(help[0]);
  out.help = stats(help.slice(runs > 1 ? 1 : 0));
  // --help went through every module, so the tsx cache is warm now; for an empty-cache server
  // start, use another fresh TMPDIR.
  for (const dialect of dialects) {
    log(`${dialect}: ${runs} starts on an empty database, then ${runs} on the existing one`);
    const empty = [];
    const existing = [];
    let firstColdTsx = null;
    let lastDataDir = null;
    let lastDbUrl;
    for (let i = 0; i < runs; i++) {
      const dataDir = fs.mkdtempSync(path.join(workDir, `data-${dialect}-`));
      let databaseUrl;
      if (dialect === 'postgres') {
        const name = `vigie_bench_start_${Date.now()}_${randomBytes(3).toString('hex')}`;
        databaseUrl = await createPgDatabase(pgAdminUrl, name);
        cleanups.push(() => dropPgDatabase(pgAdminUrl, name));
      }
      if (i === 0) {
        const coldTmp = fs.mkdtempSync(path.join(workDir, 'tmp-cold-'));
        firstColdTsx = await oneStart(repoDir, { dataDir, databaseUrl, tmpDir: coldTmp });
        // that database is no longer empty: take a fresh one for the first warm-cache sample
        const again = fs.mkdtempSync(path.join(workDir, `data-${dialect}-`));
        let againUrl;
        if (dialect === 'postgres') {
          const name = `vigie_bench_start_${Date.now()}_${randomBytes(3).toString('hex')}`;
          againUrl = await createPgDatabase(pgAdminUrl, name);
          cleanups.push(() => dropPgDatabase(pgAdminUrl, name));
        }
        empty.push(await oneStart(repoDir, { dataDir: again, databaseUrl: againUrl, tmpDir: tsxTmp }));
        lastDataDir = again;
        lastDbUrl = againUrl;
        continue;
      }
      empty.push(await oneStart(repoDir, { dataDir, databaseUrl, tmpDir: tsxTmp }));
      lastDataDir = dataDir;
      lastDbUrl = databaseUrl;
    }
    for (let i = 0; i < runs; i++) {
      existing.push(
        await oneStart(repoDir, { dataDir: lastDataDir, databaseUrl: lastDbUrl, tmpDir: tsxTmp }),
      );
    }
    out[dialect] = {
      emptyDatabaseFirstStartColdTsxMs: Math.round(firstColdTsx),
      emptyDatabase: stats(empty),
      existingDatabase: stats(existing),
    };
  }
  return out;
}

const result = {
  date: new Date().toISOString(),
  machine: machineInfo(),
  settings: { runs, dialects, skipInstall: args['skip-install'] },
  // 1-minute load average at each phase: a busy machine (someone else's build) skews the times
  loadAverage1m: { start: round(os.loadavg()[0]) },
};
let exitCode = 0;
try {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-cold-'));
  if (!args.keep) cleanups.push(() => fs.rmSync(work, { recursive: true, force: true }));
  else log(`keeping ${work}`);
  let repoDir = ROOT;
  if (!args['skip-install']) {
    repoDir = path.join(work, 'vigie');
    const cache = path.join(work, 'npm-cache');
    fs.mkdirSync(cache);
    result.npm = npmNetwork();
    log('git clone');
    const clone = await timed('git', ['clone', '--quiet', ROOT, repoDir], { cwd: work, limitMs: 120_000 });
    if (clone.exitCode !== 0) throw new Error(`git clone failed: ${tail(clone.output).join('\n')}`);
    result.clone = {
      seconds: clone.seconds,
      commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
        cwd: repoDir,
        encoding: 'utf8',
      }).trim(),
    };

    log('npm ci with an empty cache (this is the slow part)');
    const install = async (verb, cacheDir) => {
      const r = await timed('npm', [verb, '--cache', cacheDir, '--no-audit', '--no-fund'], {
        cwd: repoDir,
        limitMs: 20 * 60_000,
      });
      const lines = r.output.split('\n').filter((l) => !/Unknown (user|project) config/.test(l));
      return {
        command: `npm ${verb} --cache <empty dir> --no-audit --no-fund`,
        seconds: r.seconds,
        exitCode: r.exitCode,
        timedOut: r.timedOut,
        output:
          r.exitCode === 0
            ? tail(lines.join('\n'), 5)
            : [...lines.slice(0, 12), '...', ...tail(lines.join('\n'), 5)],
      };
    };
    result.npmCi = await install('ci', cache);
    log(`npm ci: ${result.npmCi.seconds} s, exit ${result.npmCi.exitCode}`);
    let installed = result.npmCi;
    if (result.npmCi.exitCode !== 0) {
      // e.g. a package-lock.json out of sync with package.json (EUSAGE): measure `npm install`
      // instead, with another empty cache, and keep the npm ci failure in the results
      log('npm ci failed: measuring npm install instead (same empty-cache conditions)');
      const cache2 = path.join(work, 'npm-cache-2');
      fs.mkdirSync(cache2);
      result.npmInstall = await install('install', cache2);
      installed = result.npmInstall;
      installed.cacheDir = cache2;
      log(`npm install: ${installed.seconds} s, exit ${installed.exitCode}`);
      if (installed.exitCode !== 0) throw new Error('npm install failed too: see the results');
    }
    const du = (p) => Number(execFileSync('du', ['-sm', p], { encoding: 'utf8' }).split(/\s/)[0]);
    installed.nodeModulesMiB = du(path.join(repoDir, 'node_modules'));
    installed.cacheMiB = du(installed.cacheDir ?? cache);
    delete installed.cacheDir;

    result.loadAverage1m.beforeBuild = round(os.loadavg()[0]);
    log('npm run build (web)');
    const build = await timed('npm', ['run', 'build'], { cwd: repoDir, limitMs: 10 * 60_000 });
    result.webBuild = {
      command: 'npm run build',
      seconds: build.seconds,
      exitCode: build.exitCode,
      timedOut: build.timedOut,
      outputTail: tail(build.output, build.exitCode === 0 ? 8 : 30),
    };
    log(`web build: ${build.seconds} s, exit ${build.exitCode}`);
  }
  result.loadAverage1m.beforeStarts = round(os.loadavg()[0]);
  result.starts = await measureStarts(repoDir, work);
  result.loadAverage1m.end = round(os.loadavg()[0]);
  result.starts.repo = args['skip-install'] ? 'this checkout' : 'the fresh clone';
  result.starts.quietWaitS = round(
    quietWaits.reduce((a, b) => a + b, 0),
    1,
  );

  fs.mkdirSync(args.out, { recursive: true });
  const file = path.join(args.out, `${outName}.json`);
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  fs.rmSync(path.join(args.out, `${outName}.failed.json`), { force: true });
  log(`wrote ${path.relative(process.cwd(), file)}`);
  process.stdout.write(`\n${report(result)}\n`);
} catch (err) {
  log(`failed: ${err.stack ?? err}`);
  exitCode = 2;
  try {
    fs.mkdirSync(args.out, { recursive: true });
    fs.writeFileSync(
      path.join(args.out, `${outName}.failed.json`),
      `${JSON.stringify({ ...result, error: String(err.message ?? err) }, null, 2)}\n`,
    );
  } catch {
    // best effort
  }
} finally {
  await cleanup();
  clearTimeout(watchdog);
}
process.exit(exitCode);

function report(r) {
  const lines = [];
  if (r.npmCi) {
    lines.push('| step | time | notes |', '|---|---:|---|');
    lines.push(`| git clone | ${r.clone.seconds} s | commit ${r.clone.commit} |`);
    for (const [label, x] of [
      ['npm ci, empty cache', r.npmCi],
      ['npm install, empty cache', r.npmInstall],
    ]) {
      if (!x) continue;
      const size = x.nodeModulesMiB ? `; node_modules ${x.nodeModulesMiB} MiB, cache ${x.cacheMiB} MiB` : '';
      const why =
        x.exitCode === 0
          ? ''
          : `: ${x.output.find((l) => /npm error [`A-Za-z]/.test(l) && !/code E/.test(l)) ?? ''}`;
      lines.push(`| ${label} | ${x.seconds} s | exit ${x.exitCode}${size}${why.replaceAll('|', '\\|')} |`);
    }
    lines.push(`| npm run build (web) | ${r.webBuild.seconds} s | exit ${r.webBuild.exitCode} |`);
    lines.push('');
  }
  const s = r.starts;
  lines.push(
    `Start to first healthy /api/health, in ${s.repo}, ${r.settings.runs} runs each (median, min–max):`,
    '',
  );
  lines.push('| case | sqlite | postgres |', '|---|---:|---:|');
  const cell = (d, key) => {
    const v = s[d]?.[key];
    if (v === undefined) return '–';
    return typeof v === 'number' ? `${v} ms (1 run)` : `${v.medianMs} ms (${v.minMs}–${v.maxMs})`;
  };
  lines.push(
    `| empty database, first start, empty tsx cache | ${cell('sqlite', 'emptyDatabaseFirstStartColdTsxMs')} | ${cell('postgres', 'emptyDatabaseFirstStartColdTsxMs')} |`,
  );
  lines.push(
    `| empty database (migrations + demo) | ${cell('sqlite', 'emptyDatabase')} | ${cell('postgres', 'emptyDatabase')} |`,
  );
  lines.push(
    `| existing database (warm start) | ${cell('sqlite', 'existingDatabase')} | ${cell('postgres', 'existingDatabase')} |`,
  );
  lines.push('');
  lines.push(
    `Baseline \`vigie --help\` (loads every module, no database): median ${s.help.medianMs} ms (${s.help.minMs}–${s.help.maxMs}); first run with an empty tsx cache ${s.helpFirstColdTsxMs} ms.`,
  );
  return lines.join('\n');
}
