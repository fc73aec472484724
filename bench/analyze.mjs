#!/usr/bin/env node
// Call analysis benchmark (issue 5): `vigie analyze` with the French library over generated
// French calls of 3 to 8 minutes, at growing corpus sizes, and ripgrep searching the same corpus
// for the library's plain phrases, side by side, as the speed reference. Plain Node ESM.
//
//   node bench/analyze.mjs [--sizes 25000,50000,100000] [--seed 7] [--folder 100000]
//                          [--cache DIR] [--runs 1] [--timeout S] [--out DIR]
//
// The corpus is generated once per size by core's French demo corpus generator (the same calls
// for a seed and size) into --cache (default $TMPDIR/vigie-bench-cache) as JSON Lines, one call
// in Vigie's format per line; --folder N also writes the first N calls as one file each (the
// folder form users have). Each run is `/usr/bin/time -v node packages/server/bin/vigie.mjs
// analyze <corpus> --library fr --out json`: wall time of the whole command (process start,
// library compilation and worker start included), the engine's own seconds (from the JSON),
// peak RSS of the process (worker threads included). ripgrep (`apt install ripgrep`) runs
// `rg -c -i -F -f phrases.txt` over the same file: fixed strings, case-insensitive, 2 threads,
// the library's phrases without wildcards, options or alternatives. It is only a speed
// reference: it does not normalise accents, elisions or numbers, nor know speakers or turns.
// Checks: every call analysed, no problem reported, and the calls/s figures. Results:
// bench/results/analyze.json and a markdown table on stdout. Exit 1 if a check failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { machineInfo, ROOT, round, SERVER_BIN } from './lib.mjs';
import { parseTimeV } from './timing.mjs';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '25000,50000,100000' },
    seed: { type: 'string', default: '7' },
    folder: { type: 'string', default: '0' },
    cache: { type: 'string', default: path.join(os.tmpdir(), 'vigie-bench-cache') },
    runs: { type: 'string', default: '1' },
    timeout: { type: 'string', default: '1800' },
    out: { type: 'string', default: path.join(ROOT, 'bench/results') },
  },
});
const log = (msg) => process.stderr.write(`[analyze] ${msg}\n`);
const sizes = args.sizes.split(',').map(Number);
const seed = Number(args.seed);
const runs = Number(args.runs);

const { register } = await import('tsx/esm/api');
register();
const core = await import('../packages/core/src/index.ts');

fs.mkdirSync(args.cache, { recursive: true });

/** The corpus of `count` calls as JSON Lines, generated once and cached. */
function corpusFile(count) {
  const file = path.join(args.cache, `french-calls-s${seed}-n${count}.jsonl`);
  if (fs.existsSync(file)) return file;
  log(`generating ${count} calls…`);
  const started = performance.now();
  const tmp = `${file}.part`;
  const fd = fs.openSync(tmp, 'w');
  let pending = [];
  for (const { transcript } of core.generateFrenchCorpus({ seed, count })) {
    pending.push(JSON.stringify(transcript));
    if (pending.length === 1000) {
      fs.writeSync(fd, `${pending.join('\n')}\n`);
      pending = [];
    }
  }
  if (pending.length) fs.writeSync(fd, `${pending.join('\n')}\n`);
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
  log(`generated in ${round((performance.now() - started) / 1000, 1)} s`);
  return file;
}

