import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { xlsx, zip } from '../../test/xlsx-builder.ts';
import { excelSerialToLocal, kindOfFormatCode, readXlsxRecords } from './read-xlsx-records.ts';
import type { RecordRow } from './record-format-error.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/xlsx/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vigie-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(content: Buffer | string, ext = 'xlsx'): string {
  const path = join(dir, `f${++n}.${ext}`);
  writeFileSync(path, content);
  return path;
}

async function readAll(path: string, requiredColumns: readonly string[] = []) {
  const rows: RecordRow[] = [];
  for await (const row of readXlsxRecords(path, { requiredColumns })) rows.push(row);
  return rows;
}

describe('readXlsxRecords on a workbook written by openpyxl', () => {
  it('reads the first sheet: header, dates as local instants, times, durations, numbers, booleans', async () => {
    const rows = await readAll(fixture('calls.xlsx'), ['Identifiant', 'Statut']);
    expect(rows).toEqual([
      {
        line: 2,
        record: {
          Identifiant: 'A-0001',
          "Date d'appel": '2025-03-03T09:14:05',
          Heure: '09:14:05',
          File: 'Service client',
          Conseiller: 'Lucie Martin',
          'Attente (s)': '42',
          Durée: '00:05:18',
          Statut: 'Répondu',
          Client: 'C-88412',
          Rappel: 'false',
        },
      },
      {
        line: 3,
        record: {
          Identifiant: 'A-0002',
          "Date d'appel": '2025-03-03T09:14:30',
          Heure: '09:14:30',
          File: 'Service client',
          Conseiller: '',
          'Attente (s)': '92',
          Durée: '00:00:00',
          Statut: 'Abandon',
          Client: 'C-10233',
          Rappel: 'false',
        },
      },
      {
        line: 4,
        record: {
          Identifiant: 'A-0003',
          // shown as a date only, but the value holds the time: kept
          "Date d'appel": '2025-03-03T23:59:59',
          Heure: '23:59:59',
          File: 'Réclamations',
          Conseiller: 'Youssef Amrani',
          'Attente (s)': '7.5',
          Durée: '26:03:00',
          Statut: 'Répondu',
          Client: '33612345678',
          Rappel: 'true',
        },
      },
      {
        line: 6,
        record: {
          Identifiant: 'A-0004',
          "Date d'appel": '2025-03-04T08:00:00',
          Heure: '08:00:00',
          File: 'Service client',
          Conseiller: 'Lucie Martin',
          'Attente (s)': '0',
          Durée: '00:01:01',
          Statut: 'Répondu',
          Client: '',
          Rappel: '',
        },
      },
    ]);
  });

  it('names the missing required columns with the header row', async () => {
    const path = fixture('calls.xlsx');
    await expect(readAll(path, ['Identifiant', 'Canal', 'Sens'])).rejects.toThrow(
      `${path}, line 1: the header lacks the required column(s) Canal, Sens.`,
    );
  });

  it('reports an empty first sheet', async () => {
    const path = fixture('empty.xlsx');
    await expect(readAll(path)).rejects.toThrow(
      `${path}: the first worksheet ("Vide") is empty: no header row.`,
    );
  });
});

