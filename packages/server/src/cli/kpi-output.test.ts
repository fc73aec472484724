import { computeKpis, type Interaction } from '@vigie/core';
import { describe, expect, it } from 'vitest';
import { csvLines, jsonLines, tableOf } from './kpi-output.ts';

const call = (
  id: string,
  offeredAt: string,
  vendor: string,
  disposition: 'answered' | 'abandoned',
): Interaction => ({
  id,
  channel: 'phone',
  direction: 'inbound',
  activity: null,
  vendor,
  site: null,
  agent: null,
  customerId: null,
  offeredAt,
  answeredAt: null,
  endedAt: null,
  waitSeconds: 12,
  talkSeconds: disposition === 'answered' ? 180 : 0,
  holdSeconds: 0,
  wrapUpSeconds: 0,
  disposition,
  offered: true,
  outcomes: [],
});

describe('kpi output written piece by piece', () => {
  const calls = [
    call('a', '2025-03-03T09:00:00', 'Acme, SA', 'answered'),
    call('b', '2025-03-03T09:05:00', 'Globex', 'abandoned'),
    call('c', '2025-03-04T10:00:00', 'Acme, SA', 'answered'),
  ];

  it('prints JSON exactly as JSON.stringify(result, null, 2), with rows or without', () => {
    for (const rows of [calls, []]) {
      const result = computeKpis(rows, { by: ['vendor', 'day'] });
      expect([...jsonLines(tableOf(result, ['vendor', 'day']))].join('')).toBe(
        `${JSON.stringify(result, null, 2)}\n`,
      );
    }
  });

  it('prints one CSV line per row, the key columns first, quoting a comma', () => {
    const result = computeKpis(calls, { by: ['day', 'vendor'] });
    const lines = [...csvLines(tableOf(result, ['day', 'vendor']))].join('').split('\n');
    expect(lines[0]).toMatch(/^vendor,day,offered,answered,abandoned,/);
    expect(lines.slice(1, 4).map((l) => l.split(',').length)).toEqual([14, 13, 14]); // 13 columns, one quoted comma
    expect(lines.slice(1, 4)).toEqual([
      expect.stringMatching(/^"Acme, SA",2025-03-03,1,1,0,/),
      expect.stringMatching(/^Globex,2025-03-03,1,0,1,/),
      expect.stringMatching(/^"Acme, SA",2025-03-04,1,1,0,/),
    ]);
  });
});
