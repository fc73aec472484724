import type { CallResult, Library, StatsSnapshot } from '@vigie/core';
import type { TranscriptReadSettings } from './read-input-transcripts.ts';
import type { WorkItem } from './transcript-inputs.ts';

/** Messages between runAnalysis and its worker threads. */

export interface AnalysisWorkerData {
  library: Library;
  read: TranscriptReadSettings;
  /** send each call's result back (for --calls or storage); else only the statistics */
  sendResults: boolean;
}

/** A transcript that could not be read: the file, the line for JSON Lines, and why. */
export interface InputProblem {
  file: string;
  line: number | null;
  code: string;
  message: string;
}

export type ToWorker = { type: 'batch'; id: number; items: WorkItem[] } | { type: 'finish' };

export type FromWorker =
  | {
      type: 'done';
      id: number;
      calls: number;
      bytes: number;
      problems: InputProblem[];
      results: CallResult[];
    }
  | { type: 'stats'; snapshot: StatsSnapshot }
  | { type: 'fatal'; message: string };
