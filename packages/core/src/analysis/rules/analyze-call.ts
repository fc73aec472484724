import { measuresOfTimeline } from '../call-measures.ts';
import type { CallResult, Hit } from '../call-result.ts';
import { type Interval, total } from '../intervals.ts';
import type { CostMeasure } from '../library/library.ts';
import type { Transcript } from '../transcript.ts';
import { CallContext } from './call-context.ts';
import type { CompiledLibrary } from './compile-library.ts';
import { CallEvaluator } from './evaluate.ts';
import type { Match } from './match.ts';

/**
 * Runs a compiled library over one call: the hits of every practice and reaction, what each
 * practice found costs in seconds, and the call's measures.
 */
export function analyzeCall(compiled: CompiledLibrary, transcript: Transcript): CallResult {
  const call = new CallContext(transcript, compiled.phrases);
  const evaluator = new CallEvaluator(compiled.plan, call);
  const hits: Hit[] = [];
  const costs: Record<string, number> = {};
  for (const rule of compiled.reported) {
    const matches = evaluator.rule(rule.id);
    if (matches.length === 0) continue;
    for (const m of matches) hits.push(toHit(rule.id, m, transcript));
    if (rule.kind === 'practice') costs[rule.id] = cost(rule.cost ?? 'none', matches, call);
  }
  hits.sort((a, b) => a.start - b.start || a.end - b.end);
  const m = measuresOfTimeline(call.timeline);
  return {
    callId: transcript.callId,
    language: transcript.language,
    links: transcript.links,
    measures: {
      durationSeconds: m.durationSeconds,
      agentTalkSeconds: m.agentTalkSeconds,
      customerTalkSeconds: m.customerTalkSeconds,
      overtalkSeconds: m.overtalkSeconds,
      silenceSeconds: m.silenceSeconds,
      longestSilenceSeconds: m.longestSilenceSeconds,
      holdSeconds: m.holdSeconds,
      longestMonologueSeconds: m.longestMonologue?.seconds ?? 0,
      agentTalkRatio: m.agentTalkRatio,
    },
    hits,
    costs,
  };
}

function toHit(ruleId: string, m: Match, transcript: Transcript): Hit {
  return {
    ruleId,
    start: m.start,
    end: m.end,
    spans: m.spans.map((s) => ({
      turn: s.turn,
      charStart: s.charStart,
      charEnd: s.charEnd,
      text: transcript.turns[s.turn]?.text.slice(s.charStart, s.charEnd) ?? '',
    })),
  };
}

/** Seconds a practice costs in a call, per its cost measure (see COST_MEASURES). */
function cost(measure: CostMeasure, matches: readonly Match[], call: CallContext): number {
  switch (measure) {
    case 'none':
      return 0;
    case 'hold':
      return total(call.timeline.holds);
    case 'span':
      return total(unionOf(matches.map((m): Interval => [m.start, m.end])));
    case 'turns':
      return total(
        unionOf(
          matches.flatMap((m): Interval[] => {
            if (m.spans.length === 0) return [[m.start, m.end]];
            return m.spans.map((s) => {
              const turn = call.turns[s.turn];
              return turn ? [turn.start, turn.end] : [m.start, m.end];
            });
          }),
        ),
      );
  }
}

function unionOf(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
