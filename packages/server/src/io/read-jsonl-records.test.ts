import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { flattenJson, readJsonlRecords } from './read-jsonl-records.ts';
import type { RecordRow } from './record-format-error.ts';

const FIREHOSE = fileURLToPath(
  new URL(
    '../../test/fixtures/amazon-connect/connect-ctr-stream-1-2025-03-30-08-00-00-3b5e2a1c-7d4f-4f0e-9a6b-1c2d3e4f5a6b',
    import.meta.url,
  ),
);
const PRETTY = fileURLToPath(new URL('../../test/fixtures/amazon-connect/ctr-pretty.json', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vigie-jsonl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(content: string | Buffer): string {
  const path = join(dir, `f${++n}.jsonl`);
  writeFileSync(path, content);
  return path;
}

async function readAll(path: string, requiredColumns: readonly string[] = []) {
  const rows: RecordRow[] = [];
  for await (const row of readJsonlRecords(path, { requiredColumns })) rows.push(row);
  return rows;
}

describe('readJsonlRecords', () => {
  it('reads Amazon Connect records concatenated by Firehose, flattened to dotted keys', async () => {
    const rows = await readAll(FIREHOSE, ['ContactId', 'Channel', 'InitiationTimestamp']);
    expect(rows).toHaveLength(10);
    expect(rows.every((r) => r.line === 1)).toBe(true);
    const first = rows[0]?.record ?? {};
    expect(first).toMatchObject({
      ContactId: '6f1a0c2e-8b1d-4c3a-9e2f-000000000001',
      Channel: 'VOICE',
      'Queue.EnqueueTimestamp': '2025-03-30T07:59:02Z',
      'Queue.Duration': '48',
      'Queue.Name': 'Service client',
      'Agent.Username': 'lucie.martin',
      'Agent.CustomerHoldDuration': '95',
      'Agent.HierarchyGroups.Level1.GroupName': 'Armor Contact',
      'Agent.HierarchyGroups.Level3': '',
      'MediaStreams.0.Type': 'AUDIO',
      References: '',
      NextContactId: '',
      'Attributes.motif': 'facture',
      'CustomerEndpoint.Address': '+33612345678',
    });
    expect(rows[1]?.record).toMatchObject({
      Channel: 'CHAT',
      Agent: '',
      CustomerEndpoint: '',
      'Queue.Name': 'Chat',
    });
    expect(rows[9]?.record['Queue.Name']).toBe('Réclamations');
  });

  it('reads a pretty-printed JSON array, each record numbered by the line its object starts on', async () => {
    const starts = readFileSync(PRETTY, 'utf8')
      .split('\n')
      .flatMap((l, i) => (l === '  {' ? [i + 1] : []));
    const rows = await readAll(PRETTY);
    expect(rows.map((r) => r.line)).toEqual(starts);
    expect(starts[0]).toBe(2);
    expect(rows.map((r) => r.record.ContactId)).toEqual([
      '6f1a0c2e-8b1d-4c3a-9e2f-000000000001',
      '6f1a0c2e-8b1d-4c3a-9e2f-000000000002',
      '6f1a0c2e-8b1d-4c3a-9e2f-000000000003',
    ]);
  });

  it('reads JSON Lines with a BOM, CRLF and blank lines; strings may hold braces, quotes and newlines', async () => {
    const path = file(
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(
          '{"id":1,"note":"a \\"}{\\" b","ok":true,"score":null}\r\n\r\n{"id":2,"note":"ligne\\nsuivante","tags":["x","y"],"n":-1.5e2}\r\n',
        ),
      ]),
    );
    expect(await readAll(path, ['id'])).toEqual([
      { line: 1, record: { id: '1', note: 'a "}{" b', ok: 'true', score: '' } },
      { line: 3, record: { id: '2', note: 'ligne\nsuivante', 'tags.0': 'x', 'tags.1': 'y', n: '-150' } },
    ]);
  });

  it('keeps objects and multi-byte characters whole across stream chunks', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 4000; i++)
      lines.push(JSON.stringify({ id: i, agent: 'Hélène Çağlar — équipe €', nested: { a: { b: i } } }));
    const rows = await readAll(file(lines.join('\n')));
    expect(rows).toHaveLength(4000);
    expect(rows[3999]).toEqual({
      line: 4000,
      record: { id: '3999', agent: 'Hélène Çağlar — équipe €', 'nested.a.b': '3999' },
    });
  });
});

