// Shared helpers for the benchmarks in this folder: machine facts, a free port, starting and
// stopping the Vigie server as a child process, throwaway PostgreSQL databases, a script's log,
// usage and cleanup, the code under test. Plain Node ESM.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_BIN = 'packages/server/bin/vigie.mjs';
export const LOOPBACK = '127.0.0.1';
export const DEFAULT_PG_ADMIN_URL = `postgres://postgres@${LOOPBACK}:5432/postgres`;

/** nproc, CPU model, RAM, Node, OS, commit: enough to compare two runs. */
export function machineInfo(repoDir = ROOT) {
  let cpuModel = 'unknown';
  try {
    const m = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m);
    if (m?.[1]) cpuModel = m[1].trim();
  } catch {
    // not Linux
  }
  let os_ = `${os.type()} ${os.release()}`;
  try {
    const m = fs.readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]+)"?$/m);
    if (m?.[1]) os_ = `${m[1]} (kernel ${os.release()})`;
  } catch {
    // keep the generic name
  }
  let commit = 'unknown';
  let dirty = false;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoDir, encoding: 'utf8' }).trim();
    // only what the server runs: the web app's uncommitted edits do not change these figures
    dirty =
      execFileSync(
        'git',
        ['status', '--porcelain', '--', 'packages/server', 'packages/core', 'package-lock.json'],
        {
          cwd: repoDir,
          encoding: 'utf8',
        },
      ).trim() !== '';
  } catch {
    // not a git checkout
  }
  return {
    nproc: os.availableParallelism(),
    cpuModel,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: os_,
    commit,
    serverWorktreeDirty: dirty,
  };
}

/** A port the kernel says is free on the loopback interface right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, LOOPBACK, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Refuses any URL whose host is not on this machine's loopback. */
export function assertLoopback(url) {
  const host = new URL(url).hostname;
  if (!(host === 'localhost' || host === '[::1]' || host === '::1' || /^127\./.test(host))) {
    throw new Error(`refusing to target ${host}: benchmarks only talk to the loopback interface`);
  }
}

/** Creates an empty database named `name` through the admin URL; returns its URL. */
export async function createPgDatabase(adminUrl, name) {
  assertLoopback(adminUrl);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name ${name}`);
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropPgDatabase(adminUrl, name) {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name ${name}`);
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}

/**
 * Starts `vigie serve` on 127.0.0.1:port with its own data dir and waits until /api/health
 * answers 200. Returns the child, the time from spawn to the first healthy answer, and its
 * output so far. Throws (after killing the child) if it exits or is not healthy in time.
 */
export async function startServer({
  repoDir = ROOT,
  port,
  dataDir,
  databaseUrl,
  timeoutMs = 60_000,
  extraEnv = {},
  nodeArgs = [],
}) {
  const env = { ...process.env, ...extraEnv };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  Object.assign(env, {
    PORT: String(port),
    HOST: LOOPBACK,
    VIGIE_DATA_DIR: dataDir,
    VIGIE_PUBLIC_URL: `http://${LOOPBACK}:${port}`,
    VIGIE_LOG_LEVEL: extraEnv.VIGIE_LOG_LEVEL ?? 'warn',
  });
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, SERVER_BIN, 'serve'], {
    cwd: repoDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => {
    output += chunk.toString();
    if (output.length > 64_000) output = output.slice(-64_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.once('exit', (code, signal) => {
    exited = { code, signal };
  });
  const health = `http://${LOOPBACK}:${port}/api/health`;
  const deadline = started + timeoutMs;
  while (performance.now() < deadline) {
    if (exited) break;
    try {
      const res = await fetch(health, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) {
        await res.arrayBuffer();
        const startMs = performance.now() - started;
        return { child, startMs, output: () => output, port, baseUrl: `http://${LOOPBACK}:${port}` };
      }
    } catch {
      // not listening yet
    }
    await sleep(exited ? 0 : 25);
  }
  await stopServer(child);
  const why = exited
    ? `exited (code ${exited.code}, signal ${exited.signal})`
    : `not healthy after ${timeoutMs} ms`;
  throw new Error(`server ${why}; its output:\n${output.trim()}`);
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the child is gone. */
export function stopServer(child, graceMs = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** CPU seconds (user + system) used so far by a process, from /proc; null where unreadable. */
export function cpuSecondsOf(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11] = utime, fields[12] = stime (0-based after the command name), in clock ticks
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return null;
  }
}

/** Summed CPU seconds of every process whose command name is `comm` (e.g. postgres). */
export function cpuSecondsOfCommand(comm) {
  let total = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== comm) continue;
    } catch {
      continue;
    }
    total += cpuSecondsOf(entry) ?? 0;
  }
  return total;
}

