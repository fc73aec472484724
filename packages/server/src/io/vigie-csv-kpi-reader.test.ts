import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KpiEngine, vigieCsvProfile } from '@vigie/core';
import { afterAll, describe, expect, it } from 'vitest';
import { FastReadBail, VigieCsvKpiReader } from './vigie-csv-kpi-reader.ts';
import { VIGIE_CSV_HEADER, vigieCsvRows } from './vigie-csv-test-file.ts';

// What the reader reads from bytes and what it leaves to the generic code; that the figures
// are the same either way is tested on `vigie kpi` (cli/kpi-byte-reader.test.ts).

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-byte-reader-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let count = 0;
function write(content: string | Buffer): string {
  const file = path.join(dir, `f${++count}.csv`);
  fs.writeFileSync(file, content);
  return file;
}

function read(file: string, by = 'vendor,day') {
  const engine = new KpiEngine(by === '' ? [] : (by.split(',') as never[]), {}, { timeOrdered: true });
  const reader = new VigieCsvKpiReader(engine, vigieCsvProfile, true);
  const warnings: string[] = [];
  const wasRead = reader.readFile(file, (w) => warnings.push(w.message));
  return { wasRead, reader, warnings, rows: [...engine.rowsInOrder()] };
}

describe('VigieCsvKpiReader', () => {
  it('reads every row of a realistic file from its bytes (UTF-8 accents and quoted fields too)', () => {
    const lines = vigieCsvRows(3000, 10);
    expect(lines.some((l) => l.includes('"'))).toBe(true);
    expect(lines.some((l) => /[é]/.test(l))).toBe(true);
    const { wasRead, reader, warnings } = read(write(`${VIGIE_CSV_HEADER}\n${lines.join('\n')}\n`));
    expect(wasRead).toBe(true);
    expect([reader.rowsFromBytes, reader.rowsDecoded]).toEqual([3000, 0]);
    expect(warnings).toEqual([]);
  });

  it('reads CRLF lines, a BOM and a last line without line feed from their bytes', () => {
    const lines = vigieCsvRows(100, 2);
    const { reader } = read(write(`\ufeff${VIGIE_CSV_HEADER}\r\n${lines.join('\r\n')}`));
    expect([reader.rowsFromBytes, reader.rowsDecoded]).toEqual([100, 0]);
  });

  it('leaves Windows-1252 lines and cells to trim to the generic code, with the same warnings', () => {
    const lines = vigieCsvRows(50, 2).filter((l) => !l.includes('"'));
    const file = write(
      Buffer.concat([
        Buffer.from(`${VIGIE_CSV_HEADER}\n${lines.slice(0, 10).join('\n')}\n`),
        Buffer.from(`${(lines[10] as string).replace(/Armor|Atlas/, 'Caf\u00e9')}\n`, 'latin1'),
        Buffer.from(`${(lines[11] as string).replace(/^(r-\d+)/, '$1 ')}\n${lines.slice(12).join('\n')}\n`),
      ]),
    );
    const { reader, warnings } = read(file);
    expect([reader.rowsFromBytes, reader.rowsDecoded]).toEqual([lines.length - 2, 2]);
    expect(warnings).toEqual([
      expect.stringMatching(/, line 12: the text is not valid UTF-8; decoded as Windows-1252 \(Latin-1\)\.$/),
    ]);
  });

  it('leaves to the generic reader a file whose header it does not read', () => {
    const lines = vigieCsvRows(10, 1);
    for (const header of [
      VIGIE_CSV_HEADER.replace('id,', '"id",'),
      VIGIE_CSV_HEADER.replace('channel', 'canal'),
    ]) {
      const { wasRead, reader } = read(write(`${header}\n${lines.join('\n')}\n`));
      expect([wasRead, reader.rowsFromBytes, reader.rowsDecoded]).toEqual([false, 0, 0]);
    }
    expect(read(write('')).wasRead).toBe(false);
  });

  it('hands back a row the profile rejects, a duplicate id or a quoted field over two lines', () => {
    const lines = vigieCsvRows(20, 1).filter((l) => !l.includes('"'));
    const withCell = (line: string, column: number, value: string): string => {
      const cells = line.split(',');
      cells[column] = value;
      return cells.join(',');
    };
    for (const bad of [
      [...lines.slice(0, 5), withCell(lines[5] as string, 1, 'fax'), ...lines.slice(6)],
      [...lines.slice(0, 5), lines[3] as string, ...lines.slice(5)],
      [...lines.slice(0, 5), withCell(lines[5] as string, 2, '"in\nbound"')],
    ]) {
      expect(() => read(write(`${VIGIE_CSV_HEADER}\n${bad.join('\n')}\n`))).toThrow(FastReadBail);
    }
  });
});
