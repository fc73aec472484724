import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
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

  it('stops quietly when the reader of its output goes away (| head)', async () => {
    // by agent and quarter-hour: thousands of rows, more than a pipe holds
    const child = spawn(
      process.execPath,
      [BIN, 'kpi', BANK, '--profile', 'anonymous-bank', '--by', 'agent,interval15', '--format', 'csv'],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '' } },
    );
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    const first = await new Promise<string>((resolve) => {
      child.stdout.once('data', (d) => {
        resolve(String(d));
        child.stdout.destroy(); // what head does after its lines
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first).toMatch(/^agent,interval15,offered,/);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error/);
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

  describe('files out of time order', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-kpi-order-'));
    const header =
      'id,channel,direction,activity,vendor,site,agent,customer_id,offered_at,answered_at,ended_at,wait_seconds,talk_seconds,hold_seconds,wrap_up_seconds,disposition,offered,outcomes';
    // 12 days, 40 calls a day, 30 customers coming back within and beyond the 7-day window
    const rows: string[] = [];
    for (let k = 0; k < 12 * 40; k++) {
      const day = `2025-01-${String(1 + Math.floor(k / 40)).padStart(2, '0')}`;
      const time = `${String(8 + Math.floor((k % 40) / 4)).padStart(2, '0')}:${String((k % 4) * 15).padStart(2, '0')}:00`;
      const disposition = k % 5 === 0 ? 'abandoned' : 'answered';
      rows.push(
        `c${k},phone,inbound,Support,Acme,,,cust-${(k * 7) % 30},${day}T${time},,,30,${disposition === 'answered' ? 200 : 0},0,0,${disposition},,`,
      );
    }
    const write = (name: string, lines: readonly string[]): string => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, `${header}\n${lines.join('\n')}\n`);
      return file;
    };
    const kpi = (file: string) =>
      vigie(['kpi', file, '--profile', 'vigie', '--by', 'day', '--fcr-days', '7', '--format', 'json']);

    it('gives the same figures for a file in time order and the same rows reversed, saying it read twice', () => {
      const inOrder = kpi(write('ordered.csv', rows));
      const reversed = kpi(write('reversed.csv', [...rows].reverse()));
      expect(inOrder.code).toBe(0);
      expect(inOrder.stderr).toBe('');
      expect(reversed.code).toBe(0);
      expect(reversed.stdout).toBe(inOrder.stdout);
      expect(reversed.stderr).toMatch(
        /^The contacts are not in time order \(Contact c\d+ comes \d+ s before/,
      );
      const days = JSON.parse(inOrder.stdout).rows as { fcrN: number; fcrRepeated: number }[];
      expect(days).toHaveLength(12);
      expect(days.some((d) => d.fcrRepeated > 0 && d.fcrRepeated < d.fcrN)).toBe(true);
    });

    it('rejects a duplicate id in a time-ordered file, next to its original or days later', () => {
      const near = kpi(write('dup-near.csv', [...rows.slice(0, 10), rows[5] as string, ...rows.slice(10)]));
      expect(near.code).toBe(1);
      expect(near.stderr).toMatch(/Line 12: id "c5" was already imported from line 7; row rejected/);
      const far = kpi(write('dup-far.csv', [...rows, rows[5] as string]));
      expect(far.code).toBe(1);
      expect(far.stderr).toMatch(/not in time order/);
      expect(far.stderr).toMatch(/Line 482: id "c5" was already imported from line 7; row rejected/);
    });
  });
});
