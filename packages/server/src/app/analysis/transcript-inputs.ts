import fs from 'node:fs';
import path from 'node:path';

/** Extensions of the transcript files a folder is searched for (docs/transcripts.md). */
export const TRANSCRIPT_EXTENSIONS = new Set(['.json', '.jsonl', '.txt', '.vtt', '.srt']);

export interface InputFile {
  path: string;
  bytes: number;
}

/**
 * The transcript files named on the command line: files as given, folders searched recursively
 * for transcript extensions, in name order so runs are reproducible. A path that does not exist
 * is an error naming it.
 */
export function listTranscriptFiles(inputs: readonly string[]): InputFile[] {
  const out: InputFile[] = [];
  const visit = (p: string, named: boolean): void => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new Error(`${p}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p).sort()) visit(path.join(p, entry), false);
    } else if (stat.isFile() && (named || TRANSCRIPT_EXTENSIONS.has(path.extname(p).toLowerCase()))) {
      out.push({ path: p, bytes: stat.size });
    }
  };
  for (const input of inputs) visit(input, true);
  return out;
}

/** A unit of work for an analysis worker: a whole file, or some lines of a JSON Lines file. */
export type WorkItem = { file: string } | { file: string; firstLine: number; lines: string[] };

/** Work items of the files, `batchSize` calls at a time; JSON Lines files are read as a stream. */
export async function* workBatches(
  files: readonly InputFile[],
  batchSize: number,
): AsyncGenerator<WorkItem[]> {
  let batch: WorkItem[] = [];
  let size = 0;
  for (const f of files) {
    if (path.extname(f.path).toLowerCase() !== '.jsonl') {
      batch.push({ file: f.path });
      size += 1;
    } else {
      let lines: string[] = [];
      let firstLine = 1;
      let lineNo = 0;
      for await (const line of readLines(f.path)) {
        lineNo++;
        if (lines.length === 0) firstLine = lineNo;
        lines.push(line);
        if (lines.length + size >= batchSize) {
          batch.push({ file: f.path, firstLine, lines });
          yield batch;
          batch = [];
          size = 0;
          lines = [];
        }
      }
      if (lines.length > 0) {
        batch.push({ file: f.path, firstLine, lines });
        size += lines.length;
      }
    }
    if (size >= batchSize) {
      yield batch;
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

/** Lines of a file, streamed (a JSON Lines corpus may be larger than memory). */
async function* readLines(file: string): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = rest + (chunk as string);
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line;
  }
  if (rest) yield rest;
}
