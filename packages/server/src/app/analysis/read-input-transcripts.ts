import fs from 'node:fs';
import type { Transcript } from '@vigie/core';
import { readTranscriptFile, type TranscriptFormat } from '../../io/transcripts/read-transcript-file.ts';
import { checkVigieTranscript } from '../../io/transcripts/read-vigie-json.ts';
import type { SpeakerMapping } from '../../io/transcripts/speaker-map.ts';
import { TranscriptFormatError } from '../../io/transcripts/transcript-format-error.ts';
import type { InputProblem } from './analysis-protocol.ts';
import { type InputFile, readRangeLines, type WorkItem, workBatches } from './transcript-inputs.ts';

export interface TranscriptReadSettings {
  format: TranscriptFormat | 'auto';
  language: string;
  speakers?: SpeakerMapping;
}

export type ReadTranscript =
  | { file: string; line: number | null; transcript: Transcript }
  | { problem: InputProblem };

/**
 * Every call of the files, one at a time (JSON Lines files streamed), or the problem that keeps
 * one from being read.
 */
export async function* readInputTranscripts(
  files: readonly InputFile[],
  settings: TranscriptReadSettings,
): AsyncGenerator<ReadTranscript> {
  for await (const batch of workBatches(files, 256)) {
    for (const item of batch) yield* readWorkItem(item, settings);
  }
}

/** The calls of one work item (a file, or a range of JSON Lines), each read or its problem. */
export function* readWorkItem(item: WorkItem, settings: TranscriptReadSettings): Generator<ReadTranscript> {
  if (!('start' in item)) {
    yield attempt(
      item.file,
      null,
      () => readTranscriptFile(item.file, fs.readFileSync(item.file), settings).transcript,
    );
    return;
  }
  for (const [i, line] of readRangeLines(item).entries()) {
    if (!line.trim()) continue;
    yield attempt(item.file, item.firstLine + i, () =>
      checkVigieTranscript(item.file, item.firstLine + i, line),
    );
  }
}

function attempt(file: string, line: number | null, read: () => Transcript): ReadTranscript {
  try {
    return { file, line, transcript: read() };
  } catch (err) {
    if (!(err instanceof TranscriptFormatError)) throw err;
    return { problem: { file: err.file, line: err.line, code: err.code, message: err.message } };
  }
}
