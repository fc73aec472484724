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

/**
 * A unit of work: a whole file, or a range of lines of a JSON Lines file, given by bytes so the
 * thread that analyses them reads them itself (the main thread never decodes nor copies a corpus).
 */
export type WorkItem = { file: string } | LineRange;

/** Bytes [start, end) of a JSON Lines file, whole lines, the first of them numbered `firstLine`. */
export interface LineRange {
  file: string;
  start: number;
  end: number;
  firstLine: number;
}

const CHUNK = 1 << 22;
const NEWLINE = 0x0a;

/**
 * Work items of the files, about `batchSize` calls at a time. JSON Lines files are cut into
 * ranges of `batchSize` lines by counting newlines in 4 MiB reads: no decoding, no copy.
 */
export async function* workBatches(
  files: readonly InputFile[],
  batchSize: number,
): AsyncGenerator<WorkItem[]> {
  let batch: WorkItem[] = [];
  for (const f of files) {
    if (path.extname(f.path).toLowerCase() !== '.jsonl') {
      batch.push({ file: f.path });
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
      continue;
    }
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
    for (const range of lineRanges(f.path, batchSize)) yield [range];
  }
  if (batch.length > 0) yield batch;
}

/** Ranges of `linesPerRange` lines of a file, found by counting newlines. */
function* lineRanges(file: string, linesPerRange: number): Generator<LineRange> {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let position = 0;
    let rangeStart = 0;
    let firstLine = 1;
    let linesInRange = 0;
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, CHUNK, position);
      if (read === 0) break;
      let at = buffer.indexOf(NEWLINE, 0);
      while (at >= 0 && at < read) {
        linesInRange++;
        if (linesInRange === linesPerRange) {
          const end = position + at + 1;
          yield { file, start: rangeStart, end, firstLine };
          rangeStart = end;
          firstLine += linesInRange;
          linesInRange = 0;
        }
        at = buffer.indexOf(NEWLINE, at + 1);
      }
      position += read;
    }
    if (position > rangeStart) yield { file, start: rangeStart, end: position, firstLine };
  } finally {
    fs.closeSync(fd);
  }
}

/** The lines of a range (without their line ends), read from the file. */
export function readRangeLines(range: LineRange): string[] {
  const fd = fs.openSync(range.file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(range.end - range.start);
    const read = fs.readSync(fd, buffer, 0, buffer.length, range.start);
    const lines = buffer.toString('utf8', 0, read).split('\n');
    if (lines.at(-1) === '') lines.pop();
    return lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  } finally {
    fs.closeSync(fd);
  }
}
