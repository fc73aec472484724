import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../bin/vigie.mjs');
const BANK = path.resolve(import.meta.dirname, 'fixtures/anonymous-bank/calls_first_3_days.csv');

function vigie(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface DayFigures {
  offered: number;
  answered: number;
  abandoned: number;
  shortAbandoned: number;
  answeredWithin20: number;
  waitOfAnswered: number;
  serviceOfAnswered: number;
}

/**
 * The same figures computed here straight from the raw lines, with the definitions written
 * out (DOMAIN.md; defaults: service level 20 s over offered, short abandons under 5 s left
 * out of offered), without any of Vigie's code.
 */
function independentFigures(): Map<string, DayFigures> {
  const [header, ...lines] = fs.readFileSync(BANK, 'utf8').trim().split('\n');
  const cols = (header ?? '').split(',');
  const at = (name: string) => cols.indexOf(name);
  const days = new Map<string, DayFigures>();
  for (const line of lines) {
    const f = line.split(',');
    const outcome = f[at('outcome')];
    const queued = f[at('q_start')] !== '0:00:00';
    const wait = Number(f[at('q_time')]);
    const day = f[at('date')] ?? '';
    const d = days.get(day) ?? {
      offered: 0,
      answered: 0,
      abandoned: 0,
      shortAbandoned: 0,
      answeredWithin20: 0,
      waitOfAnswered: 0,
      serviceOfAnswered: 0,
    };
    days.set(day, d);
    if (outcome === 'AGENT') {
      d.offered++;
      d.answered++;
      d.waitOfAnswered += wait;
      d.serviceOfAnswered += Number(f[at('ser_time')]);
      if (wait <= 20) d.answeredWithin20++;
    } else if (outcome === 'HANG' && queued) {
      if (wait < 5) d.shortAbandoned++;
      else {
        d.offered++;
        d.abandoned++;
      }
    }
  }
  return days;
}

describe('vigie kpi on the Anonymous Bank call log', () => {
  it('prints per-day figures equal to those computed independently from the raw lines', () => {
    const r = vigie(['kpi', BANK, '--profile', 'anonymous-bank', '--by', 'day', '--format', 'json']);
    expect(r.stderr).not.toMatch(/^vigie:/m);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      definitions: Record<string, string>;
      rows: Record<string, number | string | null>[];
    };
    const expected = independentFigures();
    expect(out.rows.map((row) => row.day)).toEqual([...expected.keys()].sort());
    for (const row of out.rows) {
      const e = expected.get(String(row.day));
      if (!e) throw new Error(`unexpected day ${row.day}`);
      expect(row.offered).toBe(e.offered);
      expect(row.answered).toBe(e.answered);
      expect(row.abandoned).toBe(e.abandoned);
      expect(row.shortAbandoned).toBe(e.shortAbandoned);
      expect(row.answerRate).toBeCloseTo(e.answered / e.offered, 12);
      expect(row.abandonRate).toBeCloseTo(e.abandoned / e.offered, 12);
      expect(row.serviceLevel).toBeCloseTo(e.answeredWithin20 / e.offered, 12);
      expect(row.asaSeconds).toBeCloseTo(e.waitOfAnswered / e.answered, 9);
      expect(row.ahtSeconds).toBeCloseTo(e.serviceOfAnswered / e.answered, 9);
    }
    expect(out.definitions.serviceLevel).toMatch(/20/);
  });

  it('fails with one line naming a missing file', () => {
    const r = vigie(['kpi', '/no/such/calls.csv', '--profile', 'anonymous-bank']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('vigie: /no/such/calls.csv: no such file\n');
  });

  it('fails with one line naming the unknown grouping key', () => {
    const r = vigie(['kpi', BANK, '--profile', 'anonymous-bank', '--by', 'planet', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/planet/);
  });
});
