import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sampleSize } from '@vigie/core';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../bin/vigie.mjs');
const POPULATION = path.resolve(import.meta.dirname, 'fixtures/population-agents.csv');

function vigie(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The fixture's rows: call id and agent, read here without Vigie's reader. */
function fixtureRows(): { id: string; agent: string }[] {
  return fs
    .readFileSync(POPULATION, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [id = '', agent = ''] = line.split(',');
      return { id, agent };
    });
}

describe('vigie sample', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-sample-'));

  it('draws the margin-of-error size, in proportion to each agent, the same calls for the same seed', () => {
    const rows = fixtureRows();
    const first = vigie([
      'sample',
      '--population',
      POPULATION,
      '--margin',
      '0.05',
      '--strata',
      'agent',
      '--seed',
      '42',
    ]);
    expect(first.code, first.stderr).toBe(0);
    const ids = first.stdout.trim().split('\n');
    // 2,000 calls: 384.15 / (1 + 383.15 / 2,000) = 322.4
    expect(ids).toHaveLength(sampleSize({ margin: 0.05, confidence: 0.95, population: 2000 }).size);
    expect(ids).toHaveLength(322);
    expect(new Set(ids).size).toBe(ids.length);
    const agentOf = new Map(rows.map((r) => [r.id, r.agent]));
    const drawnPerAgent = new Map<string, number>();
    for (const id of ids) {
      const agent = agentOf.get(id);
      expect(agent, `${id} is not in the population`).toBeDefined();
      drawnPerAgent.set(agent as string, (drawnPerAgent.get(agent as string) ?? 0) + 1);
    }
    // each agent's share of the sample is its share of the population, to the call
    const perAgent = new Map<string, number>();
    for (const r of rows) perAgent.set(r.agent, (perAgent.get(r.agent) ?? 0) + 1);
    for (const [agent, count] of perAgent) {
      expect(Math.abs((drawnPerAgent.get(agent) ?? 0) - (count * 322) / 2000)).toBeLessThan(1);
    }
    expect(first.stderr).toMatch(/Population: 2000 calls \(sha256 [0-9a-f]{64}\)/);
    // the same population in another order, as a file of ids written elsewhere: the same calls
    const shuffled = path.join(dir, 'shuffled.csv');
    const lines = fs.readFileSync(POPULATION, 'utf8').trim().split('\n');
    fs.writeFileSync(shuffled, `${[lines[0], ...lines.slice(1).reverse()].join('\n')}\n`);
    const again = vigie([
      'sample',
      '--population',
      shuffled,
      '--margin',
      '5%',
      '--strata',
      'agent',
      '--seed',
      '42',
    ]);
    expect(again.stdout).toBe(first.stdout);
    const other = vigie([
      'sample',
      '--population',
      POPULATION,
      '--margin',
      '0.05',
      '--strata',
      'agent',
      '--seed',
      '43',
    ]);
    expect(other.stdout).not.toBe(first.stdout);
  });

  it('reads a file of one id per line and writes the ids to --out', () => {
    const ids = path.join(dir, 'ids.txt');
    fs.writeFileSync(
      ids,
      `${fixtureRows()
        .map((r) => r.id)
        .join('\n')}\n\n`,
    );
    const out = path.join(dir, 'sample.txt');
    const r = vigie(['sample', '--population', ids, '--size', '25', '--seed', '7', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(fs.readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(25);
    // without --seed, one is chosen and printed so the draw can be made again
    const unseeded = vigie(['sample', '--population', ids, '--size', '5']);
    const seed = /give --seed (\d+) to draw the same sample again/.exec(unseeded.stderr)?.[1];
    expect(seed).toBeDefined();
    const redrawn = vigie(['sample', '--population', ids, '--size', '5', '--seed', seed as string]);
    expect(redrawn.stdout).toBe(unseeded.stdout);
  });

  it('names the file, line and option at fault, and writes nothing', () => {
    const dup = path.join(dir, 'dup.txt');
    fs.writeFileSync(dup, 'A-1\nA-2\nA-1\n');
    const out = path.join(dir, 'never.txt');
    const duplicate = vigie(['sample', '--population', dup, '--size', '1', '--seed', '1', '--out', out]);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toBe(`vigie: ${dup}, line 3: call A-1 is already at line 1\n`);
    expect(fs.existsSync(out)).toBe(false);
    const noColumn = vigie(['sample', '--population', POPULATION, '--strata', 'team', '--seed', '1']);
    expect(noColumn.stderr).toBe(
      `vigie: ${POPULATION}, line 1: no column "team" to stratify by (columns: call_id, agent, site)\n`,
    );
    const margin = vigie(['sample', '--population', POPULATION, '--margin', '2', '--seed', '1']);
    expect(margin.stderr).toContain('--margin: "2" is not a ratio between 0 and 1');
    const missing = vigie(['sample', '--population', path.join(dir, 'nope.csv'), '--seed', '1']);
    expect(missing.stderr).toContain('nope.csv: no such file');
    const latin1 = path.join(dir, 'latin1.txt');
    fs.writeFileSync(latin1, Buffer.from([0x41, 0x2d, 0xe9, 0x0a]));
    expect(vigie(['sample', '--population', latin1, '--size', '1', '--seed', '1']).stderr).toContain(
      'line 1: the file is not UTF-8 text',
    );
    for (const r of [noColumn, margin, missing]) expect(r.code).toBe(1);
  });
});
