import { callMeasures, redactTranscript, type Transcript } from '@vigie/core';
import type { ServerContext } from '../../context.ts';
import { insertTranscripts, storedCallIds } from '../../db/repositories/transcripts.ts';
import type { TranscriptTable } from '../../db/schema.ts';
import type { InputProblem } from './analysis-protocol.ts';
import { readInputTranscripts, type TranscriptReadSettings } from './read-input-transcripts.ts';
import { listTranscriptFiles } from './transcript-inputs.ts';
import { TranscriptLinkResolver } from './transcript-links.ts';

export interface TranscriptImportRequest extends TranscriptReadSettings {
  workspaceId: string;
  inputs: readonly string[];
  /** vendor (id or name) of the calls that name none */
  vendor: string | null;
  /** redact PII before storing (default true): the original text is then never stored */
  redact: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface TranscriptImportResult {
  files: number;
  stored: number;
  /** calls whose id the workspace already holds: not stored again */
  alreadyStored: number;
  redactions: Record<string, number>;
}

/** A transcript import refused whole: every problem found, with its file and line. */
export class TranscriptImportRejected extends Error {
  constructor(readonly problems: readonly InputProblem[]) {
    super(
      `${problems.length} transcript problem(s); nothing was stored:\n${problems
        .slice(0, 20)
        .map((p) => `  ${p.message}`)
        .join('\n')}`,
    );
    this.name = 'TranscriptImportRejected';
  }
}

/**
 * Stores transcript files in a workspace, all or nothing (issue 5). A first pass reads and
 * checks every call (format, links to the workspace's vendors, sites and activities, duplicate
 * ids) without keeping them; any problem refuses the whole import. The second pass reads them
 * again, redacts them and writes them in batches in one transaction, so memory stays flat
 * whatever the number of calls.
 */
export async function importTranscripts(
  ctx: ServerContext,
  request: TranscriptImportRequest,
): Promise<TranscriptImportResult> {
  const files = listTranscriptFiles(request.inputs);
  const links = await TranscriptLinkResolver.load(ctx.conn.db, request.workspaceId, request.vendor);
  const problems: InputProblem[] = [];
  const seen = new Map<string, string>();
  let total = 0;
  for await (const item of readInputTranscripts(files, request)) {
    if ('problem' in item) {
      problems.push(item.problem);
      continue;
    }
    total++;
    const where = item.line === null ? item.file : `${item.file}, line ${item.line}`;
    const resolved = links.resolve(item.transcript.links);
    if (typeof resolved === 'string')
      problems.push(linkProblem(item.file, item.line, 'unknown_link', `${where}: ${resolved}`));
    const first = seen.get(item.transcript.callId);
    if (first)
      problems.push(
        linkProblem(
          item.file,
          item.line,
          'duplicate_call',
          `${where}: call id ${item.transcript.callId} is also in ${first}`,
        ),
      );
    else seen.set(item.transcript.callId, where);
  }
  if (problems.length > 0) throw new TranscriptImportRejected(problems);
  const already = await storedCallIds(ctx.conn.db, request.workspaceId, [...seen.keys()]);
  const redactions: Record<string, number> = {};
  let stored = 0;
  await ctx.conn.db.transaction().execute(async (trx) => {
    let batch: TranscriptTable[] = [];
    for await (const item of readInputTranscripts(files, request)) {
      if ('problem' in item || already.has(item.transcript.callId)) continue;
      let transcript: Transcript = item.transcript;
      let counts: Record<string, number> | null = null;
      if (request.redact) {
        const redacted = redactTranscript(transcript);
        transcript = redacted.transcript;
        counts = { ...redacted.counts };
        for (const [type, n] of Object.entries(redacted.counts) as [string, number][])
          redactions[type] = (redactions[type] ?? 0) + n;
      }
      const resolved = links.resolve(transcript.links);
      if (typeof resolved === 'string') throw new Error(`links changed between passes: ${resolved}`);
      batch.push(transcriptRow(ctx, request.workspaceId, item.file, transcript, resolved, counts));
      stored++;
      if (batch.length >= 200) {
        await insertTranscripts(trx, batch);
        batch = [];
        request.onProgress?.(stored, total - already.size);
      }
    }
    await insertTranscripts(trx, batch);
    request.onProgress?.(stored, total - already.size);
  });
  return { files: files.length, stored, alreadyStored: already.size, redactions };
}

function linkProblem(file: string, line: number | null, code: string, message: string): InputProblem {
  return { file, line, code, message };
}

/** The stored row of a checked (and, when asked, redacted) call. */
export function transcriptRow(
  ctx: ServerContext,
  workspaceId: string,
  file: string,
  transcript: Transcript,
  links: { vendorId: string; siteId: string | null; activityId: string | null; agent: string },
  redactions: Record<string, number> | null,
): TranscriptTable {
  return {
    id: ctx.newId(),
    workspaceId,
    callId: transcript.callId,
    ...links,
    interactionId: transcript.links.interactionId ?? null,
    startedAt: transcript.links.startedAt ?? null,
    language: transcript.language,
    durationSeconds: callMeasures(transcript).durationSeconds,
    turnCount: transcript.turns.length,
    redactionsJson: redactions === null ? null : JSON.stringify(redactions),
    documentJson: JSON.stringify(transcript),
    sourceFile: file,
    importedAt: ctx.now(),
  };
}
