import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type CsvReadWarning, type CsvRecordRow, readCsvRecords } from './read-csv-records.ts';

const dir = mkdtempSync(join(tmpdir(), 'vigie-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(content: string | Buffer): string {
  const path = join(dir, `f${++n}.csv`);
  writeFileSync(path, content);
  return path;
}

async function readAll(path: string, requiredColumns: readonly string[] = []) {
  const rows: CsvRecordRow[] = [];
  const warnings: CsvReadWarning[] = [];
  for await (const row of readCsvRecords(path, { requiredColumns, onWarning: (w) => warnings.push(w) })) {
    rows.push(row);
  }
  return { rows, warnings };
}

describe('readCsvRecords', () => {
  it('yields records keyed by header with 1-based lines, CRLF, quotes and a multi-line field', async () => {
    const path = file(
      'id,name,note\r\n1,"Dupont, Jean","dit ""JD"""\r\n2,Martin,"deux\r\nlignes"\r\n\r\n3,Petit,\r\n',
    );
    const { rows, warnings } = await readAll(path, ['id', 'name']);
    expect(rows).toEqual([
      { line: 2, record: { id: '1', name: 'Dupont, Jean', note: 'dit "JD"' } },
      { line: 3, record: { id: '2', name: 'Martin', note: 'deux\r\nlignes' } },
      { line: 6, record: { id: '3', name: 'Petit', note: '' } },
    ]);
    expect(warnings).toEqual([]);
  });

  it('strips a UTF-8 BOM and reads a last line without newline; a stray quote inside a field is literal', async () => {
    const path = file(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id,size\n1,5" écran\n2,7')]),
    );
    const { rows } = await readAll(path, ['id']);
    expect(rows).toEqual([
      { line: 2, record: { id: '1', size: '5" écran' } },
      { line: 3, record: { id: '2', size: '7' } },
    ]);
  });

  it('keeps quoted fields whole across stream chunks', async () => {
    const lines = ['id,text'];
    for (let i = 0; i < 3000; i++) lines.push(`${i},"ligne ${i}, avec ""guillemets"" et virgule"`);
    const { rows } = await readAll(file(`${lines.join('\n')}\n`));
    expect(rows).toHaveLength(3000);
    expect(rows[2999]).toEqual({
      line: 3001,
      record: { id: '2999', text: 'ligne 2999, avec "guillemets" et virgule' },
    });
  });

  it('reports a 0-byte file as empty', async () => {
    const path = file('');
    await expect(readAll(path)).rejects.toThrow(`${path}, line 1: the file is empty (0 bytes).`);
  });

  it('names the delimiter found when the header has a single column', async () => {
    const path = file('id;channel;offered_at\n1;phone;2025-03-03T09:00:00\n');
    await expect(readAll(path, ['id', 'channel'])).rejects.toThrow(
      `${path}, line 1: the header has a single column: the file is separated by ";", not ",".`,
    );
  });

  it('names the missing required columns', async () => {
    const path = file('id,chanel,offered_at\n1,phone,2025-03-03T09:00:00\n');
    await expect(readAll(path, ['id', 'channel', 'disposition'])).rejects.toThrow(
      `${path}, line 1: the header lacks the required column(s) channel, disposition.`,
    );
  });

  it('names the line of a ragged row', async () => {
    const path = file('id,channel\n1,phone\n2,phone,extra\n');
    await expect(readAll(path)).rejects.toThrow(`${path}, line 3: the row has 3 field(s), the header has 2.`);
  });

  it('names the line where an unterminated quote opens (truncated file)', async () => {
    const path = file('id,comment\n1,ok\n2,"Le client rappelle\ndemain à 9 h');
    await expect(readAll(path)).rejects.toThrow(
      `${path}, line 3: a quoted field opened on this line is never closed: the file is truncated or a quote is missing.`,
    );
  });

  it('decodes a Windows-1252 (Latin-1) export with French accents, with a warning', async () => {
    const path = file(
      Buffer.from('site,client\r\nÉvry,Société Générale\r\nNîmes,Crédit Agricole\r\n', 'latin1'),
    );
    const { rows, warnings } = await readAll(path, ['site']);
    expect(rows.map((r) => r.record)).toEqual([
      { site: 'Évry', client: 'Société Générale' },
      { site: 'Nîmes', client: 'Crédit Agricole' },
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      `${path}, line 2: the text is not valid UTF-8; decoded as Windows-1252 (Latin-1).`,
      `${path}: 2 lines were not valid UTF-8 and were decoded as Windows-1252 (Latin-1), the first at line 2.`,
    ]);
  });

  it('reads a file mixing UTF-8 and Windows-1252 line by line', async () => {
    const path = file(
      Buffer.concat([
        Buffer.from('site,€\nÉvry,1\n', 'utf8'),
        Buffer.from('Orléans,2\n', 'latin1'),
        Buffer.from([0x4c, 0x79, 0x6f, 0x6e, 0x2c, 0x80, 0x0a]), // "Lyon,€" in Windows-1252
      ]),
    );
    const { rows, warnings } = await readAll(path);
    expect(rows.map((r) => [r.line, r.record.site, r.record['€']])).toEqual([
      [2, 'Évry', '1'],
      [3, 'Orléans', '2'],
      [4, 'Lyon', '€'],
    ]);
    expect(warnings[0]?.line).toBe(3);
  });
});

describe('readCsvRecords without a header (columns given)', () => {
  const columns = ['accountcode', 'src', 'dst', 'uniqueid', 'userfield'] as const;
  async function readHeaderless(
    path: string,
    requiredColumns: readonly string[] = ['accountcode', 'src', 'dst'],
  ) {
    const rows: CsvRecordRow[] = [];
    for await (const row of readCsvRecords(path, { columns, requiredColumns })) rows.push(row);
    return rows;
  }

  it('keys every line by the given names, the first line of the file being line 1', async () => {
    const path = file(
      '"","0612345678","100","1700000000.1",""\n\n"acc","0698765432","200","1700000001.2","vip"\n',
    );
    expect(await readHeaderless(path)).toEqual([
      {
        line: 1,
        record: { accountcode: '', src: '0612345678', dst: '100', uniqueid: '1700000000.1', userfield: '' },
      },
      {
        line: 3,
        record: {
          accountcode: 'acc',
          src: '0698765432',
          dst: '200',
          uniqueid: '1700000001.2',
          userfield: 'vip',
        },
      },
    ]);
  });

  it('reads missing trailing optional columns as empty, and a BOM on line 1 is stripped', async () => {
    const path = file(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('"a","1","2"\r\n"b","3","4","u1"\r\n')]),
    );
    expect(await readHeaderless(path)).toEqual([
      { line: 1, record: { accountcode: 'a', src: '1', dst: '2', uniqueid: '', userfield: '' } },
      { line: 2, record: { accountcode: 'b', src: '3', dst: '4', uniqueid: 'u1', userfield: '' } },
    ]);
  });

  it('rejects a row lacking a required column, or with too many fields, naming the line; none required: any count', async () => {
    const short = file('"a","1","2"\n"b","3"\n');
    await expect(readHeaderless(short)).rejects.toThrow(
      `${short}, line 2: the row has 2 field(s), expected 3 to 5 (accountcode, src, dst, uniqueid, userfield).`,
    );
    const long = file('"a","1","2","u","f","extra"\n');
    await expect(readHeaderless(long)).rejects.toThrow(
      `${long}, line 1: the row has 6 field(s), expected 3 to 5`,
    );
    const none = file('"a"\n"a","1","2","u"\n');
    const read = await readHeaderless(none, []);
    expect(read.map((r) => Object.values(r.record).filter((v) => v !== '').length)).toEqual([1, 4]);
  });

  it('names the delimiter of a row that has a single field', async () => {
    const path = file('a;1;2\n');
    await expect(readHeaderless(path)).rejects.toThrow(
      `${path}, line 1: the row has a single field: the file is separated by ";", not ",".`,
    );
  });

  it('numbers the lines of a quoted multi-line field and of a truncated file as the file does', async () => {
    const path = file('"a","1","2"\n"b","x\ny","3"\n"c","4","5"\n');
    expect((await readHeaderless(path)).map((r) => r.line)).toEqual([1, 2, 4]);
    const truncated = file('"a","1","2"\n"b","open');
    await expect(readHeaderless(truncated)).rejects.toThrow(`${truncated}, line 2: a quoted field opened`);
  });

  it('refuses required columns that are not among the columns (programming error)', async () => {
    const path = file('"a","1","2"\n');
    await expect(readHeaderless(path, ['nope'])).rejects.toThrow(
      'required column(s) nope not among the columns',
    );
  });
});
