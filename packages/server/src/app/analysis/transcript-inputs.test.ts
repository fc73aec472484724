import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type LineRange, listTranscriptFiles, readRangeLines, workBatches } from './transcript-inputs.ts';

async function itemsOf(files: string[], batchSize: number) {
  const out = [];
  for await (const batch of workBatches(listTranscriptFiles(files), batchSize)) out.push(batch);
  return out;
}

describe('workBatches', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-inputs-'));
  const lines = Array.from({ length: 10 }, (_, i) => `{"n":${i},"text":"ligne ${i} é"}`);

  it('cuts a JSON Lines file into ranges of whole lines that cover it exactly, numbered', async () => {
    const file = path.join(dir, 'a.jsonl');
    fs.writeFileSync(file, `${lines.slice(0, 5).join('\r\n')}\r\n${lines.slice(5).join('\n')}`); // no final newline
    const batches = await itemsOf([file], 4);
    const ranges = batches.flat() as LineRange[];
    expect(ranges.map((r) => r.firstLine)).toEqual([1, 5, 9]);
    expect(ranges.flatMap((r) => readRangeLines(r))).toEqual(lines);
    expect(ranges[0]?.start).toBe(0);
    expect(ranges.at(-1)?.end).toBe(fs.statSync(file).size);
  });

  it('groups whole files by batch size, folders searched in name order', async () => {
    const sub = path.join(dir, 'calls');
    fs.mkdirSync(sub);
    for (const name of ['b.txt', 'a.json', 'c.srt', 'notes.md']) fs.writeFileSync(path.join(sub, name), '');
    const batches = await itemsOf([sub], 2);
    expect(batches.map((b) => b.map((i) => path.basename(i.file)))).toEqual([['a.json', 'b.txt'], ['c.srt']]);
  });

  it('names an input that does not exist', () => {
    expect(() => listTranscriptFiles([path.join(dir, 'missing')])).toThrow(
      `${path.join(dir, 'missing')}: no such file or folder`,
    );
  });
});
