// Timing of child processes for the benchmarks: `/usr/bin/time -v` under `timeout`, the CPU the
// rest of the machine and a database's PostgreSQL backends used meanwhile, and the summary line
// of `vigie import interactions`. Plain Node ESM.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  codeState,
  cpuSecondsOf,
  machineBusySeconds,
  ROOT,
  round,
  SERVER_BIN,
  sameCode,
  stealSeconds,
} from './lib.mjs';

/** The figures of GNU time's `-v` report. */
export function parseTimeV(text) {
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

/**
 * A `timed(cmd, { env, onStderrLine })` that runs `cmd` under `/usr/bin/time -v` and `timeout
 * <timeoutS>`, in its own process group (killed on cleanup: `defer`/`undefer` of the script's
 * cleanupStack), with the time report in `scratch`. It returns stdout, timestamped stderr lines,
 * the /usr/bin/time figures, and the CPU the rest of the machine (and PostgreSQL) used meanwhile.
 */
export function childTimer({ scratch, timeoutS, defer, undefer }) {
  let seq = 0;
  return async function timed(cmd, { env = process.env, onStderrLine } = {}) {
    const timeFile = path.join(scratch, `time-${++seq}.txt`);
    const before = {
      machine: machineBusySeconds(),
      steal: stealSeconds(),
      load: os.loadavg()[0],
    };
    const codeBefore = codeState();
    const t0 = performance.now();
    const child = spawn(
      '/usr/bin/time',
      ['-v', '-o', timeFile, 'timeout', '--foreground', '-k', '10', String(timeoutS), ...cmd],
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
  };
}

/** Takes the CPU of the run's own PostgreSQL backends out of `otherCores`. */
export function withPostgresCpu(r, pgCpu) {
  r.postgresCpuSeconds = round(pgCpu);
  r.otherCores = round(
    Math.max(0, r.machineBusySeconds - r.stealSeconds - r.cpuSeconds - pgCpu) / r.ownWallSeconds,
  );
  return r;
}

/** CPU seconds so far of every backend connected to database `dbName`, by pid. */
export async function backendCpu(adminUrl, dbName) {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: adminUrl });
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

/**
 * Samples what the PostgreSQL backends of database `dbName` are running, every 500 ms: the
 * statements that hold the time (a Node client only waits on them then). Returns `stop()`,
 * which resolves with their CPU seconds and the statements seen most.
 */
export async function pgSampler(adminUrl, dbName) {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: adminUrl });
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

/** The figures of the line `vigie import interactions` ends with; null when it is missing. */
export function importSummary(stdout) {
  const m = stdout.match(IMPORT_RE);
  return (
    m && {
      importId: m[1],
      status: m[2],
      reportedSeconds: Number(m[3]),
      valid: Number(m[4]),
      stored: Number(m[5]),
      alreadyStored: Number(m[6]),
      rejected: Number(m[7]),
      warnings: Number(m[8]),
    }
  );
}

/** The `vigie import interactions` command line that stores `file` in workspace `workspaceId`. */
export const importCommand = (file, workspaceId, nodeArgs = []) => [
  'node',
  ...nodeArgs,
  SERVER_BIN,
  'import',
  'interactions',
  file,
  '--workspace',
  workspaceId,
  '--profile',
  'vigie',
];
