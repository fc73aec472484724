import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  anonymousBankProfile,
  type Interaction,
  type InteractionProfile,
  vigieCsvProfile,
} from '@vigie/core';
import { afterAll, describe, expect, it } from 'vitest';
import { importInteractions, type RowIssue } from './import-interactions.ts';

const REAL = fileURLToPath(
  new URL('../../test/fixtures/anonymous-bank/calls_first_3_days.csv', import.meta.url),
);
const dir = mkdtempSync(join(tmpdir(), 'vigie-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function importAll(path: string, profile: InteractionProfile) {
  const rows: { line: number; interaction: Interaction }[] = [];
  const issues: RowIssue[] = [];
  for await (const row of importInteractions(path, profile, { onIssue: (i) => issues.push(i) }))
    rows.push(row);
  return { rows, issues };
}

describe('importing the real Anonymous Bank file (3 days, 7,083 calls)', async () => {
  // Independent counts, from plain string checks on the raw lines.
  const raw = readFileSync(REAL, 'utf8')
    .split('\r\n')
    .slice(1, -1)
    .map((l) => l.split(','));
  const where = (f: (c: string[]) => boolean) => raw.filter(f).length;
  const { rows, issues } = await importAll(REAL, anonymousBankProfile);
  const count = (f: (i: Interaction) => boolean) => rows.filter((r) => f(r.interaction)).length;

  it('imports every row', () => {
    expect(raw).toHaveLength(7083);
    expect(rows).toHaveLength(7083);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('classifies the calls as the raw columns say', () => {
    expect(count((i) => i.disposition === 'answered')).toBe(where((c) => c[12] === 'AGENT'));
    expect(count((i) => i.disposition === 'answered')).toBe(4445);
    expect(count((i) => i.disposition === 'abandoned')).toBe(
      where((c) => c[12] === 'HANG' && c[9] !== '0:00:00'),
    );
    expect(count((i) => i.disposition === 'abandoned')).toBe(2181);
    expect(count((i) => i.disposition === 'vru_only')).toBe(
      where((c) => c[12] === 'HANG' && c[9] === '0:00:00'),
    );
    expect(count((i) => i.disposition === 'vru_only')).toBe(401);
    expect(count((i) => i.disposition === 'phantom')).toBe(where((c) => c[12] === 'PHANTOM'));
    expect(count((i) => i.disposition === 'phantom')).toBe(56);
    expect(count((i) => i.offered)).toBe(4445 + 2181);
    expect(count((i) => i.customerId === null)).toBe(where((c) => c[2] === '0'));
    expect(count((i) => i.disposition === 'answered' && i.offeredAt === i.answeredAt)).toBeGreaterThanOrEqual(
      where((c) => c[12] === 'AGENT' && c[9] === '0:00:00'),
    );
    const totalTalk = rows.reduce((s, r) => s + r.interaction.talkSeconds, 0);
    expect(totalTalk).toBe(raw.filter((c) => c[12] === 'AGENT').reduce((s, c) => s + Number(c[15]), 0));
  });

  it('gives each call a unique id: call_id repeats within a day, but only across VRUs', () => {
    const byDayAndCall = new Set(raw.map((c) => `${c[5]}/${c[1]}`));
    expect(raw.length - byDayAndCall.size).toBe(228);
    expect(new Set(raw.map((c) => `${c[5]}/${c[0]?.slice(0, 4)}/${c[1]}`)).size).toBe(7083);
    expect(new Set(rows.map((r) => r.interaction.id)).size).toBe(7083);
  });

  it('reports the defects of the real file as warnings with their lines', () => {
    const byCode: Record<string, number> = {};
    for (const i of issues) byCode[`${i.field}:${i.code}`] = (byCode[`${i.field}:${i.code}`] ?? 0) + 1;
    expect(byCode).toEqual({
      'vru_time:negative_duration': where((c) => Number(c[8]) < 0),
      'server:served_without_agent': where((c) => c[12] === 'AGENT' && c[16] === 'NO_SERVER'),
      'ser_start:missing_service_start': where((c) => c[12] === 'AGENT' && c[13] === '0:00:00'),
      'ser_start:service_on_unserved_call': where(
        (c) => c[12] === 'HANG' && (c[13] !== '0:00:00' || c[15] !== '0'),
      ),
    });
    expect(byCode).toEqual({
      'vru_time:negative_duration': 6,
      'server:served_without_agent': 28,
      'ser_start:missing_service_start': 9,
      'ser_start:service_on_unserved_call': 17,
    });
    expect(issues.find((i) => i.code === 'negative_duration')).toMatchObject({
      line: 482,
      severity: 'warning',
    });
  });

  it('keeps calls that cross midnight on the next day', () => {
    expect(rows.find((r) => r.line === 4368)?.interaction.endedAt).toBe('2010-08-03T00:04:25');
    const crossing = rows.filter(
      (r) => r.interaction.endedAt?.slice(0, 10) !== r.interaction.id.slice(0, 10),
    );
    expect(crossing.map((r) => r.line)).toEqual([4368, 4369, 4370, 4371, 6677, 6679, 6686, 6688, 6689, 6690]);
    expect(rows.find((r) => r.line === 6689)?.interaction).toMatchObject({
      disposition: 'abandoned',
      offeredAt: '2010-08-03T23:58:53',
      endedAt: '2010-08-04T00:01:07',
      waitSeconds: 134,
    });
  });
});

describe('importInteractions on bad rows', () => {
  it('rejects an unparsable date with an error naming the line, and goes on', async () => {
    const lines = readFileSync(REAL, 'utf8').split('\r\n').slice(0, 4);
    lines[2] = (lines[2] ?? '').replace('2010-08-01', '01/08/2010');
    const path = join(dir, 'bad-date.csv');
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    const { rows, issues } = await importAll(path, anonymousBankProfile);
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
    expect(issues).toEqual([
      {
        line: 3,
        field: 'date',
        code: 'invalid_date',
        severity: 'error',
        message: 'Line 3, date: "01/08/2010" is not a date (expected YYYY-MM-DD).',
      },
    ]);
  });

  it('rejects a duplicate id naming both lines', async () => {
    const path = join(dir, 'dup.csv');
    writeFileSync(
      path,
      [
        'id,channel,direction,offered_at,disposition',
        'c1,phone,inbound,2025-03-03T09:00:00,answered',
        'c2,phone,inbound,2025-03-03T09:01:00,abandoned',
        'c1,phone,inbound,2025-03-03T09:02:00,answered',
        '',
      ].join('\n'),
    );
    const { rows, issues } = await importAll(path, vigieCsvProfile);
    expect(rows.map((r) => r.interaction.id)).toEqual(['c1', 'c2']);
    expect(issues).toEqual([
      expect.objectContaining({ line: 4, field: 'id', code: 'duplicate_id', severity: 'error' }),
    ]);
    expect(issues[0]?.message).toBe('Line 4: id "c1" was already imported from line 2; row rejected.');
  });
});
