import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { type CallResult, CallStatsAccumulator } from '@vigie/core';
import type { AnalysisWorkerData, FromWorker, InputProblem, ToWorker } from './analysis-protocol.ts';
import { type InputFile, workBatches } from './transcript-inputs.ts';

export interface AnalysisProgress {
  calls: number;
  bytes: number;
  totalBytes: number;
  problems: number;
}

export interface AnalysisRunOptions extends AnalysisWorkerData {
  files: readonly InputFile[];
  /** worker threads; default: the machine's available parallelism */
  workers?: number;
  /** calls per message to a worker (default 64) */
  batchSize?: number;
  onProgress?: (p: Readonly<AnalysisProgress>) => void;
  /** each batch's call results, in completion order, when `sendResults` */
  onResults?: (results: CallResult[]) => void | Promise<void>;
}

export interface AnalysisRun {
  stats: CallStatsAccumulator;
  calls: number;
  bytes: number;
  problems: InputProblem[];
  seconds: number;
  workers: number;
}

/** Batches kept in flight per worker: one being analysed, one waiting, so no worker idles. */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * Analyses transcript files with a library on worker threads (issue 5). Files stream through in
 * batches with a bounded number in flight, each worker keeps its own statistics, and the main
 * thread merges them at the end: memory does not grow with the number of calls. Transcripts that
 * cannot be read are reported, not fatal; any other failure stops the run.
 */
export async function runAnalysis(o: AnalysisRunOptions): Promise<AnalysisRun> {
  const started = performance.now();
  const count = Math.max(1, o.workers ?? os.availableParallelism());
  const workerData: AnalysisWorkerData = { library: o.library, read: o.read, sendResults: o.sendResults };
  const workers = Array.from(
    { length: count },
    () => new Worker(new URL('./analysis-worker.mjs', import.meta.url), { workerData }),
  );
  const stats = new CallStatsAccumulator(o.library);
  const progress: AnalysisProgress = {
    calls: 0,
    bytes: 0,
    totalBytes: o.files.reduce((s, f) => s + f.bytes, 0),
    problems: 0,
  };
  const problems: InputProblem[] = [];
  try {
    const batches = workBatches(o.files, o.batchSize ?? 64);
    let nextId = 0;
    let exhausted = false;
    // Results are handed on one batch at a time, in order of arrival, so a slow writer holds the run.
    let resultsChain: Promise<void> = Promise.resolve();
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            let finishing = false;
            const send = (message: ToWorker): void => worker.postMessage(message);
            const feed = async (): Promise<void> => {
              while (!exhausted && inFlight < IN_FLIGHT_PER_WORKER) {
                const next = await batches.next();
                if (next.done) {
                  exhausted = true;
                  break;
                }
                inFlight++;
                send({ type: 'batch', id: nextId++, items: next.value });
              }
              if (exhausted && inFlight === 0 && !finishing) {
                finishing = true;
                send({ type: 'finish' });
              }
            };
            worker.on('message', (message: FromWorker) => {
              if (message.type === 'fatal')
                return reject(new Error(`analysis worker failed: ${message.message}`));
              if (message.type === 'stats') {
                stats.merge(message.snapshot);
                return resolve();
              }
              inFlight--;
              progress.calls += message.calls;
              progress.bytes += message.bytes;
              progress.problems += message.problems.length;
              problems.push(...message.problems);
              if (o.onResults && message.results.length > 0) {
                const results = message.results;
                const onResults = o.onResults;
                resultsChain = resultsChain.then(() => onResults(results));
              }
              o.onProgress?.(progress);
              resultsChain.then(feed, reject);
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (!finishing || code !== 0) reject(new Error(`analysis worker stopped (exit code ${code})`));
            });
            feed().catch(reject);
          }),
      ),
    );
    await resultsChain;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return {
    stats,
    calls: progress.calls,
    bytes: progress.bytes,
    problems,
    seconds: (performance.now() - started) / 1000,
    workers: count,
  };
}
