import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeCall, type CallResult, CallStatsAccumulator, compileLibrary } from '@vigie/core';
import type { AnalysisWorkerData, FromWorker, InputProblem, ToWorker } from './analysis-protocol.ts';
import { readWorkItem } from './read-input-transcripts.ts';
import type { WorkItem } from './transcript-inputs.ts';

/**
 * One analysis thread: reads the transcripts it is sent, runs the library over each, keeps the
 * statistics and sends back progress (and each call's result when asked). The main thread merges
 * the statistics at the end, so calls never gather in memory.
 */
const data = workerData as AnalysisWorkerData;
const port = parentPort;
if (!port) throw new Error('analysis-worker-main runs in a worker thread');
const compiled = compileLibrary(data.library);
const stats = new CallStatsAccumulator(data.library);
const post = (message: FromWorker): void => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  try {
    if (message.type === 'finish') {
      post({ type: 'stats', snapshot: stats.toJSON() });
      return;
    }
    const done = { calls: 0, bytes: 0, problems: [] as InputProblem[], results: [] as CallResult[] };
    for (const item of message.items) analyzeItem(item, done);
    post({ type: 'done', id: message.id, ...done });
  } catch (err) {
    post({ type: 'fatal', message: (err as Error).stack ?? String(err) });
  }
});

function analyzeItem(
  item: WorkItem,
  done: { calls: number; bytes: number; problems: InputProblem[]; results: CallResult[] },
): void {
  done.bytes += 'start' in item ? item.end - item.start : fs.statSync(item.file).size;
  for (const read of readWorkItem(item, data.read)) {
    if ('problem' in read) {
      done.problems.push(read.problem);
      continue;
    }
    const result = analyzeCall(compiled, read.transcript);
    stats.add(result);
    done.calls++;
    if (data.sendResults) done.results.push(result);
  }
}