describe('readXlsxRecords on Excel-style workbooks', () => {
  it('reads shared strings stored after the sheet, rich text without phonetic runs, entities', async () => {
    const path = file(
      xlsx({
        sharedStrings: ['id', 'agent', 'Dupont & fils', 'attente'],
        sharedStringsLast: true,
        rows:
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="s"><v>3</v></c></row>' +
          '<row r="3"><c r="A3"><v>17</v></c><c r="B3" t="s"><v>2</v></c><c r="D3"><v>1.5E-3</v></c></row>' +
          '<row r="4"><c r="A4" t="str"><f>A3+1</f><v>18</v></c><c r="B4" t="inlineStr"><is><r><t>Jean </t></r><r><t xml:space="preserve">Dupont</t></r><rPh><t>ジャン</t></rPh></is></c><c r="D4" t="e"><v>#N/A</v></c></row>',
      }),
    );
    expect(await readAll(path, ['id', 'agent'])).toEqual([
      { line: 3, record: { id: '17', agent: 'Dupont & fils', attente: '0.0015' } },
      { line: 4, record: { id: '18', agent: 'Jean Dupont', attente: '#N/A' } },
    ]);
  });

  it('reads cells without references and custom date formats, and honours the 1904 date system', async () => {
    const rows =
      '<row><c t="inlineStr"><is><t>quand</t></is></c><c t="inlineStr"><is><t>durée</t></is></c></row><row><c s="1"><v>0</v></c><c s="2"><v>0.5</v></c></row>';
    const spec = {
      rows,
      cellFormats: [0, 164, 165],
      customFormats: { 164: '[$-40C]dd/mm/yyyy\\ hh:mm', 165: 'mm:ss' },
    };
    expect(await readAll(file(xlsx({ ...spec, date1904: true })))).toEqual([
      { line: 2, record: { quand: '1904-01-01T00:00:00', durée: '12:00:00' } },
    ]);
    expect(await readAll(file(xlsx(spec)))).toEqual([
      { line: 2, record: { quand: '1899-12-31T00:00:00', durée: '12:00:00' } },
    ]);
  });

  it('takes the first worksheet in tab order, skipping a chart sheet', async () => {
    const path = file(
      xlsx({
        chartSheetFirst: true,
        rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row>',
      }),
    );
    expect(await readAll(path)).toEqual([{ line: 2, record: { id: '1' } }]);
  });

  it('streams a large sheet row by row', async () => {
    const rows = ['<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'];
    for (let r = 2; r <= 30001; r++)
      rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="s"><v>${r % 2}</v></c></row>`);
    const path = file(xlsx({ sharedStrings: ['id', 'x'], sharedStringsLast: true, rows: rows.join('') }));
    let count = 0;
    let last: RecordRow | undefined;
    for await (const row of readXlsxRecords(path)) {
      count++;
      last = row;
    }
    expect(count).toBe(30000);
    expect(last).toEqual({ line: 30001, record: { id: '30001', x: 'x' } });
  });

  it('rejects a header naming a column twice', async () => {
    const path = file(
      xlsx({
        rows: '<row r="2"><c r="A2" t="inlineStr"><is><t>id</t></is></c><c r="B2" t="inlineStr"><is><t> id </t></is></c></row>',
      }),
    );
    await expect(readAll(path)).rejects.toThrow(`${path}, line 2: the header names column "id" twice.`);
  });
});

describe('readXlsxRecords on files that are not XLSX', () => {
  it('says a CSV file named .xlsx is not a workbook', async () => {
    const path = file('id,channel\n1,phone\n');
    await expect(readAll(path)).rejects.toThrow(
      `${path}: not an XLSX workbook: it is not a zip archive (an XLSX file is one).`,
    );
  });

  it('recognises an Excel 97-2003 file', async () => {
    const path = file(
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
      'xls',
    );
    await expect(readAll(path)).rejects.toThrow(
      `${path}: not an XLSX workbook: it is an Excel 97-2003 (.xls) file; save it as .xlsx or CSV.`,
    );
  });

  it('rejects a zip archive without a workbook, a truncated workbook and a 0-byte file', async () => {
    const other = file(zip([{ name: 'word/document.xml', data: '<document/>' }]));
    await expect(readAll(other)).rejects.toThrow(
      `${other}: not an XLSX workbook: the zip archive holds no workbook (xl/workbook.xml).`,
    );
    const whole = readFileSync(fixture('calls.xlsx'));
    const truncated = file(whole.subarray(0, Math.floor(whole.length / 2)));
    await expect(readAll(truncated)).rejects.toThrow(
      `${truncated}: not an XLSX workbook: its zip directory is missing`,
    );
    const empty = file('');
    await expect(readAll(empty)).rejects.toThrow(`${empty}: the file is empty (0 bytes).`);
  });
});

describe('number formats and serial dates', () => {
  it('classifies format codes', () => {
    expect(kindOfFormatCode('dd/mm/yyyy hh:mm:ss')).toBe('date');
    expect(kindOfFormatCode('[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy')).toBe('date');
    expect(kindOfFormatCode('hh:mm')).toBe('time');
    expect(kindOfFormatCode('[h]:mm:ss')).toBe('elapsed');
    expect(kindOfFormatCode('#,##0.00 "days"')).toBe('number');
    expect(kindOfFormatCode('[Red]0.00')).toBe('number');
    expect(kindOfFormatCode('0%')).toBe('number');
  });

  it('converts serials to local wall-clock instants', () => {
    expect(excelSerialToLocal(1)).toBe('1900-01-01T00:00:00');
    expect(excelSerialToLocal(61)).toBe('1900-03-01T00:00:00');
    expect(excelSerialToLocal(45719.38478009259)).toBe('2025-03-03T09:14:05');
    expect(excelSerialToLocal(45719.99999999)).toBe('2025-03-04T00:00:00');
    expect(excelSerialToLocal(0, true)).toBe('1904-01-01T00:00:00');
  });
});