/** CPU seconds the whole machine has spent busy (all cores, all processes), from /proc/stat. */
export function machineBusySeconds() {
  const t = procStatCpu();
  return t && t.user + t.nice + t.system + t.irq + t.softirq + t.steal;
}

/** Seconds of CPU the hypervisor gave to other guests while this one wanted it (/proc/stat). */
export function stealSeconds() {
  return procStatCpu()?.steal ?? null;
}

function procStatCpu() {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line
      .split(/\s+/)
      .slice(1)
      .map((x) => Number(x) / CLK_TCK);
    return { user, nice, system, idle, iowait, irq, softirq, steal };
  } catch {
    return null;
  }
}

/** Peak resident memory of a live process (VmHWM), in MiB. */
export function peakRssMiB(pid) {
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+) kB$/m);
    return m ? Math.round(Number(m[1]) / 102.4) / 10 : null;
  } catch {
    return null;
  }
}

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Nearest-rank percentile of an ascending-sorted array. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const round = (x, digits = 2) => (x === null || x === undefined ? x : Number(x.toFixed(digits)));

/**
 * The machine is shared (2 cores): wait up to `timeoutS` seconds for it to be nearly idle
 * (under `maxCores` busy over one second), so that someone else's build does not eat the CPU
 * being measured. Returns the seconds waited.
 */
export async function waitForQuiet(timeoutS, log = () => {}, maxCores = 0.25) {
  const started = performance.now();
  while ((performance.now() - started) / 1000 < timeoutS) {
    const before = machineBusySeconds();
    await sleep(1000);
    if (before === null || machineBusySeconds() - before < maxCores) break;
  }
  const waited = (performance.now() - started) / 1000;
  if (waited > 1.5) log(`waited ${waited.toFixed(0)} s for the machine to be quiet`);
  return round(waited, 1);
}

// ---------------------------------------------------------------- script plumbing
/** The script's header comment (its usage), from the line after the shebang to the first non-comment. */
export function headerComment(scriptUrl) {
  return `${fs
    .readFileSync(new URL(scriptUrl), 'utf8')
    .split('\n')
    .slice(1)
    .filter((_l, i, all) => all.slice(0, i + 1).every((l) => l.startsWith('//')))
    .join('\n')}\n`;
}

/** `[name HH:MM:SS] message` on stderr. */
export const scriptLog = (name) => (msg) =>
  process.stderr.write(`[${name} ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

/** `name: message` on stderr, then exit 2 (a setup failure). */
export const scriptFail = (name) => (message) => {
  process.stderr.write(`${name}: ${message}\n`);
  process.exit(2);
};

/**
 * Cleanup steps (servers, data dirs, databases, child process groups), run last in, first out by
 * `cleanup()` at the end, also on failure, and on SIGINT/SIGTERM (then exit 130). `defer(fn)`
 * adds a step and returns it; `undefer(fn)` takes it back once done by hand.
 */
export function cleanupStack(log, signalNote = 'cleaning up') {
  const steps = [];
  let cleaning = null;
  const defer = (fn) => {
    steps.push(fn);
    return fn;
  };
  const undefer = (fn) => {
    const i = steps.lastIndexOf(fn);
    if (i >= 0) steps.splice(i, 1);
  };
  const cleanup = () => {
    cleaning ??= (async () => {
      while (steps.length) {
        const fn = steps.pop();
        try {
          await fn();
        } catch (err) {
          log(`cleanup step failed: ${err.message}`);
        }
      }
    })();
    return cleaning;
  };
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => {
      log(`${sig}: ${signalNote}`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  return { defer, undefer, cleanup };
}

// ---------------------------------------------------------------- code under test
/**
 * The commit and a fingerprint of the uncommitted changes to what the server runs: others edit
 * and commit in this working tree meanwhile, so each run records the code it measured.
 */
export function codeState(repoDir = ROOT) {
  const git = (...a) => execFileSync('git', a, { cwd: repoDir, encoding: 'utf8', maxBuffer: 1 << 28 });
  try {
    const dirs = ['packages/server/src', 'packages/core/src', 'package-lock.json'];
    const diff = git('diff', 'HEAD', '--', ...dirs);
    const untracked = git('ls-files', '--others', '--exclude-standard', '--', ...dirs)
      .split('\n')
      .filter(Boolean);
    const h = createHash('sha1').update(diff);
    for (const f of untracked) h.update(f).update(fs.readFileSync(path.join(repoDir, f)));
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
export const sameCode = (a, b) => a.commit === b.commit && a.fingerprint === b.fingerprint;
