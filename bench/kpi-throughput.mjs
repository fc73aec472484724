// Throughput and peak memory of `vigie kpi` on generated Vigie CSV files (1 M, 3 M, 10 M rows),
// plus a CPU profile at 3 M rows summarised by file. Plain Node ESM, no network.
//   node bench/kpi-throughput.mjs [--sizes 1000000,3000000,10000000] [--seed 42] [--dir DIR]
//                                 [--keep] [--no-profile] [--only-profile] [--profile-rows 3000000]
//                                 [--timeout 300]   (seconds per kpi run)
//                                 [--longer]  also files of the same density over longer spans
//                                             (90 days per million rows): memory as history grows
// Files go to DIR (default: $TMPDIR/vigie-kpi-bench) and are reused when present with the same
// rows, seed, customer mode and generator version (checked by size); deleted at the end unless
// --keep. Results: bench/results/kpi-throughput.json.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cachedInteractions, GENERATOR_VERSION, interactionsFileName } from './generate-interactions.mjs';
import { machineInfo, ROOT, SERVER_BIN } from './lib.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const sizes = opt('--sizes', '1000000,3000000,10000000').split(',').map(Number);
const seed = Number(opt('--seed', '42'));
const dir = opt('--dir', path.join(os.tmpdir(), 'vigie-kpi-bench'));
const keep = args.includes('--keep');
const profileRows = Number(opt('--profile-rows', '3000000'));
const doProfile = !args.includes('--no-profile');
const onlyProfile = args.includes('--only-profile');
const runTimeout = Number(opt('--timeout', '300')); // seconds per kpi run, then SIGTERM
const biggest = Math.max(...sizes);
const longer = args.includes('--longer');
fs.mkdirSync(dir, { recursive: true });

if (!fs.existsSync('/usr/bin/time')) {
  console.error('/usr/bin/time (GNU time) is missing: apt-get install -y time');
  process.exit(1);
}

const generated = new Set();
async function dataFile(rows, customers, days = 90) {
  const file = path.join(dir, interactionsFileName(rows, { seed, customers, days }));
  // deleted at the end unless --keep, also when generating it fails halfway
  generated.add(file).add(`${file}.json`);
  await cachedInteractions(file, rows, { seed, customers, days });
  return file;
}

function parseTime(stderr) {
  const get = (re) => stderr.match(re)?.[1];
  const wall = get(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)/)
    .split(':')
    .map(Number)
    .reduce((a, b) => a * 60 + b, 0);
  return {
    wallSeconds: wall,
    userSeconds: Number(get(/User time \(seconds\): (\S+)/)),
    systemSeconds: Number(get(/System time \(seconds\): (\S+)/)),
    maxRssMiB: Number(get(/Maximum resident set size \(kbytes\): (\d+)/)) / 1024,
    exitStatus: Number(get(/Exit status: (\d+)/) ?? 0),
  };
}

