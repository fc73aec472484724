#!/usr/bin/env node
// `npm run bench`: the API load benchmark, then the server start times in this checkout.
// Arguments go to api-load.mjs (e.g. `npm run bench -- --dialect sqlite --duration 5`).
// The cold install (clone + npm ci with an empty cache) is `node bench/cold-start.mjs`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const run = (script, args) =>
  spawnSync(process.execPath, [path.join(here, script), ...args], { stdio: 'inherit' }).status ?? 2;

const load = run('api-load.mjs', process.argv.slice(2));
const starts = run('cold-start.mjs', ['--skip-install', '--runs', '3']);
process.exit(load || starts);
