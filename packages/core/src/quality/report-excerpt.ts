import type { Hit, HitSpan } from '../analysis/call-result.ts';
import type { SpeakerRole, Transcript, Turn } from '../analysis/transcript.ts';
import type { ReportExcerpt } from './feedback-report.ts';
import { cutAround, cutKeepingEnd, cutKeepingStart } from './text-cut.ts';

/** An example call of a rule: its transcript and that rule's hits in it. */
export interface ExampleCall {
  readonly transcriptId: string;
  readonly transcript: Transcript;
  readonly hits: readonly Hit[];
}

/** Excerpts a finding shows at most: enough to be factual, few enough to be read. */
export const MAX_EXCERPTS = 5;

/**
 * "The customer says … the agent does …" (DOMAIN.md) from a call's first hit of a rule. The side of
 * the hit is the agent's for a practice, the customer's for a reaction; the other side is what was
 * said just before. Each side is the words of one turn, cut around the hit's span in it:
 * - the hit's first span in a turn of its side gives that side; the other side is the hit's last
 *   span before it in a turn of the other side (the offer a refusal answers), else the nearest turn
 *   of the other side before;
 * - a hit with spans only on the other side (a need the agent let pass) gives that side, and the
 *   nearest turn of its own side after (what was done instead), else before;
 * - a hit without spans (silence, hold, overtalk) shows the end of its side's turn in progress when
 *   it starts — the words just before the silence or the hold — and the other side's turn before.
 * Null when the hit points at nothing quotable: a call-level hit covering the whole call (an absence
 * over the call), no turn of the hit's side, or, for a reaction, no agent turn before it. Deterministic: the same call gives the same excerpt.
 */
export function excerptOf(
  example: ExampleCall,
  ruleId: string,
  kind: 'practice' | 'reaction',
): ReportExcerpt | null {
  const hit = firstHit(example.hits, ruleId);
  if (hit === undefined) return null;
  const side: SpeakerRole = kind === 'practice' ? 'agent' : 'customer';
  const parts = quoteSides(hit, example.transcript, side);
  // A reaction with no agent turn before it shows nothing the agent did.
  if (parts === null || (kind === 'reaction' && parts.other === null)) return null;
  return {
    transcriptId: example.transcriptId,
    callId: example.transcript.callId,
    ruleId,
    seconds: hit.start,
    customerSays: kind === 'practice' ? parts.other : parts.side,
    agentDoes: kind === 'practice' ? parts.side : (parts.other ?? ''),
  };
}

/**
 * One excerpt per call (see {@link excerptOf}), from the first calls given that have a quotable
 * hit, at most `max`.
 */
export function reportExcerpts(
  ruleId: string,
  kind: 'practice' | 'reaction',
  examples: readonly ExampleCall[],
  max: number = MAX_EXCERPTS,
): ReportExcerpt[] {
  const out: ReportExcerpt[] = [];
  for (const example of examples) {
    if (out.length >= max) break;
    const excerpt = excerptOf(example, ruleId, kind);
    if (excerpt !== null) out.push(excerpt);
  }
  return out;
}

function firstHit(hits: readonly Hit[], ruleId: string): Hit | undefined {
  let first: Hit | undefined;
  for (const h of hits) {
    if (h.ruleId !== ruleId) continue;
    if (first === undefined || h.start < first.start || (h.start === first.start && h.end < first.end))
      first = h;
  }
  return first;
}

function quoteSides(
  hit: Hit,
  transcript: Transcript,
  side: SpeakerRole,
): { side: string; other: string | null } | null {
  const turns = transcript.turns;
  const other: SpeakerRole = side === 'agent' ? 'customer' : 'agent';
  const speaker = (s: HitSpan) => turns[s.turn]?.speaker;
  const own = hit.spans.find((s) => speaker(s) === side);
  if (own !== undefined) {
    const before = hit.spans.filter((s) => speaker(s) === other && s.turn < own.turn).at(-1);
    return {
      side: spanText(turns, own),
      other:
        before !== undefined
          ? spanText(turns, before)
          : lastWords(turns, nearestBefore(turns, other, own.turn)),
    };
  }
  const theirs = hit.spans.find((s) => speaker(s) === other);
  if (theirs !== undefined) {
    const after = nearestAfter(turns, side, theirs.turn);
    const text =
      after !== undefined
        ? cutKeepingStart(after.text)
        : lastWords(turns, nearestBefore(turns, side, theirs.turn));
    return text === null ? null : { side: text, other: spanText(turns, theirs) };
  }
  if (coversWholeCall(hit, turns)) return null;
  const at = inProgress(turns, side, hit);
  if (at === -1) return null;
  return {
    side: cutKeepingEnd(turns[at]?.text ?? ''),
    other: lastWords(turns, nearestBefore(turns, other, at)),
  };
}

function spanText(turns: readonly Turn[], s: HitSpan): string {
  return cutAround(turns[s.turn]?.text ?? '', s.charStart, s.charEnd);
}

function lastWords(turns: readonly Turn[], index: number): string | null {
  const turn = turns[index];
  return turn === undefined ? null : cutKeepingEnd(turn.text);
}

/** Index of the last turn of `role` before turn `index`, or -1. */
function nearestBefore(turns: readonly Turn[], role: SpeakerRole, index: number): number {
  for (let i = index - 1; i >= 0; i--) if (turns[i]?.speaker === role) return i;
  return -1;
}

function nearestAfter(turns: readonly Turn[], role: SpeakerRole, index: number): Turn | undefined {
  return turns.slice(index + 1).find((t) => t.speaker === role);
}

/** A spanless hit from the first turn's start to the last turn's end says "somewhere in the call". */
function coversWholeCall(hit: Hit, turns: readonly Turn[]): boolean {
  const first = turns[0];
  const last = turns.at(-1);
  return first !== undefined && last !== undefined && hit.start <= first.start && hit.end >= last.end;
}

/** The last turn of `role` started by the hit's start, else the first one started during the hit. */
function inProgress(turns: readonly Turn[], role: SpeakerRole, hit: Hit): number {
  let found = -1;
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i] as Turn;
    if (t.speaker !== role) continue;
    if (t.start <= hit.start) found = i;
    else if (found === -1 && t.start < hit.end) return i;
    else break;
  }
  return found;
}