function runKpi(file, by, rows, label) {
  const load = os.loadavg()[0];
  const cmd = ['node', SERVER_BIN, 'kpi', file, '--profile', 'vigie', '--by', by, '--format', 'json'];
  console.error(`$ /usr/bin/time -v ${cmd.join(' ')} > /dev/null   (load ${load.toFixed(2)})`);
  const r = spawnSync('/usr/bin/time', ['-v', 'timeout', String(runTimeout), ...cmd], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const t = parseTime(r.stderr);
  const res = {
    label,
    rows,
    by,
    ...t,
    rowsPerSecond: Math.round(rows / t.wallSeconds),
    loadavgBefore: load,
    command: `/usr/bin/time -v ${cmd.join(' ')} > /dev/null`,
  };
  if (t.exitStatus === 124) res.error = `timed out after ${runTimeout} s`;
  else if (t.exitStatus !== 0)
    res.error = r.stderr
      .split('\n')
      .filter((l) => !/^\t/.test(l))
      .slice(-15)
      .join('\n');
  console.error(
    `  ${label}: ${t.wallSeconds.toFixed(1)} s, ${res.rowsPerSecond} rows/s, ${t.maxRssMiB.toFixed(0)} MiB` +
      (res.error ? `\n  FAILED:\n${res.error}` : ''),
  );
  return res;
}

function category(url) {
  if (!url) return 'V8/native';
  if (url.includes('read-csv-records')) return 'reader (read-csv-records.ts)';
  if (url.includes('import-interactions')) return 'import (import-interactions.ts)';
  if (url.includes('profiles/vigie-csv')) return 'mapping (vigie-csv.ts)';
  if (url.includes('packages/core/src/kpi')) return 'engine (core/src/kpi)';
  if (url.includes('node_modules/tsx')) return 'tsx';
  if (url.includes('packages/server/src/cli')) return 'cli';
  if (url.startsWith('node:')) return 'node internals';
  return 'other JS';
}

/** Self time by function and by file category from the main thread's .cpuprofile. */
function summariseProfile(profDir) {
  const files = fs
    .readdirSync(profDir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(profDir, f));
  // the main thread is the profile with the most samples (tsx's loader thread idles)
  let best = null;
  for (const f of files) {
    const p = JSON.parse(fs.readFileSync(f, 'utf8'));
    if (!best || p.samples.length > best.samples.length) best = p;
  }
  const byId = new Map(best.nodes.map((n) => [n.id, n]));
  const self = new Map();
  best.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (best.timeDeltas[i] ?? 0));
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
    const cat = cf.url ? category(cf.url) : cf.functionName; // (garbage collector), (program), (idle)
    cats.set(cat, (cats.get(cat) ?? 0) + us);
  }
  const pct = (m) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .map(([name, us]) => ({
        name,
        seconds: +(us / 1e6).toFixed(2),
        percent: +((100 * us) / total).toFixed(1),
      }));
  return {
    totalSeconds: +(total / 1e6).toFixed(2),
    byCategory: pct(cats),
    topFunctions: pct(fns).slice(0, 25),
  };
}

const results = {
  machine: machineInfo(),
  date: new Date().toISOString(),
  seed,
  generatorVersion: GENERATOR_VERSION,
  runs: [],
};
try {
  if (!onlyProfile) {
    // startup cost: a 1-row file
    const tiny = await dataFile(1, true);
    results.runs.push(runKpi(tiny, 'vendor,day', 1, 'startup (1 row)'));
    for (const rows of sizes) {
      const file = await dataFile(rows, true);
      results.runs.push(runKpi(file, 'vendor,day', rows, `${rows} rows`));
      if (rows === biggest) {
        results.runs.push(runKpi(file, 'vendor,site,agent,interval15', rows, `${rows} rows, fine grouping`));
      }
    }
    const noCust = await dataFile(biggest, false);
    results.runs.push(runKpi(noCust, 'vendor,day', biggest, `${biggest} rows, empty customer_id`));
    if (longer) {
      for (const rows of sizes) {
        const days = Math.round((90 * rows) / 1e6);
        if (days === 90) continue;
        const file = await dataFile(rows, true, days);
        results.runs.push(runKpi(file, 'vendor,day', rows, `${rows} rows over ${days} days`));
      }
    }
  }
  if (doProfile) {
    const file = await dataFile(profileRows, true);
    const profDir = fs.mkdtempSync(path.join(dir, 'prof-'));
    const cmd = [
      '--cpu-prof',
      '--cpu-prof-dir',
      profDir,
      SERVER_BIN,
      'kpi',
      file,
      '--profile',
      'vigie',
      '--by',
      'vendor,day',
      '--format',
      'json',
    ];
    console.error(`$ node ${cmd.join(' ')} > /dev/null`);
    const t0 = performance.now();
    execFileSync('node', cmd, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 26 });
    results.profile = {
      rows: profileRows,
      command: `node ${cmd.join(' ')} > /dev/null`,
      wallSeconds: +((performance.now() - t0) / 1000).toFixed(1),
      ...summariseProfile(profDir),
    };
    fs.rmSync(profDir, { recursive: true, force: true });
    console.error(JSON.stringify(results.profile, null, 1));
  }
} finally {
  fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  fs.writeFileSync(
    path.join(ROOT, `bench/results/kpi-throughput${onlyProfile ? '-profile' : ''}.json`),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  if (!keep) {
    for (const f of generated) fs.rmSync(f, { force: true });
    try {
      fs.rmdirSync(dir);
    } catch {
      // not empty (someone else's files) or already gone
    }
  }
}
console.table(
  results.runs.map((r) => ({
    label: r.label,
    by: r.by,
    wallS: r.wallSeconds,
    rowsPerS: r.rowsPerSecond,
    rssMiB: Math.round(r.maxRssMiB),
    error: r.error ? 'yes' : '',
  })),
);
