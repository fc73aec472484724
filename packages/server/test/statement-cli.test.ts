import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../bin/vigie.mjs');
// the examples of docs/contracts.md: the test keeps them true
const EXAMPLES = path.resolve(import.meta.dirname, '../../../docs/examples');
const CONTRACT = path.join(EXAMPLES, 'contract-nearshore.json');
const ACTUALS = path.join(EXAMPLES, 'actuals-2026-10.json');

function vigie(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function scratch(name: string, content: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-statement-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** Half-up to the cent (the amounts below are positive). */
const cents = (x: number) => Math.floor(x + 0.5);

describe('vigie statement (from files)', () => {
  it('bills October 2026 of the example: pilot to the 15th per hour, run per call with an at-risk pool', () => {
    const r = vigie([
      'statement',
      '--contract',
      CONTRACT,
      '--month',
      '2026-10',
      '--actuals',
      ACTUALS,
      '--format',
      'json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    // worked by hand from the two files: the pilot has 15 of October's 31 days, the run 16
    const hours = cents((2310.5 * 15 * 2850) / 31); // 3,186,254
    const calls = cents((41250 * 16 * 395) / 31); // 8,409,677
    const appointments = cents((1240 * 16 * 800) / 31); // 512,000
    expect(s.lines.map((l: { amountCents: number }) => l.amountCents)).toEqual([hours, calls, appointments]);
    // service level 0.83 against 0.80: 3 points x 500.00, for the pilot's 15 days of 31
    const bonus = cents((3 * 50000 * 15) / 31); // 72,581
    expect(s.kpis.find((k: { kpi: string }) => k.kpi === 'service_level').bonusMalusCents).toBe(bonus);
    // at risk: 10 % of the run's fees; answer rate (40 %) and NPS (30 %) missed at a 150 % pool,
    // 936,777 in all, more than the at-risk amount, so capped at it
    const atRisk = cents((calls + appointments) * 0.1); // 892,168
    expect(s.atRisk.amountCents).toBe(atRisk);
    expect(s.atRisk.credits.map((c: { kpi: string; creditCents: number }) => [c.kpi, c.creditCents])).toEqual(
      [
        ['answer_rate', cents(atRisk * 1.5 * 0.4)],
        ['fcr', 0],
        ['nps', cents(atRisk * 1.5 * 0.3)],
      ],
    );
    expect(s.atRisk.capped).toBe(true);
    expect(s.totals).toEqual({
      feesCents: hours + calls + appointments,
      bonusCents: bonus,
      malusCents: 0,
      creditsCents: atRisk,
      earnBackCents: 0,
      totalCents: hours + calls + appointments + bonus - atRisk,
    });
    expect(s.rounding).toBe('half-up to the cent per line');
  });

  it('prints the same statement as a table, with its pro rata and its total', () => {
    const r = vigie(['statement', '--contract', CONTRACT, '--month', '2026-10', '--actuals', ACTUALS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2026-10-01 to 2026-10-15 (15 days): pilot phase');
    expect(r.stdout).toMatch(
      /Handled calls \[16\/31 days\]\s+run\s+21,290\.3226\s+contact\s+3\.95\s+84,096\.77/,
    );
    expect(r.stdout).toMatch(/total\s+112,883\.44/);
  });

  it('refuses a contract with inconsistencies, naming every field', () => {
    const example = () => JSON.parse(fs.readFileSync(CONTRACT, 'utf8'));
    const run = (c: { versions: { phases: Record<string, unknown>[] }[] }) =>
      c.versions[0]?.phases[1] as {
        atRisk: { kpiAllocationPercent: Record<string, number> };
        priceLines: { unitPriceCents: number }[];
      };
    // a field of the wrong shape: refused by the schema, before the rules between fields
    const negative = example();
    run(negative).priceLines[0] = { ...run(negative).priceLines[0], unitPriceCents: -395 };
    const file1 = scratch('contract.json', negative);
    const r1 = vigie(['statement', '--contract', file1, '--month', '2026-10', '--actuals', ACTUALS]);
    expect(r1.code).toBe(1);
    expect(r1.stdout).toBe('');
    expect(r1.stderr).toContain(
      `${file1}: versions[0].phases[1].priceLines[0].unitPriceCents: unitPriceCents cannot be negative`,
    );
    // rules between fields: allocations over 100 %, a pilot overlapping the run
    const inconsistent = example();
    run(inconsistent).atRisk.kpiAllocationPercent.fcr = 60; // 40 + 60 + 30 = 130 %
    inconsistent.versions[0].phases[0].end = '2026-10-20'; // the run starts on the 16th
    const file2 = scratch('contract.json', inconsistent);
    const r2 = vigie(['statement', '--contract', file2, '--month', '2026-10', '--actuals', ACTUALS]);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain(`${file2}: versions[0].phases[1].atRisk.kpiAllocationPercent`);
    expect(r2.stderr).toContain('adds up to more than 100 % (answer_rate 40 % + fcr 60 % + nps 30 %)');
    expect(r2.stderr).toMatch(/versions\[0\]\.phases\[[01]\]\S*: .*overlap/);
  });

  it('names the file of unreadable JSON, a missing month and a bad --month', () => {
    const broken = scratch('actuals.json', '{"month": "2026-10", ');
    const r1 = vigie(['statement', '--contract', CONTRACT, '--month', '2026-10', '--actuals', broken]);
    expect(r1.code).toBe(1);
    expect(r1.stderr).toContain(`--actuals ${broken}: not valid JSON`);
    const r2 = vigie(['statement', '--contract', CONTRACT, '--month', '2026-11', '--actuals', ACTUALS]);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain('no actuals for 2026-11 (months in the file: 2026-10)');
    const r3 = vigie(['statement', '--contract', CONTRACT, '--month', 'octobre', '--actuals', ACTUALS]);
    expect(r3.code).toBe(1);
    expect(r3.stderr).toContain('--month octobre: must be a month written YYYY-MM');
    const r5 = vigie(['statement', '--contract', CONTRACT, '--month', '2026-10']);
    expect(r5.code).toBe(1);
    expect(r5.stderr).toContain('give either --actuals FILE, or --workspace ID and --vendor ID');
    const badActuals = scratch('actuals.json', [{ month: '2026-10', volumes: { phone: -3 } }]);
    const r4 = vigie(['statement', '--contract', CONTRACT, '--month', '2026-10', '--actuals', badActuals]);
    expect(r4.code).toBe(1);
    expect(r4.stderr).toContain(`${badActuals}: [0].volumes.phone: phone cannot be negative`);
  });
});