describe('readJsonlRecords on bad files', () => {
  it('reports a 0-byte file and a blank file', async () => {
    const empty = file('');
    await expect(readAll(empty)).rejects.toThrow(`${empty}, line 1: the file is empty (0 bytes).`);
    const blank = file('\n  \n');
    await expect(readAll(blank)).rejects.toThrow(`${blank}, line 1: the file holds only white space.`);
  });

  it('names the line of bad JSON in JSON Lines, after yielding the records before it', async () => {
    const path = file('{"id":1}\n{"id":2}\n{"id":3,"channel":}\n{"id":4}\n');
    const rows: RecordRow[] = [];
    await expect(
      (async () => {
        for await (const row of readJsonlRecords(path)) rows.push(row);
      })(),
    ).rejects.toThrow(
      `${path}, line 3: invalid JSON in object no. 3 of the file (it starts on line 3): Unexpected token`,
    );
    expect(rows.map((r) => r.line)).toEqual([1, 2]);
  });

  it('names the line of the fault inside a pretty-printed object', async () => {
    const path = file('[\n  {\n    "id": 1,\n    "channel": "phone"\n    "agent": "x"\n  }\n]\n');
    await expect(readAll(path)).rejects.toThrow(
      `${path}, line 5: invalid JSON in object no. 1 of the file (it starts on line 2)`,
    );
  });

  it('reports a truncated file at the line where the unfinished object starts', async () => {
    const text = readFileSync(FIREHOSE, 'utf8');
    const cut = file(text.slice(0, 2000));
    await expect(readAll(cut)).rejects.toThrow(
      `${cut}, line 1: the file ends inside the object that starts on this line: the file is truncated.`,
    );
    const jsonl = file('{"id":1}\n{"id":2}\n{"id":3,"agent":"Lu');
    await expect(readAll(jsonl)).rejects.toThrow(`${jsonl}, line 3: the file ends inside the object`);
    const array = file('[\n{"id":1},\n{"id":2}\n');
    await expect(readAll(array)).rejects.toThrow(
      `${array}, line 1: the array opened on this line is never closed ("]" missing): the file is truncated.`,
    );
  });

  it('rejects what is not an object where a record belongs', async () => {
    const number = file('{"id":1}\n42\n');
    await expect(readAll(number)).rejects.toThrow(
      `${number}, line 2: unexpected "4": expected a JSON object starting with "{".`,
    );
    const noComma = file('[{"id":1}\n{"id":2}]');
    await expect(readAll(noComma)).rejects.toThrow(
      `${noComma}, line 2: unexpected "{": expected "," or "]".`,
    );
    const after = file('[{"id":1}]\n{"id":2}');
    await expect(readAll(after)).rejects.toThrow(
      `${after}, line 2: unexpected "{": expected nothing after the closing "]"`,
    );
    const trailing = file('[{"id":1},]');
    await expect(readAll(trailing)).rejects.toThrow(
      `${trailing}, line 1: unexpected "]": expected an object.`,
    );
  });

  it('names the required keys the first object lacks', async () => {
    const path = file('\n{"Channel":"VOICE"}\n');
    await expect(readAll(path, ['ContactId', 'Channel', 'InitiationTimestamp'])).rejects.toThrow(
      `${path}, line 2: the first object lacks the required key(s) ContactId, InitiationTimestamp.`,
    );
  });
});

describe('flattenJson', () => {
  it('flattens nested objects and arrays to dotted string keys', () => {
    expect(flattenJson({ a: { b: 1, c: [true, { d: null }] }, e: {}, f: 'x' })).toEqual({
      'a.b': '1',
      'a.c.0': 'true',
      'a.c.1.d': '',
      e: '',
      f: 'x',
    });
  });
});