/** The first `count` calls of a corpus file, one Vigie JSON file each, in a folder. */
async function corpusFolder(file, count) {
  const dir = `${file.replace(/\.jsonl$/, '')}-files-${count}`;
  if (fs.existsSync(path.join(dir, 'done'))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let i = 0;
  const lines = readline.createInterface({
    input: fs.createReadStream(file),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    if (i >= count) break;
    fs.writeFileSync(path.join(dir, `call-${String(i).padStart(7, '0')}.json`), line);
    i++;
  }
  lines.close();
  fs.writeFileSync(path.join(dir, 'done'), '');
  return dir;
}

/** The library's phrases a fixed-string search can look for: no wildcard, option or alternative. */
function plainPhrases() {
  const phrases = new Set();
  for (const rule of core.FRENCH_LIBRARY.rules) {
    for (const m of rule.rule.matchAll(/"([^"]+)"/g)) {
      if (!/[[\]()|*]/.test(m[1])) phrases.add(m[1].toLowerCase());
    }
  }
  return [...phrases];
}

function timed(command, commandArgs) {
  const report = path.join(os.tmpdir(), `vigie-bench-time-${process.pid}.txt`);
  const r = spawnSync(
    '/usr/bin/time',
    ['-v', '-o', report, 'timeout', args.timeout, command, ...commandArgs],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  const time = parseTimeV(fs.readFileSync(report, 'utf8'));
  fs.rmSync(report, { force: true });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ...time };
}

const failures = [];
const results = [];
const phrases = plainPhrases();
const patterns = path.join(args.cache, 'french-phrases.txt');
fs.writeFileSync(patterns, `${phrases.join('\n')}\n`);

function measure(label, input, calls, bytes) {
  for (let run = 0; run < runs; run++) {
    log(`${label}: vigie analyze (run ${run + 1}/${runs})…`);
    const v = timed(process.execPath, [SERVER_BIN, 'analyze', input, '--library', 'fr', '--out', 'json']);
    if (v.status !== 0) {
      failures.push(`${label}: vigie analyze exited ${v.status}: ${v.stderr.slice(0, 500)}`);
      continue;
    }
    const doc = JSON.parse(v.stdout);
    if (doc.calls !== calls) failures.push(`${label}: ${doc.calls} calls analysed, ${calls} expected`);
    if (doc.problems.length > 0)
      failures.push(`${label}: ${doc.problems.length} problems, first: ${doc.problems[0].message}`);
    const rg = timed('rg', ['-c', '-i', '-F', '--threads', '2', '-f', patterns, input]);
    const rgOk = rg.status === 0 || rg.status === 1;
    if (!rgOk) failures.push(`${label}: rg exited ${rg.status}: ${rg.stderr.slice(0, 300)}`);
    const rgMatching = rgOk
      ? rg.stdout
          .trim()
          .split('\n')
          .filter(Boolean)
          .reduce((s, l) => s + Number(l.split(':').at(-1)), 0)
      : null;
    results.push({
      label,
      calls,
      megabytes: round(bytes / 1e6, 1),
      wallSeconds: v.wallSeconds,
      engineSeconds: doc.seconds,
      callsPerSecond: round(calls / v.wallSeconds, 0),
      engineCallsPerSecond: round(calls / doc.seconds, 0),
      megabytesPerSecond: round(bytes / 1e6 / v.wallSeconds, 1),
      maxRssMiB: v.maxRssMiB,
      cpuSeconds: round(v.userSeconds + v.systemSeconds, 1),
      workers: doc.workers,
      ripgrep: rgOk
        ? {
            wallSeconds: rg.wallSeconds,
            megabytesPerSecond: round(bytes / 1e6 / Math.max(rg.wallSeconds, 0.01), 1),
            matchingLines: rgMatching,
            maxRssMiB: rg.maxRssMiB,
          }
        : null,
    });
  }
}

for (const size of sizes) {
  const file = corpusFile(size);
  measure(`${size} calls, JSON Lines`, file, size, fs.statSync(file).size);
}
const folderSize = Number(args.folder);
if (folderSize > 0) {
  const file = corpusFile(Math.max(folderSize, ...sizes.filter((s) => s >= folderSize)));
  const dir = await corpusFolder(file, folderSize);
  const bytes = fs.readdirSync(dir).reduce((s, f) => s + fs.statSync(path.join(dir, f)).size, 0);
  measure(`${folderSize} calls, one file each`, dir, folderSize, bytes);
}

const output = {
  benchmark: 'analyze',
  machine: machineInfo(),
  command: `node bench/analyze.mjs --sizes ${args.sizes} --seed ${seed} --folder ${args.folder} --runs ${runs}`,
  library: {
    id: core.FRENCH_LIBRARY.id,
    rules: core.FRENCH_LIBRARY.rules.length,
    ripgrepPhrases: phrases.length,
  },
  results,
  failures,
};
fs.mkdirSync(args.out, { recursive: true });
fs.writeFileSync(path.join(args.out, 'analyze.json'), `${JSON.stringify(output, null, 2)}\n`);
const rows = results.map((r) =>
  [
    r.label,
    r.megabytes,
    round(r.wallSeconds),
    r.callsPerSecond,
    r.engineCallsPerSecond,
    r.megabytesPerSecond,
    r.maxRssMiB,
    r.ripgrep?.wallSeconds ?? '—',
    r.ripgrep?.megabytesPerSecond ?? '—',
  ].join(' | '),
);
process.stdout.write(
  [
    '| corpus | MB | vigie wall s | calls/s | calls/s (engine) | MB/s | peak RSS MiB | rg wall s | rg MB/s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r} |`),
    '',
  ].join('\n'),
);
if (failures.length) {
  for (const f of failures) log(`FAILED: ${f}`);
  process.exit(1);
}
